import { describe, expect, it } from "vitest";
import { changeText, measureText, targetText, text } from "../../../pipelines/report/deck/cellText.ts";
import { axisMin, monthAxisLabels } from "../../../pipelines/report/deck/deckChart.ts";
import { cappedRows } from "../../../pipelines/report/deck/deckTable.ts";
import { effectText } from "../../../pipelines/report/deck/followUpSlide.ts";

describe("the deck's cell and axis texts", () => {
  it("writes a withheld rate as 樣本不足 and a missing text as a dash, never null", () => {
    expect(measureText(null, "%")).toBe("樣本不足");
    expect(measureText(82.7068, "%")).toBe("82.7%");
    expect(measureText(13.85, "分鐘")).toBe("13.9 分鐘");
    expect(text(null)).toBe("—");
    expect(text(undefined)).toBe("—");
  });

  it("writes targets with their direction and changes with their sign and unit", () => {
    expect(targetText(90, "%")).toBe("≥ 90%");
    expect(targetText(10, "分鐘", "lower")).toBe("≤ 10 分鐘");
    expect(changeText(-0.4013, "%")).toBe("−0.4 個百分點");
    expect(changeText(3.2667, "分鐘")).toBe("+3.3 分鐘");
    expect(changeText(0, "%")).toBe("±0.0 個百分點");
    expect(changeText(null, "%")).toBe("—");
  });

  it("labels 13 months with the year only at the start and at each January", () => {
    expect(monthAxisLabels(["2024-11", "2024-12", "2025-01", "2025-02"])).toEqual([
      "113年11月",
      "12月",
      "114年1月",
      "2月",
    ]);
  });

  it("starts a percentage axis at 50 unless a value is lower, then at the ten below it", () => {
    expect(axisMin([82.7, null, 92.5], 50)).toBe(50);
    expect(axisMin([43.2, 90], 50)).toBe(40);
    expect(axisMin([], 50)).toBe(50);
  });

  it("keeps the first rows of a long table and counts the rest", () => {
    expect(cappedRows([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2, 3], more: 2 });
    expect(cappedRows([1, 2], 3)).toEqual({ shown: [1, 2], more: 0 });
  });

  it("says why an action has no effect verdict yet", () => {
    expect(effectText({ tracking: "已完成", kpi: "服務滿意度", verdict: "有改善" })).toBe("有改善");
    expect(effectText({ tracking: "逾期列管", kpi: "服務滿意度", verdict: null })).toBe("追蹤中");
    expect(effectText({ tracking: "已完成", kpi: "服務滿意度", verdict: null })).toBe("資料不足");
    expect(effectText({ tracking: "已完成", kpi: null, verdict: null })).toBe("未設指標");
  });
});
