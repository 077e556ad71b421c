import { presentationalMarks } from "./presentationalMarks.js";

/**
 * A chart as a figure: the finding in one sentence as the chart's `aria-label` and visible caption,
 * and the chart's data one click (or Enter) away in a `<details>` table (see DataTable), so no
 * figure is only visual.
 */
export function ChartFigure(chart: Element, table: HTMLDetailsElement, { finding }: { finding: string }): HTMLElement {
  const figure = document.createElement("figure");
  figure.className = "chart-figure";
  presentationalMarks(chart);
  chart.setAttribute("role", "img");
  chart.setAttribute("aria-label", finding);
  figure.appendChild(chart);
  figure.appendChild(document.createElement("figcaption")).textContent = finding;
  figure.appendChild(table);
  return figure;
}
