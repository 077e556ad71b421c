import { formatPValue } from "./formatNumber.js";
import { changeAmount, changeVerdict } from "./changeWord.js";
import { rocDateLabel } from "./rocDateLabel.js";
import { Sparkline, type SparklinePoint } from "./Sparkline.js";
import { withUnit } from "./unitText.js";

/** One indicator of an item in one year (award_coverage.indicator_values). */
export interface IndicatorValue {
  indicator: string;
  label: string;
  unit: string;
  direction: "higher" | "lower";
  value: number | null;
  target: number | null;
  n: number;
  status_label: string;
  measured: boolean;
  sparkline: readonly SparklinePoint[] | null;
  /** The plan marks it （間接）: it measures the item only indirectly. */
  indirect: boolean;
  /** The year before: its value, this year's change from it (none for an unfinished year's count), the test's p (rates only). */
  prev_value: number | null;
  /** Observations behind the year before's value (the public build withholds a rate short of min_n). */
  prev_n: number | null;
  change: number | null;
  p_value: number | null;
}

/** A 工作重點 of one office's plan in one year (award_coverage). */
export interface PlanItemRow {
  year: number;
  code: string;
  title: string;
  unit: string | null;
  status: "quantified" | "indirect" | "documented" | "missing";
  status_label: string;
  evidence_entries: number;
  indicator_values: readonly IndicatorValue[];
}

/** An entry of the evidence register (award_evidence; internal build only). */
export interface EvidenceEntry {
  code: string;
  date: string;
  description: string;
  link: string | null;
  link_kind: "url" | "file" | null;
}

const statusMark: Record<PlanItemRow["status"], string> = {
  quantified: "●",
  indirect: "◑",
  documented: "◐",
  missing: "○",
};

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

// Counts (件, 份, 次, 個, 月) are whole; rates, scores and minutes get a decimal.
const digitsOf = (unit: string) => (["%", "分", "分鐘"].includes(unit) ? 1 : 0);

const rocYear = (year: number) => `${year - 1911}年`;

/**
 * `113年 25.0%，較上年 +50.0 個百分點，無顯著變化（p = 0.157）`: the year before beside this one. The
 * word follows changeVerdict: 改善/變差 only when the test finds the change significant, none
 * without a test (every measure but the rates), where the difference stands alone.
 */
export function previousYearText(v: IndicatorValue, year: number): string {
  const digits = digitsOf(v.unit);
  const missing = (v.prev_n ?? 0) > 0 ? "樣本不足" : "無資料";
  const before = `${rocYear(year - 1)} ${v.prev_value === null ? missing : withUnit(v.prev_value, v.unit, digits)}`;
  if (v.change === null) return before;
  const text = `${before}，較上年 ${changeAmount(v.change, digits, v.unit)}`;
  const verdict = changeVerdict(v.change, v.direction, v.p_value);
  if (verdict === null) return text;
  return `${text}，${verdict === "無顯著變化" ? verdict : `顯著${verdict}`}（${formatPValue(v.p_value)}）`;
}

/**
 * The item's indicators: value against target with its status, 間接指標 beside one that measures the
 * item only indirectly, the year's months as a sparkline, and the year before.
 */
function indicatorCell(values: readonly IndicatorValue[], year: number): HTMLElement {
  const cell = element("td");
  if (values.length === 0) cell.textContent = "—";
  for (const v of values) {
    const line = cell.appendChild(element("div", undefined, "award-indicator"));
    const digits = digitsOf(v.unit);
    const target = v.target === null ? "" : `／目標 ${withUnit(v.target, v.unit, digits)}`;
    line.appendChild(element("span", `${v.label} ${withUnit(v.value, v.unit, digits)}${target}（${v.status_label}）`));
    if (v.indirect) {
      line.appendChild(document.createTextNode(" "));
      const mark = line.appendChild(element("span", "間接指標", "award-indirect-label"));
      mark.title = "計畫註明此指標只間接反映這項工作重點，不單獨算作量化佐證";
    }
    const points = (v.sparkline ?? []).filter((p) => p.value !== null);
    if (points.length > 1)
      line.appendChild(
        Sparkline(v.sparkline!, {
          label: v.label,
          unit: v.unit,
          target: v.target,
          width: 110,
          height: 24,
          fractionDigits: digits,
        }),
      );
    line.appendChild(element("div", previousYearText(v, year), "award-previous muted"));
  }
  return cell;
}

/** The register's entries for the item (text only: every entry is shown as typed, never as HTML). */
function evidenceCell(item: PlanItemRow, entries: readonly EvidenceEntry[] | null): HTMLElement {
  const cell = element("td");
  // The public build carries no register text, only how many entries there are.
  if (entries === null) {
    cell.textContent = item.evidence_entries > 0 ? `登錄 ${item.evidence_entries} 筆` : "—";
    return cell;
  }
  if (entries.length === 0) cell.textContent = "—";
  const list = entries.length > 0 ? cell.appendChild(element("ul", undefined, "award-evidence")) : null;
  for (const e of entries) {
    // office-text: the office's own words, quoted as typed (the site's language checks skip them).
    const li = list!.appendChild(element("li", `${rocDateLabel(e.date)} ${e.description}`, "office-text"));
    if (e.link_kind === "url") {
      // A link in the register is followed only when it is http(s): never a javascript: URL.
      const a = li.appendChild(element("a", "（連結）"));
      if (/^https?:\/\//i.test(e.link!)) a.href = e.link!;
    } else if (e.link) li.appendChild(document.createTextNode(`（${e.link}）`));
  }
  return cell;
}

/**
 * The 工作重點 of one heading of the plan as a table: code, title and 業務單位, the indicators with
 * their yearly values, the register's entries (or their count, `entries` null), and the status.
 */
export function PlanItemTable(
  items: readonly PlanItemRow[],
  entries: ((code: string) => readonly EvidenceEntry[]) | null,
  { caption }: { caption: string },
): HTMLTableElement {
  const table = element("table", undefined, "award-items");
  table.style.maxWidth = "none";
  table.appendChild(element("caption", caption));
  const head = table.appendChild(element("thead")).appendChild(element("tr"));
  for (const label of ["編號", "工作重點", "量化佐證（年度值）", "文件佐證", "佐證狀態"])
    head.appendChild(element("th", label)).setAttribute("scope", "col");
  const body = table.appendChild(element("tbody"));
  for (const item of items) {
    const tr = body.appendChild(element("tr"));
    tr.appendChild(element("th", item.code)).setAttribute("scope", "row");
    const title = tr.appendChild(element("td"));
    title.appendChild(element("div", item.title, "office-text"));
    title.appendChild(element("div", item.unit ?? "（計畫未載明業務單位）", "muted"));
    tr.appendChild(indicatorCell(item.indicator_values, item.year));
    tr.appendChild(evidenceCell(item, entries ? entries(item.code) : null));
    tr.appendChild(
      element("td", `${statusMark[item.status]} ${item.status_label}`, `award-status award-${item.status}`),
    );
  }
  return table;
}
