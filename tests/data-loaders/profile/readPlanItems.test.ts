import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeCell } from "../../../data-loaders/values/normalizeCell.ts";
import { loadOffice } from "../../../data-loaders/profile/loadOffice.ts";

// A copy of ../shared/seed/000_bc1a3cea4fa9a329.txt, inside the repository for a clean clone.
const seed = readFileSync("tests/fixtures/plan/114年度提升服務工作計畫.txt", "utf8");
// The seed is a PDF table as text: cells wrap with spaces, tabs and line breaks inside words. Cells
// are read as every source's are, full-width ASCII folded (，→ ,), so the seed is compared folded.
const squeeze = (s: string) => s.replace(/\s+/g, "");
const seedText = squeeze(normalizeCell(seed)!);
const items = loadOffice().planItems;

/**
 * In the seed, or in it in two pieces: at a page break the table's text runs on after the next
 * cells (一(一)4's 「…同意」 全所各課 「書、授權書…」), so one cut is allowed.
 */
function quoted(text: string): boolean {
  if (seedText.includes(text)) return true;
  for (let i = 2; i <= text.length - 2; i++)
    if (seedText.includes(text.slice(0, i)) && seedText.includes(text.slice(i))) return true;
  return false;
}

describe("the shipped plan (config/plan-items/2025.csv)", () => {
  it("has every 工作重點 of the 114年度 plan: the opening row and 45 items under six headings", () => {
    expect(items).toHaveLength(46);
    expect(new Set(items.map((i) => i.year))).toEqual(new Set([2025]));
    const perHeading = Object.fromEntries(
      ["零", "一", "二", "三", "四", "五", "六"].map((h) => [h, items.filter((i) => i.code[0] === h).length]),
    );
    expect(perHeading).toEqual({ 零: 1, 一: 12, 二: 8, 三: 9, 四: 4, 五: 5, 六: 7 });
  });

  it("numbers items as the plan does, un-numbered points standing alone", () => {
    expect(items.map((i) => i.code).slice(0, 6)).toEqual(["零", "一(一)1", "一(一)2", "一(一)3", "一(一)4", "一(二)1"]);
    for (const code of ["二(三)", "四(二)", "四(三)", "五(三)", "六(一)", "六(四)"])
      expect(items.map((i) => i.code)).toContain(code);
    expect(items.map((i) => i.code)).not.toContain("二(三)1");
  });

  it("quotes sampled titles, units and headings from the seed", () => {
    const byCode = new Map(items.map((i) => [i.code, i]));
    expect(byCode.get("一(一)2")).toMatchObject({
      title: "建立服務及時、一致性",
      unit: "全所各課",
      heading: "一、完備基礎服務項目,注重服務特性差異化",
    });
    expect(byCode.get("一(三)3")).toMatchObject({ title: "檢覈服務行為友善性", unit: "戶籍行政課" });
    expect(byCode.get("二(四)1")).toMatchObject({ title: "建立輿情回應機制", unit: "全所各課" });
    expect(byCode.get("五(一)2")).toMatchObject({ title: "政府資料開放運用", unit: "戶籍行政課" });
    expect(byCode.get("三(四)2")).toMatchObject({ title: "積極建立大數據治理,以便管理運用。", unit: "戶籍行政課" });
    expect(byCode.get("六(四)")).toMatchObject({
      title: "服務永續",
      point: expect.stringMatching(/^\(四\)權衡服務措施的必要性/),
    });
    // the seed's table lost this item's 業務單位 cell; the file leaves it blank rather than guess
    expect(byCode.get("二(一)2")!.unit).toBeNull();
  });

  it("takes every heading, 工作要項, title and detail word for word from the seed", () => {
    for (const item of items) {
      for (const text of [item.heading, item.point, item.title, item.detail])
        if (text) expect(quoted(squeeze(text)), `${item.code}: ${text}`).toBe(true);
    }
  });

  it("maps the issue's examples to their indicators", () => {
    const indicators = Object.fromEntries(items.map((i) => [i.code, i.indicators]));
    expect(indicators["一(一)2"]).toEqual(["case_compliance"]);
    expect(indicators["一(三)3"]).toEqual(["satisfaction", "courtesy_mean", "courtesy_pass", "courtesy_tests"]);
    expect(indicators["二(四)1"]).toEqual(["complaint_on_time", "reply_satisfaction"]);
    expect(indicators["五(一)2"]).toEqual(["population_months"]);
    expect(indicators["三(四)2"]).toEqual(["data_quality"]);
    expect(indicators["六(四)"]).toEqual(["actions_completed", "actions_verified"]);
    expect(indicators["一(一)1"]).toEqual([]);
  });

  it("marks the indicators the issue names as measuring their item only indirectly", () => {
    const indirect = Object.fromEntries(items.filter((i) => i.indirect.length > 0).map((i) => [i.code, i.indirect]));
    expect(indirect).toEqual({
      // 網站使用便利性: complaints about the site say little of how usable it is
      "一(三)2": ["website_complaints"],
      "一(三)4": ["median_wait"],
      "二(二)3": ["survey_responses"],
      "三(四)2": ["data_quality"],
    });
  });
});

