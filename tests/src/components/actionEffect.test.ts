import { describe, expect, it } from "vitest";
import { effectDetail, effectGroup, type ActionEffectRow } from "../../../src/components/actionEffect.ts";

// Action G of tests/pipelines/build/actionFollowup.test.ts: entered as 已確認成效, satisfaction
// 16 of 20 (80 %) before and 3 of 10 (30 %) after, p = 0.0073843 → 惡化.
const worse: ActionEffectRow = {
  kpi_key: "satisfaction",
  verdict: "惡化",
  test: "兩比例 z 檢定",
  before_value: 80,
  after_value: 30,
  p_value: 0.0073843,
  n_before: 20,
  n_after: 10,
};

describe("an action's effect on the award page", () => {
  it("puts a significantly worse action under 未見改善／惡化 with its values and p-value", () => {
    expect(effectGroup(worse)).toBe("未見改善／惡化");
    expect(effectDetail(worse)).toBe("80.0% → 30.0%，兩比例 z 檢定，p = 0.007");
  });

  it("counts only a significant improvement as 確認成效", () => {
    expect(effectGroup({ kpi_key: "median_wait", verdict: "有改善" })).toBe("確認成效");
    expect(effectGroup({ kpi_key: "satisfaction", verdict: "未見改善" })).toBe("未見改善／惡化");
    expect(effectGroup({ kpi_key: "satisfaction", verdict: "資料不足" })).toBe("資料不足");
  });

  it("labels an action without an indicator 無量化成效", () => {
    expect(effectGroup({ kpi_key: null, verdict: null })).toBe("無量化成效");
    expect(effectDetail({ ...worse, kpi_key: null, verdict: null })).toBe("—");
  });

  it("gives the minutes of a wait and the counts of a window too small to judge", () => {
    expect(
      effectDetail({
        ...worse,
        kpi_key: "median_wait",
        verdict: "有改善",
        test: "Mann–Whitney U 檢定",
        before_value: 14.5,
        after_value: 5.5,
        p_value: 0.00018,
      }),
    ).toBe("14.5 分鐘 → 5.5 分鐘，Mann–Whitney U 檢定，p < 0.001");
    expect(effectDetail({ ...worse, verdict: "資料不足", n_before: 1234, n_after: 8 })).toBe("前 1,234、後 8 筆");
  });
});
