// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { ChartFigure } from "../../../src/components/ChartFigure.ts";
import { DataTable } from "../../../src/components/DataTable.ts";
import { freshnessLabel } from "../../../src/components/freshnessLabel.ts";
import { Notice } from "../../../src/components/Notice.ts";
import { textsOf } from "../../support/textsOf.ts";

const months = [
  { month: "2025-03", cases: 6, median: 8 },
  { month: "2025-04", cases: 0, median: null },
  { month: "2025-05", cases: 3, median: 5 },
];

describe("DataTable", () => {
  it("lays out the chart's data as a captioned table with column and row headers", () => {
    const details = DataTable(
      months,
      [
        { label: "月份", value: (d) => d.month },
        { label: "案件數（件）", numeric: true, value: (d) => String(d.cases) },
      ],
      { caption: "每月案件數" },
    );
    expect(details.tagName).toBe("DETAILS");
    expect(details.open).toBe(false);
    expect(details.querySelector("summary")?.textContent).toBe("資料表：每月案件數");
    expect(details.querySelector("caption")?.textContent).toBe("每月案件數");
    expect([...details.querySelectorAll("thead th")].map((th) => [th.textContent, th.getAttribute("scope")])).toEqual([
      ["月份", "col"],
      ["案件數（件）", "col"],
    ]);
    const rows = [...details.querySelectorAll("tbody tr")].map((tr) =>
      [...tr.children].map((c) => `${c.tagName}:${c.textContent}`),
    );
    expect(rows).toEqual([
      ["TH:2025-03", "TD:6"],
      ["TH:2025-04", "TD:0"],
      ["TH:2025-05", "TD:3"],
    ]);
  });
});

describe("DataTable, open", () => {
  it("shows a table that is the content itself unfolded", () => {
    expect(DataTable(months, [{ label: "月份", value: (d) => d.month }], { caption: "新鮮度", open: true }).open).toBe(
      true,
    );
  });
});

describe("Notice", () => {
  it("is a labelled Framework note with one paragraph per line", () => {
    const box = Notice("尚無資料", ["第一行", "第二行"]);
    expect(box.className).toBe("note");
    expect(box.getAttribute("label")).toBe("尚無資料");
    expect(textsOf(box, "p")).toEqual(["第一行", "第二行"]);
  });
});

describe("ChartFigure", () => {
  it("keeps Plot's mark names as data-mark, since ARIA forbids labels on role-less groups inside the chart", () => {
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.appendChild(document.createElementNS("http://www.w3.org/2000/svg", "g")).setAttribute("aria-label", "bar");
    const figure = ChartFigure(svg, DataTable([], [], { caption: "空" }), { finding: "無資料。" });
    expect(figure.querySelector("g")!.getAttribute("data-mark")).toBe("bar");
    expect(figure.querySelectorAll("[aria-label]")).toHaveLength(1);
  });

  it("states the finding as the chart's label and caption and keeps the data table beside it", () => {
    const chart = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    const table = DataTable(months, [{ label: "月份", value: (d) => d.month }], { caption: "每月案件數" });
    const figure = ChartFigure(chart, table, { finding: "案件數 114年5月最少（3 件）。" });
    expect(figure.tagName).toBe("FIGURE");
    expect(chart.getAttribute("role")).toBe("img");
    expect(chart.getAttribute("aria-label")).toBe("案件數 114年5月最少（3 件）。");
    expect(figure.querySelector("figcaption")?.textContent).toBe("案件數 114年5月最少（3 件）。");
    expect(figure.lastElementChild).toBe(table);
  });
});

describe("freshnessLabel", () => {
  it("says each freshness status in words", () => {
    expect(["fresh", "due", "stale", "empty"].map(freshnessLabel)).toEqual([
      "已更新",
      "應更新",
      "逾期未更新",
      "無資料",
    ]);
  });
});
