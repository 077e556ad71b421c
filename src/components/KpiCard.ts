import { formatNumber } from "./formatNumber.js";
import { targetText } from "./unitText.js";
import { changeWithWord } from "./changeWord.js";
import { intervalText, type KpiSummaryRow } from "./kpiSummary.js";
import type { KpiRow } from "./KpiRow.js";
import { Sparkline } from "./Sparkline.js";

const digits = 1;

/** The status's mark and colour; the words (status_label) always come with them. */
const statusStyle: Record<KpiRow["status"], { mark: string; colour: string }> = {
  meets: { mark: "✓", colour: "var(--theme-green)" },
  misses: { mark: "✕", colour: "var(--theme-red)" },
  too_small: { mark: "…", colour: "var(--theme-foreground-muted)" },
  no_data: { mark: "—", colour: "var(--theme-foreground-muted)" },
};

/**
 * `較上月 +1.2 個百分點（改善）`: a change with its sign, unit and — only as far as its test or
 * control chart carries it — its word, as the summary, report and deck say it (changeWithWord).
 */
function changeText(
  prefix: string,
  change: number | null,
  unit: string,
  direction: "higher" | "lower",
  pValue?: number | null,
  signal?: boolean | null,
): string {
  const text = changeWithWord(change, unit, direction, pValue, signal);
  return text === null ? `${prefix}：無法比較（缺少資料）` : `${prefix} ${text}`;
}

function line(parent: HTMLElement, className: string, text: string, tag = "p"): HTMLElement {
  const element = parent.appendChild(document.createElement(tag));
  element.className = className;
  element.textContent = text;
  element.style.margin = "0.25rem 0";
  return element;
}

/**
 * A KPI of a month as a Framework card: the value with its unit, interval and n; the target and the
 * status in words and colour; the change against last month and last year, said as better or worse
 * only where a test says so (changeVerdict); and the last 13 months as a sparkline.
 */
export function KpiCard(
  kpi: KpiRow & Pick<KpiSummaryRow, "p_value">,
  {
    width = 240,
    window,
    detail,
  }: {
    width?: number;
    /** The period the value covers, said in the label (當月) where a detail page shows others. */
    window?: string;
    /** The page with the KPI's detail, opened on the card's month and window. */
    detail?: { href: string; text: string };
  } = {},
): HTMLDivElement {
  const card = document.createElement("div");
  card.className = "card kpi-card";
  card.dataset.status = kpi.status;
  const style = statusStyle[kpi.status];
  card.style.borderLeft = `4px solid ${style.colour}`;
  line(card, "kpi-label", window ? `${kpi.label}（${window}）` : kpi.label, "h2");

  const hasValue = kpi.value !== null && kpi.status !== "no_data" && kpi.status !== "too_small";
  if (hasValue) {
    const value = line(card, "big kpi-value", formatNumber(kpi.value, digits));
    const unit = value.appendChild(document.createElement("span"));
    unit.className = "kpi-unit";
    unit.textContent = kpi.unit === "%" ? "%" : ` ${kpi.unit}`;
    unit.style.fontSize = "0.5em";
  }
  // With no value to show, the status takes the value's place (in words, not a number).
  const status = line(card, hasValue ? "kpi-status" : "big kpi-status muted", "");
  const mark = status.appendChild(document.createElement("span"));
  mark.setAttribute("aria-hidden", "true");
  mark.style.color = style.colour;
  mark.textContent = `${style.mark} `;
  status.appendChild(document.createElement("strong")).textContent = kpi.status_label;
  if (!hasValue) status.style.fontSize = "24px";

  if (kpi.ci_low !== null && kpi.ci_high !== null && hasValue) {
    line(card, "kpi-interval muted", intervalText(kpi));
  }
  if (kpi.status !== "no_data") {
    const small = kpi.status === "too_small" ? "，少於最小樣本數，不計算" : kpi.too_small ? "（樣本少，僅供參考）" : "";
    line(card, "kpi-n muted", `樣本數 ${formatNumber(kpi.n)}${small}`);
  }
  line(card, "kpi-target", `目標 ${targetText(kpi.target, kpi.unit, kpi.direction)}`);

  const changes = card.appendChild(document.createElement("ul"));
  changes.className = "kpi-changes";
  Object.assign(changes.style, { listStyle: "none", padding: "0", margin: "0.25rem 0" });
  line(
    changes,
    "kpi-change-prev",
    changeText("較上月", kpi.change_vs_prev, kpi.unit, kpi.direction, kpi.p_value, kpi.change_vs_prev_signal),
    "li",
  );
  line(changes, "kpi-change-year", changeText("較去年同月", kpi.change_vs_last_year, kpi.unit, kpi.direction), "li");

  if (kpi.sparkline.length > 0) {
    const spark = Sparkline(kpi.sparkline, {
      label: kpi.label,
      unit: kpi.unit,
      width,
      target: kpi.target,
      fractionDigits: digits,
    });
    spark.classList.add("kpi-sparkline");
    card.appendChild(spark);
  }
  if (detail) {
    const link = line(card, "kpi-detail", "").appendChild(document.createElement("a"));
    link.href = detail.href;
    link.textContent = detail.text;
  }
  return card;
}
