/**
 * The template for `Inputs.form`: the page's filters side by side, wrapping on a narrow screen,
 * instead of one select under another.
 */
export function FilterRow(inputs: Record<string, HTMLElement>): HTMLDivElement {
  const row = document.createElement("div");
  row.className = "filter-row";
  Object.assign(row.style, { display: "flex", flexWrap: "wrap", gap: "0.25rem 1.5rem" });
  row.append(...Object.values(inputs));
  return row;
}
