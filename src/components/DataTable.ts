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
  const table = details.appendChild(tableOf(rows, columns, caption));
  if (wide) table.style.maxWidth = "none";
  return details;
}

/** Values up to this many characters (114年12月31日, 已完成, 戶籍登記課, 1,234 件) stay on one line. */
const shortValue = 12;

/** The `<table>` of a DataTable alone: caption, column headers, the first column heading each row. */
export function tableOf<T>(
  rows: readonly T[],
  columns: readonly DataTableColumn<T>[],
  caption: string,
): HTMLTableElement {
  const table = document.createElement("table");
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
      // Dates, statuses, unit names and figures are never broken mid-word; long text wraps.
      if (cell.textContent.length <= shortValue) cell.className = "short-value";
      if (column.numeric) cell.style.textAlign = "right";
    });
  }
  return table;
}