/** A copy of the shipped configuration whose 2025 plan file gets one edit. */
function planWith(edit: (csv: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "sqd-plan-"));
  cpSync("config", dir, { recursive: true });
  const file = join(dir, "plan-items", "2025.csv");
  writeFileSync(file, edit(readFileSync(file, "utf8")));
  return dir;
}

const messageOf = (dir: string) => {
  try {
    loadOffice(dir);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected loadOffice to fail");
};

describe("readPlanItems", () => {
  it("names the file, row and the allowed form of a code not in the plan's form", () => {
    const message = messageOf(planWith((csv) => csv.replace("一(一)2,", "1-1-2,")));
    expect(message).toMatch(/plan-items\/2025\.csv 第 4 列「編號」欄：1-1-2 不是工作重點編號。請寫成 一\(一\)2/);
  });

  it("reads a code with full-width brackets as the plan writes it", () => {
    const office = loadOffice(planWith((csv) => csv.replace("一(一)2,", "一（一）2,")));
    expect(office.planItems[2]!.code).toBe("一(一)2");
  });

  it("refuses a code listed twice", () => {
    expect(messageOf(planWith((csv) => csv.replace("一(一)3,", "一(一)2,")))).toMatch(
      /第 5 列「編號」欄：一\(一\)2 重複/,
    );
  });

  it("lists the indicators it knows when one is misspelt", () => {
    const message = messageOf(planWith((csv) => csv.replace(",案件如期完成率\n", ",案件完成率\n")));
    expect(message).toMatch(/第 4 列「佐證指標」欄：沒有「案件完成率」這個指標。可用：案件如期完成率、等候時間中位數/);
  });

  it("reads （間接） in full- or half-width brackets as an indirect mapping, （直接） or nothing as direct", () => {
    const office = loadOffice(
      planWith((csv) =>
        csv
          .replace(",滿意度、電話禮貌平均分、", ",滿意度（直接）、電話禮貌平均分 (間接)、")
          .replace(",滿意度、滿意度問卷份數、線上填答比例\n", ",滿意度、滿意度問卷份數(間接)、線上填答比例\n"),
      ),
    );
    const byCode = new Map(office.planItems.map((i) => [i.code, i]));
    expect(byCode.get("一(三)3")).toMatchObject({
      indicators: ["satisfaction", "courtesy_mean", "courtesy_pass", "courtesy_tests"],
      indirect: ["courtesy_mean"],
    });
    expect(byCode.get("二(三)")).toMatchObject({
      indicators: ["satisfaction", "survey_responses", "online_survey_share"],
      indirect: ["survey_responses"],
    });
    expect(byCode.get("一(一)2")!.indirect).toEqual([]);
  });

  it("names the file, row and the two allowed notes when an indicator carries another", () => {
    const message = messageOf(planWith((csv) => csv.replace(",案件如期完成率\n", ",案件如期完成率（參考）\n")));
    expect(message).toMatch(
      /plan-items\/2025\.csv 第 4 列「佐證指標」欄：「案件如期完成率\(參考\)」的括號只能寫（間接）或（直接）。/,
    );
  });

  it("says where the plan belongs when the folder is missing", () => {
    const dir = mkdtempSync(join(tmpdir(), "sqd-plan-"));
    cpSync("config", dir, { recursive: true, filter: (src) => !src.includes("plan-items") });
    expect(messageOf(dir)).toMatch(/plan-items：找不到工作計畫的工作重點檔（例如 2025\.csv）/);
  });
});
