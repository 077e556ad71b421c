import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDeck, type DeckReport } from "../../../pipelines/report/buildDeck.ts";
import { reportSections } from "../../../pipelines/report/reportSections.ts";

// A hand-made month: few rows per section, a withheld (null) rate in the KPIs, the satisfaction
// trend and the case types, a late reply with its reason, and more case types than a slide shows.
const report: DeckReport = {
  office: { code: "64000140", name: "測試戶政事務所" },
  month: "2025-08",
  asOf: "2025-09-05",
  audience: "internal",
  kpis: [
    {
      kpi: "satisfaction",
      label: "滿意度",
      unit: "%",
      direction: "higher",
      value: 82.7,
      n: 133,
      target: 90,
      status: "misses",
      status_label: "未達標",
      change_vs_prev: -0.4,
    },
    {
      kpi: "courtesy_mean",
      label: "電話禮貌平均分",
      unit: "分",
      direction: "higher",
      value: null,
      n: 3,
      target: 90,
      status: "too_small",
      status_label: "樣本不足",
      change_vs_prev: null,
    },
    {
      kpi: "median_wait",
      label: "等候時間中位數",
      unit: "分鐘",
      direction: "lower",
      value: 13.9,
      n: 5243,
      target: 10,
      status: "misses",
      status_label: "未達標",
      change_vs_prev: 3.3,
    },
  ],
  satisfaction: {
    items: [
      {
        header: "整體滿意度",
        n: 133,
        satisfied_pct: 82.7,
        target: 90,
        change_pct_points: -0.4,
        direction: "無顯著變化",
      },
      { header: "等候時間", n: 12, satisfied_pct: null, target: 90, change_pct_points: null, direction: null },
    ],
    trend: [
      { month: "2025-06", satisfied_pct: 92.5, n: 146 },
      { month: "2025-07", satisfied_pct: null, n: 20 },
      { month: "2025-08", satisfied_pct: 82.7, n: 133 },
    ],
  },
  courtesy: {
    units: [
      { window_months: 1, unit: "全所", tests: 8, mean_total: 90.6, mean_target: 90 },
      { window_months: 1, unit: "戶籍登記課", tests: 4, mean_total: 86, mean_target: 90 },
      { window_months: 6, unit: "全所", tests: 50, mean_total: 92.2, mean_target: 90 },
      { window_months: 6, unit: "戶籍登記課", tests: 26, mean_total: 88.8, mean_target: 90 },
    ],
    items: [
      { unit: "全所", header: "問候語", tests: 50, lost: 9, lost_pct: 18 },
      { unit: "戶籍登記課", header: "自報單位姓名", tests: 26, lost: 14, lost_pct: 53.8 },
      { unit: "戶籍登記課", header: "問候語", tests: 26, lost: 2, lost_pct: null },
    ],
  },
  complaints: {
    summary: {
      received: 15,
      replied: 14,
      on_time: 13,
      on_time_n: 14,
      on_time_pct: 92.9,
      target: 100,
      open_overdue: 1,
      median_working_days_to_reply: 2,
      max_working_days_to_reply: 9,
      extensions: 0,
    },
    categories: [
      { category: "作業效率", received: 10 },
      { category: "服務態度", received: 5 },
    ],
    late: [
      {
        case_no: "C-0815",
        lateness: "逾期回覆",
        category: "服務態度",
        due_date: "2025-08-20",
        days_late: 2,
        delay_reason: "需跨機關查證",
      },
    ],
  },
  cases: {
    types: Array.from({ length: 12 }, (_, i) => ({
      case_type: `項目${i + 1}`,
      deadline: 30,
      deadline_unit: "分鐘",
      assessed: 100 + i,
      compliance_pct: i === 11 ? null : 80 + i,
      target: 98,
      meets_target: false,
    })),
    trend: [
      { month: "2025-07", p50_wait_minutes: 10.6, p90_wait_minutes: 25.4, wait_target: 10 },
      { month: "2025-08", p50_wait_minutes: 13.9, p90_wait_minutes: 34.1, wait_target: 10 },
    ],
  },
  waiting: {
    cells: [{ weekday: 1, hour: 10, tickets: 216, p50_wait_minutes: 26.4, p90_wait_minutes: 59.5 }],
    events: [{ start_date: "2025-08-26", end_date: "2025-08-26", kpi: null, note: "系統版本更新" }],
  },
  recommendations: [
    {
      id: "R-11408-01",
      priority: 1,
      priority_label: "高",
      subject: "印鑑證明",
      owner: "戶籍登記課",
      message: "檢討作業流程。",
    },
  ],
  // as action_followup orders them: overdue, open, then done in the last 3 months
  followUp: [
    {
      type: "主任裁示",
      measure: "加強電話禮貌訓練",
      unit: "戶籍登記課",
      due_date: "2025-06-30",
      completed_date: null,
      tracking: "逾期列管",
      kpi: "電話禮貌",
      verdict: null,
    },
    {
      type: "改善措施",
      measure: "更新網站常見問答",
      unit: "戶籍行政課",
      due_date: "2025-09-30",
      completed_date: null,
      tracking: "列管中",
      kpi: null,
      verdict: null,
    },
    {
      type: "會議決議",
      measure: "加強臨櫃引導",
      unit: "戶籍行政課",
      due_date: "2025-07-23",
      completed_date: "2025-07-20",
      tracking: "已完成",
      kpi: "服務滿意度",
      verdict: "未見改善",
    },
  ],
  dataQuality: [
    {
      title: "服務滿意度調查",
      owner: "戶籍行政課",
      cadence_label: "每月",
      latest_date: "2025-08-31",
      status: "fresh",
      rows_read: 3618,
      rows_quarantined: 120,
      quarantined_pct: 3.3,
    },
  ],
  sections: reportSections,
  summary: {
    title: ["測試戶政事務所 114年8月 所務會議服務品質報告。"],
    highlights: [
      "等候時間中位數 13.9 分鐘（目標 ≤ 10 分鐘，n = 5,243），未達目標，較上月 +3.3 分鐘。",
      "改善建議 1 則（高優先 1 則），最優先由戶籍登記課處理：檢討作業流程。",
      "逾期列管 1 件，最早到期：加強電話禮貌訓練（戶籍登記課，預定 114年6月30日完成）。",
    ],
    kpis: [
      "滿意度 82.7%（n = 133），低於目標（≥ 90%），較上月 −0.4 個百分點。",
      "電話禮貌平均分：樣本不足（n = 3，少於最小樣本數），不計算比例。",
    ],
    satisfaction: ["114年8月整體滿意度 82.7%。"],
  },
};

