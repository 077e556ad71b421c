// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { DataTable } from "../../../src/components/DataTable.ts";
import { textsOf } from "../../support/textsOf.ts";

const rows = [{ case_no: "C114-0039", days: 3 }];
const columns = [
  { label: "案號", value: (r: (typeof rows)[number]) => r.case_no },
  { label: "逾期（工作天）", numeric: true, value: (r: (typeof rows)[number]) => String(r.days) },
];

describe("DataTable", () => {
  it("lets a wide table use the page's width only when asked", () => {
    expect(DataTable(rows, columns, { caption: "逾期陳情", wide: true }).querySelector("table")!.style.maxWidth).toBe(
      "none",
    );
    expect(DataTable(rows, columns, { caption: "逾期陳情" }).querySelector("table")!.style.maxWidth).toBe("");
  });

  it("keeps its caption, headers and row header whatever the width", () => {
    const details = DataTable(rows, columns, { caption: "逾期陳情", open: true, wide: true });
    expect(details.open).toBe(true);
    expect(details.querySelector("summary")!.textContent).toBe("資料表：逾期陳情");
    expect(textsOf(details, "thead th")).toEqual(["案號", "逾期（工作天）"]);
    expect(details.querySelector("tbody th[scope=row]")!.textContent).toBe("C114-0039");
  });
});

describe("DataTable's short values", () => {
  it("keeps dates, statuses and unit names on one line, and lets long text wrap", () => {
    const long = "須向他機關調閱戶籍資料，公文往返未及於期限內回覆";
    const details = DataTable(
      [{ date: "114年8月2日", status: "已完成", unit: "戶籍登記課", reason: long }],
      [
        { label: "日期", value: (r: { date: string }) => r.date },
        { label: "狀態", value: (r: { status: string }) => r.status },
        { label: "單位", value: (r: { unit: string }) => r.unit },
        { label: "原因", value: (r: { reason: string }) => r.reason },
      ],
      { caption: "逾期陳情" },
    );
    const cells = [...details.querySelectorAll("tbody th, tbody td")].map((c) => c.className);
    expect(cells).toEqual(["short-value", "short-value", "short-value", ""]);
  });
});
