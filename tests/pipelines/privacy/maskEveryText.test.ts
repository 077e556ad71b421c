import { describe, expect, it } from "vitest";
import { maskEveryText } from "../../../pipelines/privacy/maskEveryText.ts";

describe("maskEveryText", () => {
  it("masks every text of every row, whatever the column, nested lists and objects included", () => {
    expect(
      maskEveryText([
        { office_code: "陳情人林祕密 0922-555-666", village: "光明里 0933-111-222", n: 3, ok: true, none: null },
        { unit: ["戶籍登記課", "承辦人林祕密"], detail: { case_type: "代辦 A123456789" } },
      ]),
    ).toEqual([
      { office_code: "陳情人林○密 0922-***-***", village: "光明里 0933-***-***", n: 3, ok: true, none: null },
      { unit: ["戶籍登記課", "承辦人林○密"], detail: { case_type: "代辦 A12345****" } },
    ]);
  });

  it("leaves decimals written as text alone, and keeps text holding JSON parseable", () => {
    expect(maskEveryText({ pct: "12.0712345678", count: "0912345678" })).toEqual({
      pct: "12.0712345678",
      count: "0912******",
    });
    const series = '[{"label":"承辦人林祕密","value":12.0712345678}]';
    expect(JSON.parse(maskEveryText(series))).toEqual([{ label: "承辦人林○密", value: 12.0712345678 }]);
    expect(maskEveryText('[ {"label": "出生登記"} ]')).toBe('[ {"label": "出生登記"} ]');
    expect(maskEveryText("[急件] 陳情人林祕密")).toBe("[急件] 陳情人林○密");
  });
});