/** The text of every <c:v> in one part of a series (its name, categories or values). */
const cValues = (xml: string) => [...xml.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1] ?? "");

/** Each <c:ser> of a chart part: its name, category labels and values as written. */
function chartSeries(xml: string): { name: string; labels: string[]; values: string[] }[] {
  return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser]) => ({
    name: cValues(/<c:tx>([\s\S]*?)<\/c:tx>/.exec(ser!)?.[1] ?? "")[0] ?? "",
    labels: cValues(/<c:cat>([\s\S]*?)<\/c:cat>/.exec(ser!)?.[1] ?? ""),
    values: cValues(/<c:val>([\s\S]*?)<\/c:val>/.exec(ser!)?.[1] ?? ""),
  }));
}

/** The runs of text (<a:t>) of an XML part, joined. */
const runText = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1] ?? "").join("");

describe("buildDeck", () => {
  let zip: JSZip;
  const part = (name: string) => zip.file(name)!.async("string");
  const names = (pattern: RegExp) => Object.keys(zip.files).filter((n) => pattern.test(n));
  const slideXml = (n: number) => part(`ppt/slides/slide${n}.xml`);
  const charts = async () => Promise.all(names(/^ppt\/charts\/chart\d+\.xml$/).map(part));

  beforeAll(async () => {
    zip = await JSZip.loadAsync(await buildDeck(report));
  });

  it("has one slide per report section, in a 16:9 presentation", async () => {
    expect(names(/^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(reportSections.length);
    const presentation = await part("ppt/presentation.xml");
    expect(presentation.match(/<p:sldId /g)).toHaveLength(11);
    expect(presentation).toContain('<p:sldSz cx="12192000" cy="6858000"');
  });

  it("puts the office name and 114年8月 on the title slide", async () => {
    const title = runText(await slideXml(1));
    expect(title).toContain("測試戶政事務所");
    expect(title).toContain("114年8月 所務會議服務品質報告");
    expect(title).toContain("資料截至 114年9月5日");
  });

  it("writes months and dates in the office's gregorian style when office.json asks for it, and 民國 again after", async () => {
    const western = { ...report, office: { ...report.office, dateStyle: "gregorian" as const } };
    const deck = await JSZip.loadAsync(await buildDeck(western));
    const title = runText(await deck.file("ppt/slides/slide1.xml")!.async("string"));
    expect(title).toContain("2025年8月 所務會議服務品質報告");
    expect(title).toContain("資料截至 2025年9月5日");
    expect(title).not.toContain("114年");
    const again = await JSZip.loadAsync(await buildDeck(report));
    expect(runText(await again.file("ppt/slides/slide1.xml")!.async("string"))).toContain(
      "114年8月 所務會議服務品質報告",
    );
  });

  it("writes the satisfaction trend as a native line chart whose values are the fixture's, a withheld month left empty", async () => {
    const line = (await charts()).find((x) => x.includes("整體滿意度（%）"))!;
    expect(line).toContain("<c:lineChart>");
    const [trend, target] = chartSeries(line);
    expect(trend).toEqual({
      name: "整體滿意度（%）",
      labels: ["114年6月", "7月", "8月"],
      values: ["92.5", "", "82.7"],
    });
    expect(target).toMatchObject({ name: "目標 90%", values: ["90", "90", "90"] });
  });

  it("writes the waiting trend's median and 90th percentile and the courtesy means as native charts", async () => {
    const all = await charts();
    const wait = all.find((x) => x.includes("90 百分位"))!;
    expect(chartSeries(wait).map((s) => [s.name, s.values])).toEqual([
      ["中位數", ["10.6", "13.9"]],
      ["90 百分位", ["25.4", "34.1"]],
      ["中位數目標 ≤ 10 分鐘", ["10", "10"]],
    ]);
    const courtesy = all.find((x) => x.includes("近 6 個月"))!;
    expect(courtesy).toContain("<c:barChart>");
    expect(chartSeries(courtesy).map((s) => [s.name, s.labels, s.values])).toEqual([
      ["本月", ["全所", "戶籍登記課"], ["90.6", "86"]],
      ["近 6 個月", ["全所", "戶籍登記課"], ["92.2", "88.8"]],
      ["目標 90 分", ["全所", "戶籍登記課"], ["90", "90"]],
    ]);
  });

  it("charts the six worst case types with a rate and the complaint categories as bars", async () => {
    const all = await charts();
    const cases = chartSeries(all.find((x) => x.includes("本月達成率"))!);
    expect(cases[0]!.labels).toEqual(["項目1", "項目2", "項目3", "項目4", "項目5", "項目6"]);
    expect(cases[0]!.values).toEqual(["80", "81", "82", "83", "84", "85"]);
    const categories = chartSeries(all.find((x) => x.includes("收件數"))!);
    expect(categories).toEqual([{ name: "收件數", labels: ["作業效率", "服務態度"], values: ["10", "5"] }]);
  });

  /** The speaker notes of slide `n`, one line per paragraph. */
  const notesOf = async (n: number) => {
    const rels = await part(`ppt/slides/_rels/slide${n}.xml.rels`);
    const notes = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)![1];
    return [...(await part(`ppt/notesSlides/${notes}`)).matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) => runText(p[1]!));
  };

  it("opens with 本月重點 right after the title: the three highlights numbered, and read out in the notes", async () => {
    const slide = await slideXml(2);
    const text = runText(slide);
    expect(text).toContain("本月重點");
    for (const sentence of report.summary.highlights!) expect(text).toContain(sentence);
    expect(slide.match(/<a:buAutoNum type="arabicPeriod"/g)).toHaveLength(3);
    const notes = await notesOf(2);
    expect(notes).toContain(`1. ${report.summary.highlights![0]}`);
    expect(notes).toContain(`3. ${report.summary.highlights![2]}`);
  });

  it("gives the KPI slide the section's summary sentences as speaker notes", async () => {
    const text = (await notesOf(3)).join("");
    expect(text).toContain("滿意度 82.7%（n = 133），低於目標（≥ 90%），較上月 −0.4 個百分點。");
    expect(text).toContain("電話禮貌平均分：樣本不足");
  });

  it("reads each chart's figures into the notes, with the unit, the target and where the axis starts", async () => {
    const notes = await notesOf(4);
    // the section's sentence first, then the chart in words
    expect(notes[0]).toBe("114年8月整體滿意度 82.7%。");
    expect(notes[1]).toBe(
      "圖「整體滿意度（近 13 個月，滿意 + 非常滿意 %）」：整體滿意度（%）：114年6月 92.5%、7月 —、8月 82.7%；目標 90%（虛線）。縱軸自 75 起，未從 0 開始。",
    );
    const courtesy = (await notesOf(5)).join("\n");
    expect(courtesy).toContain("本月：全所 90.6 分、戶籍登記課 86.0 分；近 6 個月：全所 92.2 分、戶籍登記課 88.8 分");
  });

  it("lists the KPIs in a native table with the withheld value as 樣本不足 and the change in words", async () => {
    const kpis = await slideXml(3);
    expect(kpis).toContain("<a:tbl>");
    const text = runText(kpis);
    for (const cell of [
      "指標",
      "本月",
      "目標",
      "狀態",
      "較上月",
      "82.7%",
      "≥ 90%",
      "未達標",
      "−0.4 個百分點",
      "樣本不足",
      "≤ 10 分鐘",
      "+3.3 分鐘",
    ])
      expect(text).toContain(cell);
  });

  it("says a KPI's change in the overview card's words: a word only where the change was tested", async () => {
    const tested: DeckReport = {
      ...report,
      kpis: [
        { ...report.kpis[0]!, change_vs_prev: -0.4013, p_value: 0.9289 },
        { ...report.kpis[2]!, change_vs_prev: 3.2667, p_value: null },
        { ...report.kpis[0]!, label: "陳情如期回覆率", change_vs_prev: 0, p_value: null },
        {
          ...report.kpis[0]!,
          label: "案件如期完成率",
          change_vs_prev: -2.1,
          p_value: null,
          change_vs_prev_signal: true,
        },
      ],
    };
    const deck = await JSZip.loadAsync(await buildDeck(tested));
    const text = runText(await deck.file("ppt/slides/slide3.xml")!.async("string"));
    expect(text).toContain("−0.4 個百分點（無顯著變化）");
    expect(text).toContain("+3.3 分鐘");
    expect(text).not.toContain("+3.3 分鐘（");
    expect(text).toContain("±0.0 個百分點（持平）");
    // no test, but the control chart signals: as the overview's sentence says it
    expect(text).toContain("−2.1 個百分點（變差）");
  });

  it("has a 決議與列管 slide: overdue, open and recently done actions with their dates, and room for the meeting's decisions", async () => {
    const slide = runText(await slideXml(10));
    expect(slide).toContain("決議與列管");
    for (const cell of ["逾期列管", "加強電話禮貌訓練", "114年6月30日", "列管中", "114年9月30日", "已完成"])
      expect(slide).toContain(cell);
    expect(slide).toContain("114年7月23日114年7月20日未見改善");
    expect(slide).toContain("未見改善");
    expect(slide).toContain("本次會議決議");
    // the mart's words only: an open action has no effect yet, not 追蹤中 or 尚未完成
    expect(slide).not.toMatch(/追蹤中|尚未完成/);
    const notes = await notesOf(10);
    expect(notes).toContain("逾期列管 1 件：加強電話禮貌訓練（戶籍登記課，預定 114年6月30日完成）。");
    expect(notes).toContain(
      "已完成 1 件：加強臨櫃引導（戶籍行政課，預定 114年7月23日完成，114年7月20日完成，成效：未見改善）。",
    );
  });

  it("draws close values on an axis around them, saying on the slide that it does not start at 0", async () => {
    const close: DeckReport = {
      ...report,
      cases: {
        ...report.cases,
        types: [
          { ...report.cases.types[0]!, case_type: "印鑑證明", compliance_pct: 98.0, target: 98 },
          { ...report.cases.types[0]!, case_type: "戶籍謄本", compliance_pct: 98.6, target: 98 },
        ],
      },
    };
    const deck = await JSZip.loadAsync(await buildDeck(close));
    const xml = await Promise.all(
      Object.keys(deck.files)
        .filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))
        .map((f) => deck.file(f)!.async("string")),
    );
    const chart = xml.find((x) => x.includes("本月達成率"))!;
    // 97.8–98.8: the 0.6-point difference is 60% of the axis, where 0–100 made it 0.6%
    expect(chart).toContain('<c:max val="98.8"/>');
    expect(chart).toContain('<c:min val="97.8"/>');
    expect(runText(await deck.file("ppt/slides/slide7.xml")!.async("string"))).toContain(
      "縱軸自 97.8 起，未從 0 開始。",
    );
  });

  it("shows the late reply with its delay reason, and says how many case types it leaves off", async () => {
    const complaints = runText(await slideXml(6));
    expect(complaints).toContain("C-0815");
    expect(complaints).toContain("需跨機關查證");
    expect(complaints).toContain("114年8月20日");
    const cases = runText(await slideXml(7));
    expect(cases).toContain("項目10");
    expect(cases).not.toContain("項目11");
    expect(cases).toContain("另有 2 項未列出");
  });

  it("never writes null or NaN into a slide, chart or notes", async () => {
    const parts = await Promise.all(names(/^ppt\/(slides|charts|notesSlides)\/[^/]+\.xml$/).map(part));
    expect(parts.length).toBeGreaterThan(20);
    for (const xml of parts) expect(xml).not.toMatch(/null|NaN|undefined/);
  });

  it("stamps the data's as-of date, not the clock, as the created date, also in each chart's workbook", async () => {
    const core = await part("docProps/core.xml");
    expect(core).toContain("<dc:creator>測試戶政事務所</dc:creator>");
    expect(core).toMatch(/<dcterms:created[^>]*>2025-09-04T16:00:00Z<\/dcterms:created>/);
    expect(core).toMatch(/<dcterms:modified[^>]*>2025-09-04T16:00:00Z<\/dcterms:modified>/);
    const workbook = await JSZip.loadAsync(
      await zip.file(names(/^ppt\/embeddings\/.*\.xlsx$/)[0]!)!.async("uint8array"),
    );
    expect(await workbook.file("docProps/core.xml")!.async("string")).toContain(
      ">2025-09-04T16:00:00Z</dcterms:created>",
    );
    expect(zip.file("docProps/core.xml")!.date.toISOString()).toBe("2025-09-04T16:00:00.000Z");
  });

  it("says the public deck leaves out cases, events and the actions log instead of showing empty tables", async () => {
    const publicReport: DeckReport = {
      ...report,
      audience: "public",
      complaints: { ...report.complaints, late: [] },
      waiting: { ...report.waiting, events: [] },
      followUp: [],
    };
    const deck = await JSZip.loadAsync(await buildDeck(publicReport));
    const text = async (n: number) => runText(await deck.file(`ppt/slides/slide${n}.xml`)!.async("string"));
    expect(await text(1)).toContain("公開版");
    expect(await text(6)).toContain("公開版不列個案。");
    expect(await text(8)).toContain("公開版不列事件說明。");
    expect(await text(10)).toContain("公開版不列列管事項。");
    expect(await text(10)).not.toContain("本次會議決議");
  });
});
