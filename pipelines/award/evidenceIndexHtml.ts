import { rocDate } from "../../lib/rocDate.ts";
import { escapeHtml } from "../../lib/escapeHtml.ts";
import { evidencePackNames } from "./evidencePackNames.ts";
import type { CoverageItem, EvidenceEntry, EvidencePack, IndicatorYear } from "./loadEvidencePack.ts";
import type { EvidenceLink } from "./resolveEvidenceLinks.ts";

export interface EvidenceIndex {
  officeName: string;
  pack: EvidencePack;
  /** One per pack entry, in the same order (resolveEvidenceLinks). */
  links: readonly EvidenceLink[];
  /** The indicator appendices written, by file name. */
  appendices: readonly { file: string; indicator: IndicatorYear }[];
}

// DESIGN.md's system CJK stack: nothing is fetched, the pack opens offline.
const style = `
@page { size: A4; margin: 14mm 12mm; }
:root { font-family: "PingFang TC", "Noto Sans TC", "Noto Sans CJK TC", "Microsoft JhengHei", sans-serif; color: #1b1b1b; }
body { margin: 0 auto; padding: 16px; max-width: 1000px; font-size: 10.5pt; line-height: 1.5; }
h1 { font-size: 17pt; margin: 0 0 4px; }
h2 { font-size: 13pt; margin: 18px 0 6px; padding-bottom: 2px; border-bottom: 2px solid #333; break-after: avoid; }
p.meta { margin: 0 0 10px; color: #444; }
table { width: 100%; border-collapse: collapse; font-size: 9.5pt; table-layout: fixed; }
td { overflow-wrap: anywhere; }
th, td { border: 1px solid #9a9a9a; padding: 3px 5px; text-align: left; vertical-align: top; }
thead { display: table-header-group; }
thead th { background: #ececec; }
tr { break-inside: avoid; }
tr.point td { background: #f6f6f6; font-weight: 600; }
td.code { white-space: nowrap; }
ul { margin: 0; padding-left: 1.1em; }
.summary td, .summary th { text-align: center; font-size: 11pt; }
.status { white-space: nowrap; font-weight: 600; }
.quantified { color: #1d6b34; }
.indirect { color: #5a5a00; }
.documented { color: #8a5a00; }
.missing, .not-found { color: #a61b1b; }
.none { color: #666; }
.date { white-space: nowrap; }
a { color: #0b4f9c; }
@media print { body { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
`;

const e = escapeHtml;
const href = (file: string) => file.split("/").map(encodeURIComponent).join("/");
const number = new Intl.NumberFormat("zh-TW", { maximumFractionDigits: 1 });

/** 94.5%, 8.0 分鐘, 1,767 份: an indicator's value as the pack shows it (the CSVs carry the marts' digits). */
function shownValue(value: number, unit: string): string {
  if (unit === "%") return `${value.toFixed(1)}%`;
  if (unit === "分" || unit === "分鐘") return `${value.toFixed(1)} ${unit}`;
  return `${number.format(value)} ${unit}`;
}

function indicatorLine(i: IndicatorYear, indirect: boolean): string {
  const value = i.value === null ? "無資料" : shownValue(i.value, i.unit);
  const target =
    i.target === null ? "" : `（目標 ${i.direction === "lower" ? "≤" : "≥"} ${shownValue(i.target, i.unit)}）`;
  const status = i.status_label === "—" ? "" : ` <span class="status">${e(i.status_label)}</span>`;
  const mark = indirect ? "（間接指標）" : "";
  return `<li>${e(i.label)}${mark} ${e(value)}${e(target)}${status}</li>`;
}

function linkText(link: EvidenceLink): string {
  switch (link.status) {
    case "已附":
      return `<a href="${e(href(`${evidencePackNames.attachments}/${link.attachment!.name}`))}">${e(link.attachment!.number)}</a>`;
    case "網址":
      return link.href === null ? e(link.shown!) : `<a href="${e(link.href)}">${e(link.shown!)}</a>`;
    case "未找到":
      return `<span class="not-found">檔案未找到（${e(link.shown!)}）</span>`;
    case "未附":
      return `<span class="none">未附檔案</span>`;
  }
}

function entryLine(entry: EvidenceEntry, link: EvidenceLink): string {
  return `<li><span class="date">${e(rocDate(entry.date, "slash"))}</span> ${e(entry.description_public)}　${linkText(link)}</li>`;
}

const list = (lines: readonly string[]) =>
  lines.length === 0 ? `<span class="none">—</span>` : `<ul>${lines.join("")}</ul>`;

const itemHeader = `<thead><tr><th style="width:8%">編號</th><th style="width:20%">工作重點</th><th style="width:9%">業務單位</th><th style="width:9%">佐證情形</th><th style="width:22%">量化指標（年度）</th><th>佐證資料</th></tr></thead>`;

