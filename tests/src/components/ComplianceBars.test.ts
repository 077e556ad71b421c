// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { ComplianceBars, type CaseComplianceRow } from "../../../src/components/ComplianceBars.ts";
import { rowTexts, textsOf } from "../../support/textsOf.ts";

function row(
  case_type: string,
  compliance_pct: number | null,
  assessed: number,
  extra: Partial<CaseComplianceRow> = {},
): CaseComplianceRow {
  return {
    case_type,
    deadline: 15,
    deadline_unit: "分鐘",
    assessed,
    compliance_pct,
    too_small: assessed < 10,
    target: 98,
    meets_target: compliance_pct === null ? null : compliance_pct >= 98,
    ...extra,
  };
}

const rows: CaseComplianceRow[] = [
  row("全部", 95.2, 2000),
  row("戶籍謄本", 99.4, 900),
  row("印鑑證明", 71.3, 812),
  row("戶籍資料更正", 80, 5, { deadline: 5, deadline_unit: "工作天" }),
  row("國民身分證", 98.7, 300),
  row("門牌證明", null, 12, { deadline: null, deadline_unit: null, target: 98 }),
];

const barLabels = (figure: HTMLElement) => textsOf(figure, "g.bar-label text");

describe("ComplianceBars", () => {
  it("draws one bar per item with a rate, worst first, leaving out 全部 and types without a deadline", () => {
    const figure = ComplianceBars(rows, { width: 640 });
    expect(figure.querySelectorAll("g.bar rect").length).toBe(4);
    expect(figure.querySelectorAll("g.bar-too-small rect").length).toBe(1);
    expect(barLabels(figure)).toEqual([
      "▼ 71.3%（n = 812）未達標",
      "▼ 80.0%（n = 5）未達標（件數少）",
      "98.7%（n = 300）",
      "99.4%（n = 900）",
    ]);
    expect(figure.textContent).toContain("目標 98%");
    expect(figure.textContent).not.toContain("門牌證明（");
  });

  it("lists every item in the table, the no-deadline type last, with status in words", () => {
    const figure = ComplianceBars(rows, { width: 640 });
    expect(textsOf(figure, "thead th")).toEqual(["申辦項目", "時限", "達成率", "件數", "狀態"]);
    expect(rowTexts(figure)).toEqual([
      ["印鑑證明", "15 分鐘", "71.3%", "812", "未達標"],
      ["戶籍資料更正", "5 工作天", "80.0%", "5", "未達標（件數少）"],
      ["國民身分證", "15 分鐘", "98.7%", "300", "達標"],
      ["戶籍謄本", "15 分鐘", "99.4%", "900", "達標"],
      ["門牌證明", "—", "—", "12", "無處理時限"],
    ]);
    expect(figure.querySelector("summary")?.textContent).toBe("資料表：各申辦項目處理時限達成率（目標 98%）");
  });

  it("states how many items miss the target and the lowest, as caption and aria-label", () => {
    const figure = ComplianceBars(rows, { width: 640 });
    const finding = "2 個項目未達目標 98%，最低為 印鑑證明 71.3%。";
    expect(figure.querySelector("figcaption")?.textContent).toBe(finding);
    expect(figure.firstElementChild?.getAttribute("aria-label")).toBe(finding);
    expect(figure.firstElementChild?.getAttribute("role")).toBe("img");
  });

  it("says so when every item meets the target, and takes a given finding as is", () => {
    const good = [row("戶籍謄本", 99.4, 900), row("國民身分證", 100, 300)];
    expect(ComplianceBars(good, { width: 640 }).querySelector("figcaption")?.textContent).toBe("全部項目達標。");
    expect(ComplianceBars(good, { width: 640, finding: "自訂。" }).querySelector("figcaption")?.textContent).toBe(
      "自訂。",
    );
  });

  it("keeps a row withheld as too small (public build) in the chart and table as 樣本不足", () => {
    const figure = ComplianceBars([row("戶籍謄本", 99.4, 900), row("印鑑證明", null, 4, { meets_target: null })], {
      width: 640,
    });
    expect(figure.querySelectorAll("g.bar rect").length).toBe(1);
    expect(barLabels(figure)).toEqual(["99.4%（n = 900）", "樣本不足（n = 4）"]);
    expect(rowTexts(figure)[1]).toEqual(["印鑑證明", "15 分鐘", "—", "4", "樣本不足"]);
    expect(figure.querySelector("figcaption")?.textContent).toBe("全部項目達標。");
  });

  it("draws any higher-is-better rate per item through accessors", () => {
    const channels = [
      { channel: "1999 專線", on_time_pct: 100, on_time_n: 30, too_small: false },
      { channel: "市長信箱", on_time_pct: 90, on_time_n: 20, too_small: false },
    ];
    const figure = ComplianceBars(channels, {
      width: 640,
      label: "如期回覆率（%）",
      caption: "各管道陳情如期回覆率",
      nameLabel: "來源管道",
      valueLabel: "如期回覆率",
      target: 100,
      name: (d) => d.channel,
      value: (d) => d.on_time_pct,
      n: (d) => d.on_time_n,
      tooSmall: (d) => d.too_small,
    });
    expect(textsOf(figure, "thead th")).toEqual(["來源管道", "如期回覆率", "件數", "狀態"]);
    expect(barLabels(figure)).toEqual(["▼ 90.0%（n = 20）未達標", "100.0%（n = 30）"]);
    expect(figure.querySelector("figcaption")?.textContent).toBe("1 個項目未達目標 100%，最低為 市長信箱 90.0%。");
  });
});

