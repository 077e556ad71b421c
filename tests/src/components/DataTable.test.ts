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