/**
 * The pack's index.html: a self-contained, printable page (inline CSS, no script, nothing fetched)
 * with the year's coverage, then the plan's headings as sections and each 工作重點 a row — its
 * indicators' yearly values against target and its register entries with their attachments —
 * then the appendices. Every text is escaped: register entries are typed by staff.
 */
export function evidenceIndexHtml({ officeName, pack, links, appendices }: EvidenceIndex): string {
  const roc = pack.year - 1911;
  const title = `${officeName} ${roc}年度 政府服務獎佐證資料`;
  const indicators = new Map(pack.indicators.map((i) => [i.indicator, i]));
  const entriesOf = new Map<string, string[]>();
  const others: string[] = [];
  pack.entries.forEach((entry, i) => {
    const line = entryLine(entry, links[i]!);
    if (!entry.in_plan) others.push(line);
    else entriesOf.set(entry.code, [...(entriesOf.get(entry.code) ?? []), line]);
  });

  const headings: { code: string; heading: string; items: CoverageItem[] }[] = [];
  for (const item of pack.items) {
    const last = headings.at(-1);
    if (last?.code === item.heading_code) last.items.push(item);
    else headings.push({ code: item.heading_code, heading: item.heading, items: [item] });
  }
  const sections = headings.map(({ code, heading, items }) => {
    const rows: string[] = [];
    let point: string | null = null;
    for (const item of items) {
      if (item.point && item.point !== point && code !== "零")
        rows.push(`<tr class="point"><td colspan="6">${e(item.point)}</td></tr>`);
      point = item.point;
      rows.push(
        `<tr id="item-${e(item.code)}"><td class="code">${e(item.code)}</td><td>${e(item.title)}</td><td>${e(item.unit ?? "—")}</td>` +
          `<td class="status ${e(item.status)}">${e(item.status_label)}</td>` +
          `<td>${list(item.indicators.flatMap((id) => (indicators.has(id) ? [indicatorLine(indicators.get(id)!, item.indirect.includes(id))] : [])))}</td>` +
          `<td>${list(entriesOf.get(item.code) ?? [])}</td></tr>`,
      );
    }
    const shown = heading.startsWith(code) ? heading : `${code}、${heading}`;
    return `<section><h2>${e(shown)}</h2><table>${itemHeader}<tbody>${rows.join("\n")}</tbody></table></section>`;
  });

  const s = pack.summary;
  const attached = new Set(links.flatMap((l) => (l.attachment ? [l.attachment.number] : []))).size;
  const notFound = links.filter((l) => l.status === "未找到").length;
  const appendixItems = [
    `<li><a href="${e(href(evidencePackNames.coverage))}">${e(evidencePackNames.coverage)}</a>：各工作重點的佐證情形與合計</li>`,
    `<li><a href="${e(href(evidencePackNames.register))}">${e(evidencePackNames.register)}</a>：${roc}年佐證資料登錄 ${pack.entries.length} 筆，附件 ${attached} 件存於「${evidencePackNames.attachments}」資料夾${notFound > 0 ? `（${notFound} 筆的檔案未找到）` : ""}</li>`,
    ...appendices.map(({ file, indicator }) => {
      const year = indicator.value === null ? "無資料" : shownValue(indicator.value, indicator.unit);
      return `<li><a href="${e(href(file))}">${e(file)}</a>：${e(indicator.label)}各月數值，年度 ${e(year)}</li>`;
    }),
  ];

  return `<!doctype html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
${evidencePackNames.marker}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${style}</style>
</head>
<body>
<header>
<h1>${e(title)}</h1>
<p class="meta">依${s.plan_year - 1911}年度提升服務工作計畫；資料基準日 ${e(rocDate(pack.asOf, "slash"))}。佐證說明已遮蔽個人資料。</p>
</header>
<section>
<h2>佐證涵蓋情形</h2>
<table class="summary">
<thead><tr><th>工作重點</th><th>有量化佐證</th><th>僅間接指標</th><th>僅文件佐證</th><th>缺佐證</th><th>涵蓋率</th></tr></thead>
<tbody><tr><td id="items">${s.items} 項</td><td id="quantified">${s.quantified} 項</td><td id="indirect">${s.indirect} 項</td><td id="documented">${s.documented} 項</td><td id="missing">${s.missing} 項</td><td id="coverage">${s.coverage_pct.toFixed(1)}%</td></tr></tbody>
</table>
<p class="meta">有量化佐證：至少一項直接佐證的指標當年有資料；僅間接指標：有資料的指標都只間接反映該工作重點（計畫註明「間接」）；僅文件佐證：指標無資料，但佐證資料登錄有紀錄；涵蓋率＝有任一種佐證的工作重點占全部工作重點的比率。</p>
</section>
${sections.join("\n")}
${others.length === 0 ? "" : `<section><h2>其他登錄（工作重點編號不在計畫中）</h2>${list(others)}</section>\n`}<section>
<h2>附錄</h2>
<ol>${appendixItems.join("\n")}</ol>
</section>
</body>
</html>
`;
}
