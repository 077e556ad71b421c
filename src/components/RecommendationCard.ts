import { Sparkline, type SparklinePoint } from "./Sparkline.js";

/** A row of the recommendations table (docs/recommendations.md), with the series its mini-chart draws. */
export interface Recommendation {
  id: string;
  office_code?: string;
  month: string;
  rule: string;
  subject: string;
  priority: number;
  priority_label: string;
  plan_item: string;
  owner: string;
  message: string;
  series: { unit: string; points: readonly SparklinePoint[] } | null;
}

/**
 * Where each rule's numbers are shown in full, as a page of the site's top folder: `.html` file
 * names, since links made at run time are not rewritten by Framework.
 */
const detailPages: Record<string, { page: string; title: string }> = {
  case_compliance: { page: "cases.html", title: "案件時效" },
  waiting_time: { page: "cases.html", title: "案件時效" },
  satisfaction_item: { page: "satisfaction.html", title: "滿意度" },
  courtesy_training: { page: "courtesy.html", title: "電話禮貌" },
  complaint_category_rise: { page: "complaints.html", title: "陳情與意見" },
  complaint_late_reply: { page: "complaints.html", title: "陳情與意見" },
  data_quality: { page: "index.html", title: "總覽的資料新鮮度" },
};

/** Priority in words first, colour second. */
const priorityColours: Record<number, string> = {
  1: "var(--theme-red)",
  2: "var(--theme-orange, #d97706)",
  3: "var(--theme-foreground-muted)",
};

/**
 * One recommendation as a card: its priority in words, subject, the message with the evidence
 * numbers, plan item, owner and id (which the actions log cites), a 13-month mini-chart of the figure
 * it is about, and a link to the page that shows that figure in full. `root` is the way from the
 * page showing the card to the site's top folder: `../` from a report in reports/.
 */
export function RecommendationCard(
  rec: Recommendation,
  { width = 260, root = "./" }: { width?: number; root?: string } = {},
): HTMLDivElement {
  const card = document.createElement("div");
  card.className = "card recommendation-card";
  card.dataset.priority = String(rec.priority);
  card.style.borderLeft = `4px solid ${priorityColours[rec.priority] ?? priorityColours[3]}`;
  const heading = card.appendChild(document.createElement("h3"));
  heading.className = "recommendation-subject";
  heading.style.margin = "0 0 0.25rem";
  const badge = heading.appendChild(document.createElement("span"));
  badge.className = "recommendation-priority";
  badge.textContent = `優先：${rec.priority_label}`;
  badge.style.cssText =
    "font-size:0.8em;font-weight:600;margin-right:0.5em;padding:0 0.4em;border:1px solid currentColor;border-radius:4px";
  heading.append(rec.subject);
  const message = card.appendChild(document.createElement("p"));
  message.className = "recommendation-message";
  message.textContent = rec.message;
  message.style.margin = "0.25rem 0";
  const meta = card.appendChild(document.createElement("p"));
  meta.className = "recommendation-meta muted";
  meta.style.margin = "0.25rem 0";
  meta.textContent = `計畫項目 ${rec.plan_item}　負責 ${rec.owner}　編號 ${rec.id}`;
  if (rec.series && rec.series.points.length > 1) {
    const spark = Sparkline(rec.series.points, { label: rec.subject, unit: rec.series.unit, width, fractionDigits: 1 });
    spark.classList.add("recommendation-sparkline");
    card.appendChild(spark);
  }
  const page = detailPages[rec.rule];
  if (page) {
    const link = card.appendChild(document.createElement("p")).appendChild(document.createElement("a"));
    link.href = `${root}${page.page}`;
    link.textContent = `查看${page.title}`;
  }
  return card;
}
