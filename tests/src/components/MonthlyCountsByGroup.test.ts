// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { MonthlyCountsByGroup } from "../../../src/components/MonthlyCountsByGroup.ts";
import { rowTexts, textsOf } from "../../support/textsOf.ts";

const months = ["2025-07", "2025-08", "2025-09"];
// 作業效率 spikes in August; 法令規定 is steady; 2025-06 lies outside the months shown.
const rows = [
  { month: "2025-06", group: "法令規定", count: 9 },
  { month: "2025-07", group: "法令規定", count: 2 },
  { month: "2025-08", group: "法令規定", count: 1 },
  { month: "2025-09", group: "法令規定", count: 2 },
  { month: "2025-07", group: "作業效率", count: 1 },
  { month: "2025-08", group: "作業效率", count: 10 },
];
const base = { width: 640, months, groupLabel: "類別", label: "收件數（件）" };

describe("MonthlyCountsByGroup", () => {
  it("names the largest month of a group against that group's median as the finding", () => {
    const figure = MonthlyCountsByGroup(rows, base);
    // 作業效率 in 7–9: 1, 10, 0 → median 1
    const finding = "收件數：所示 3 個月、2 個類別中，單月最多為 作業效率 114年8月 10 件（該類別各月中位數 1 件）。";
    expect(figure.querySelector("[role=img]")!.getAttribute("aria-label")).toBe(finding);
    expect(figure.querySelector("figcaption")!.textContent).toBe(finding);
  });

  it("lays out the table as month × group with a total, counting a month without a row as zero", () => {
    const figure = MonthlyCountsByGroup(rows, base);
    // by total: 作業效率 11, 法令規定 5 (June is outside the months shown)
    expect(textsOf(figure, "thead th")).toEqual(["月份", "作業效率（件）", "法令規定（件）", "合計（件）"]);
    expect(rowTexts(figure)).toEqual([
      ["114年7月", "1", "2", "3"],
      ["114年8月", "10", "1", "11"],
      ["114年9月", "0", "2", "2"],
    ]);
    expect(figure.querySelector("caption")!.textContent).toBe("收件數，依類別逐月");
  });

  it("keeps a month of unknown counts on the axis as a gap, with 「—」 in the table instead of zero", () => {
    const figure = MonthlyCountsByGroup(rows, { ...base, missingMonths: ["2025-08"] });
    expect(rowTexts(figure)).toEqual([
      ["114年7月", "1", "2", "3"],
      ["114年8月", "—", "—", "—"],
      ["114年9月", "0", "2", "2"],
    ]);
    // two groups × the two known months: no bar stands for August
    expect(figure.querySelectorAll(".group-bar rect")).toHaveLength(4);
  });

  it("writes each non-zero count above its bar, one panel per group in the order given", () => {
    const figure = MonthlyCountsByGroup(rows, { ...base, groups: ["法令規定", "作業效率"] });
    expect(textsOf(figure, "g.group-count text")).toEqual(["2", "1", "2", "1", "10"]);
    expect(figure.querySelector("svg")!.textContent).toContain("法令規定");
    expect(figure.querySelector("thead th:nth-child(2)")!.textContent).toBe("法令規定（件）");
  });

  it("says there is nothing to show when no month has a count", () => {
    const figure = MonthlyCountsByGroup([], base);
    expect(figure.querySelector("figcaption")!.textContent).toBe("收件數：所示期間沒有資料。");
    expect(figure.querySelector("svg")!.textContent).toBe("所示期間沒有資料。");
  });
});
