// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import {
  PlanItemTable,
  previousYearText,
  type IndicatorValue,
  type PlanItemRow,
} from "../../../src/components/PlanItemTable.ts";

const indicator = (v: Partial<IndicatorValue>): IndicatorValue => ({
  indicator: "satisfaction",
  label: "滿意度",
  unit: "%",
  direction: "higher",
  value: 81.3,
  target: 90,
  n: 160,
  status_label: "未達標",
  measured: true,
  sparkline: null,
  indirect: false,
  prev_value: null,
  prev_n: null,
  change: null,
  p_value: null,
  ...v,
});

const item = (v: Partial<PlanItemRow>): PlanItemRow => ({
  year: 2025,
  code: "一(三)4",
  title: "民眾臨櫃洽公的便利性",
  unit: "全所各課",
  status: "quantified",
  status_label: "有量化佐證",
  evidence_entries: 0,
  indicator_values: [],
  ...v,
});

describe("previousYearText", () => {
  it("calls a significant fall of a rate 顯著變差 with its p-value", () => {
    const v = indicator({ value: 81.3, prev_value: 88.3, change: -7, p_value: 0.0042 });
    expect(previousYearText(v, 2025)).toBe("113年 88.3%，較上年 −7.0 個百分點，顯著變差（p = 0.004）");
  });

  it("says 無顯著變化 when the test does not find the change", () => {
    const v = indicator({ value: 75, prev_value: 25, change: 50, p_value: 0.157299 });
    expect(previousYearText(v, 2025)).toBe("113年 25.0%，較上年 +50.0 個百分點，無顯著變化（p = 0.157）");
  });

  it("gives a change without a test no word, only the difference", () => {
    const v = indicator({ label: "電話禮貌平均分", unit: "分", value: 85, prev_value: 89.3, change: -4.3 });
    expect(previousYearText(v, 2025)).toBe("113年 89.3 分，較上年 −4.3 分");
  });

  it("shows the year before alone when there is no change to state, and 無資料 when it had none", () => {
    const count = indicator({ label: "滿意度問卷份數", unit: "份", value: 1, prev_value: 4, change: null });
    expect(previousYearText(count, 2026)).toBe("114年 4 份");
    expect(previousYearText(indicator({}), 2025)).toBe("113年 無資料");
  });

  it("says 樣本不足 for a year before the public build withholds", () => {
    expect(previousYearText(indicator({ prev_value: null, prev_n: 12 }), 2025)).toBe("113年 樣本不足");
  });
});

describe("PlanItemTable", () => {
  it("labels an indirect indicator 間接指標 and shows the item's status 僅間接指標", () => {
    const wait = indicator({
      indicator: "median_wait",
      label: "等候時間中位數",
      unit: "分鐘",
      direction: "lower",
      value: 10,
      target: 15,
      status_label: "達標",
      indirect: true,
      prev_value: 12,
      change: -2,
    });
    const table = PlanItemTable(
      [item({ status: "indirect", status_label: "僅間接指標", indicator_values: [wait] })],
      null,
      {
        caption: "1 項工作重點（114年）",
      },
    );
    const line = table.querySelector(".award-indicator")!;
    expect(line.querySelector(".award-indirect-label")!.textContent).toBe("間接指標");
    expect(line.textContent).toBe(
      "等候時間中位數 10.0 分鐘／目標 15.0 分鐘（達標） 間接指標113年 12.0 分鐘，較上年 −2.0 分鐘",
    );
    expect(table.querySelector(".award-status")!.textContent).toBe("◑ 僅間接指標");
  });

  it("leaves a direct indicator unlabelled", () => {
    const table = PlanItemTable([item({ indicator_values: [indicator({})] })], null, { caption: "" });
    expect(table.querySelector(".award-indirect-label")).toBeNull();
  });
});
