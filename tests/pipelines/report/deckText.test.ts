import { describe, expect, it } from "vitest";
import { measureText, signedText, targetText, text } from "../../../pipelines/report/deck/cellText.ts";
import { axisStartNote, monthAxisLabels, valueAxis } from "../../../pipelines/report/deck/deckChart.ts";
import { cappedRows } from "../../../pipelines/report/deck/deckTable.ts";

describe("the deck's cell and axis texts", () => {
  it("writes a withheld rate as 樣本不足 and a missing text as a dash, never null", () => {
    expect(measureText(null, "%")).toBe("樣本不足");
    expect(measureText(82.7068, "%")).toBe("82.7%");
    expect(measureText(13.85, "分鐘")).toBe("13.9 分鐘");
    expect(text(null)).toBe("—");
    expect(text(undefined)).toBe("—");
  });

  it("writes targets with their direction and changes with their sign", () => {
    expect(targetText(90, "%")).toBe("≥ 90%");
    expect(targetText(10, "分鐘", "lower")).toBe("≤ 10 分鐘");
    expect(signedText(-0.4013)).toBe("−0.4");
    expect(signedText(0)).toBe("±0.0");
    expect(signedText(null)).toBe("—");
  });

  it("labels 13 months with the year only at the start and at each January", () => {
    expect(monthAxisLabels(["2024-11", "2024-12", "2025-01", "2025-02"])).toEqual([
      "113年11月",
      "12月",
      "114年1月",
      "2月",
    ]);
  });

  it("sets a value axis around the values so that 98.0 and 98.6 are told apart, and says it does not start at 0", () => {
    // spread 0.6 → step 0.2 (the 1-2-5 step at or above 0.6 / 4); one step beyond each end
    const close = valueAxis([98.0, 98.6, null, 98], { ceiling: 100 });
    expect(close).toEqual({ min: 97.8, max: 98.8, step: 0.2, format: "0.0" });
    // the 0.6 difference takes 60% of the axis height (on 0–100 it took 0.6%)
    expect((98.6 - 98.0) / (close.max! - close.min!)).toBeCloseTo(0.6);
    expect(axisStartNote(close)).toBe("縱軸自 97.8 起，未從 0 開始。");
    // satisfaction 75–93 and a target of 90: spread 18 → step 5, 70–95 + 5 = 100, not above 100
    expect(valueAxis([75, 93, 90], { ceiling: 100 })).toEqual({ min: 70, max: 100, step: 5, format: "0" });
  });

  it("keeps zero as the baseline where the values would still fill half the axis, and says nothing then", () => {
    // waits 10.6–34.1 minutes: the lowest (10) is below the spread (24.1), so the axis starts at 0
    const waits = valueAxis([10.6, 34.1, 10]);
    expect(waits).toEqual({ min: 0, max: 50, step: 10, format: "0" });
    expect(axisStartNote(waits)).toBeNull();
    expect(valueAxis([], { ceiling: 100 })).toEqual({ min: 0, max: 100 });
  });

  it("keeps the first rows of a long table and counts the rest", () => {
    expect(cappedRows([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2, 3], more: 2 });
    expect(cappedRows([1, 2], 3)).toEqual({ shown: [1, 2], more: 0 });
  });
});
