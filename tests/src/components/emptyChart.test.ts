// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { emptyChart } from "../../../src/components/emptyChart.ts";
import { Heatmap } from "../../../src/components/Heatmap.ts";

describe("emptyChart", () => {
  it("is an SVG as wide as the chart would be, saying why there is nothing drawn", () => {
    const svg = emptyChart(480, "所示期間沒有資料。");
    expect(svg.getAttribute("width")).toBe("480");
    expect(svg.getAttribute("height")).toBe("40");
    expect(svg.textContent).toBe("所示期間沒有資料。");
  });

  it("stands in for a heatmap of a month without tickets", () => {
    expect(Heatmap([], { width: 480 }).querySelector("svg")!.textContent).toBe("本期沒有取號資料。");
  });
});
