import { describe, expect, it } from "vitest";
import { changeWithWord, changeWord } from "../../../src/components/changeWord.ts";
import { followUpEffect } from "../../../src/components/followUpEffect.ts";

describe("changeWord", () => {
  it("says 改善 or 變差 only when the change's test is significant, by the KPI's good direction", () => {
    expect(changeWord(-6.3, "higher", 0.004)).toBe("變差");
    expect(changeWord(3.3, "lower", 0.01)).toBe("變差");
    expect(changeWord(-3.3, "lower", 0.01)).toBe("改善");
    expect(changeWord(-0.4, "higher", 0.929)).toBe("無顯著變化");
  });

  it("judges a change without a test by its control chart: 改善／變差 on a signal, else 無顯著變化", () => {
    expect(changeWord(3.2667, "lower", null, true)).toBe("變差");
    expect(changeWord(0.9105, "higher", null, true)).toBe("改善");
    expect(changeWord(0.9105, "higher", null, false)).toBe("無顯著變化");
    // a test outweighs the chart
    expect(changeWord(-0.4, "higher", 0.929, true)).toBe("無顯著變化");
    expect(changeWithWord(3.2667, "分鐘", "lower", null, true)).toBe("+3.3 分鐘（變差）");
  });

  it("gives no word to an untested change and 持平 to one that rounds to zero", () => {
    expect(changeWord(-3.2321, "higher", null)).toBeNull();
    expect(changeWord(0.04, "higher", null)).toBe("持平");
  });

  it("writes the change as the overview card does: sign, size, unit and word", () => {
    expect(changeWithWord(-0.4013, "%", "higher", 0.9289)).toBe("−0.4 個百分點（無顯著變化）");
    expect(changeWithWord(3.2667, "分鐘", "lower", null)).toBe("+3.3 分鐘");
    expect(changeWithWord(0, "%", "higher", null)).toBe("±0.0 個百分點（持平）");
    expect(changeWithWord(null, "%", "higher", null)).toBeNull();
  });
});

describe("followUpEffect", () => {
  it("says an action's effect in the follow-up mart's words, the same on the page, the PDF and the deck", () => {
    expect(followUpEffect({ tracking: "已完成", verdict: "有改善" })).toBe("有改善");
    expect(followUpEffect({ tracking: "已完成", verdict: "資料不足" })).toBe("資料不足");
    expect(followUpEffect({ tracking: "逾期列管", verdict: null })).toBe("—");
    expect(followUpEffect({ tracking: "列管中", verdict: null })).toBe("—");
    expect(followUpEffect({ tracking: "已完成", verdict: null })).toBe("無量化成效");
  });
});
