/**
 * Turns the names Plot gives each mark's group (`<g aria-label="bar">`) into `data-mark`
 * attributes. Inside a chart that speaks for itself (role="img" with its finding as label) they are
 * never read, and ARIA forbids a label on an element without a role (axe-core: aria-prohibited-attr,
 * serious). Returns the chart.
 */
export function presentationalMarks<T extends Element>(chart: T): T {
  for (const group of chart.querySelectorAll("[aria-label], [aria-description]")) {
    const name = group.getAttribute("aria-label");
    if (name !== null) group.setAttribute("data-mark", name);
    group.removeAttribute("aria-label");
    group.removeAttribute("aria-description");
  }
  return chart;
}