describe("ComplianceBars with units, counts and intervals", () => {
  interface Group {
    group: string;
    pct: number | null;
    low: number | null;
    high: number | null;
    n: number;
  }
  // satisfaction_groups, 12 months: 出生登記 43/54, 印鑑證明 269/309, 門牌編釘 only 4 questionnaires.
  const groups: Group[] = [
    { group: "印鑑證明", pct: 87.055, low: 82.8, high: 90.4, n: 309 },
    { group: "出生登記", pct: 79.6296, low: 67.1, high: 88.2, n: 54 },
    { group: "門牌編釘", pct: null, low: null, high: null, n: 4 },
  ];
  const accessors = {
    name: (g: Group) => g.group,
    value: (g: Group) => g.pct,
    n: (g: Group) => g.n,
    tooSmall: (g: Group) => g.n < 10,
  };

  it("draws each interval as a whisker and tables it, counting questionnaires as 份數", () => {
    const figure = ComplianceBars(groups, {
      width: 640,
      target: 90,
      countUnit: "份",
      itemWord: "申辦項目",
      valueLabel: "滿意比例",
      ...accessors,
      low: (g) => g.low,
      high: (g) => g.high,
    });
    expect(figure.querySelectorAll("g.bar-interval line").length).toBe(2);
    expect(figure.querySelectorAll("g.bar-interval-end line").length).toBe(4);
    expect(textsOf(figure, "thead th")).toEqual(["申辦項目", "滿意比例", "95% 信賴區間", "份數", "狀態"]);
    expect(rowTexts(figure)).toEqual([
      ["出生登記", "79.6%", "67.1–88.2%", "54", "未達標"],
      ["印鑑證明", "87.1%", "82.8–90.4%", "309", "未達標"],
      ["門牌編釘", "—", "—", "4", "樣本不足"],
    ]);
    expect(figure.querySelector("figcaption")?.textContent).toBe("2 個申辦項目未達目標 90%，最低為 出生登記 79.6%。");
  });

  it("writes a mean score in 分 against its target, and a small sample of calls as 通數少", () => {
    // courtesy_monthly, one month: 戶籍登記課 5 calls averaging 84.8, 戶籍行政課 24 calls averaging 95.9.
    const units = [
      { group: "戶籍登記課", pct: 84.8, low: null, high: null, n: 5 },
      { group: "戶籍行政課", pct: 95.9167, low: null, high: null, n: 24 },
    ];
    const figure = ComplianceBars(units, {
      width: 640,
      target: 90,
      unit: "分",
      countUnit: "通",
      itemWord: "單位",
      ...accessors,
    });
    expect(barLabels(figure)).toEqual(["▼ 84.8 分（n = 5）未達標（通數少）", "95.9 分（n = 24）"]);
    expect(figure.textContent).toContain("目標 90 分");
    expect(rowTexts(figure)[0]).toEqual(["戶籍登記課", "84.8 分", "5", "未達標（通數少）"]);
    expect(figure.querySelector("figcaption")?.textContent).toBe(
      "1 個單位未達目標 90 分，最低為 戶籍登記課 84.8 分（通數少，n = 5）。",
    );
  });
});
