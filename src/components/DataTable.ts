export interface DataTableColumn<T> {
  /** Column header, zh-TW, with its unit. */
  label: string;
  value: (row: T) => string;
  /** Right-aligned, for figures. */
  numeric?: boolean;
}

/**
 * A chart's data as an accessible table (caption, column headers, a row header per row), folded
 * away in a <details> so that screen-reader and keyboard users get the figures without the chart.
 * The first column heads each row. `open` shows it unfolded, for tables that are the content itself;
 * `wide` lets a table of many columns use the page's width (Framework caps tables at 640 px).
 */
export function DataTable<T>(
  rows: readonly T[],
  columns: readonly DataTableColumn<T>[],
  { caption, open = false, wide = false }: { caption: string; open?: boolean; wide?: boolean },
): HTMLDetailsElement {
  const details = document.createElement("details");
  details.open = open;
  const summary = details.appendChild(document.createElement("summary"));
  summary.textContent = `資料表：${caption}`;
  const table = details.appendChild(document.createElement("table"));
  if (wide) table.style.maxWidth = "none";
  table.appendChild(document.createElement("caption")).textContent = caption;
  const headRow = table.appendChild(document.createElement("thead")).appendChild(document.createElement("tr"));
  for (const column of columns) {
    const th = headRow.appendChild(document.createElement("th"));
    th.scope = "col";
    th.textContent = column.label;
    if (column.numeric) th.style.textAlign = "right";
  }
  const body = table.appendChild(document.createElement("tbody"));
  for (const row of rows) {
    const tr = body.appendChild(document.createElement("tr"));
    columns.forEach((column, i) => {
      const cell = tr.appendChild(document.createElement(i === 0 ? "th" : "td"));
      if (i === 0) (cell as HTMLTableCellElement).scope = "row";
      cell.textContent = column.value(row);
      if (column.numeric) cell.style.textAlign = "right";
    });
  }
  return details;
}
