// Observable Framework configuration. Built offline: no `npm:` imports, no external stylesheets or
// fonts, no search. `buildSite` passes the configuration folder and output folder through the
// environment (see pipelines/site/siteInputs.ts).
import { join } from "node:path";
import { escapeHtml } from "./lib/escapeHtml.ts";
import { loadOffice } from "./data-loaders/profile/loadOffice.ts";
import { reportMonths } from "./pipelines/report/reportData.ts";
import { inputsStylesheet } from "./pipelines/site/inputsStylesheet.ts";
import { martOffices } from "./pipelines/site/officeList.ts";
import { seedNpmVersionCache } from "./pipelines/site/seedNpmVersionCache.ts";
import { projectRoot, siteInputs } from "./pipelines/site/siteInputs.ts";

// Also when Framework is run directly (`npx observable build` / `preview`), not through `sqd site`:
// no usage reports to observablehq.com, and no npm registry look-ups after a cleared cache.
process.env.OBSERVABLE_TELEMETRY_DISABLE ??= "1";
seedNpmVersionCache(join(projectRoot, "src", ".observablehq", "cache"));

const { configDir, out, db } = siteInputs();
const { profile } = loadOffice(configDir);
const officeName = profile.office.name;

// Before a link to a page of the site is followed (click, middle click, keyboard), the month in the
// address is added to it, unless the link names a month of its own.
const carryMonthScript = `for (const type of ["click", "auxclick"]) addEventListener(type, (event) => {
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  const month = new URLSearchParams(location.search).get("month");
  if (!link || !month) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || url.searchParams.has("month") || !/(\\.html|\\/)$/.test(url.pathname)) return;
  url.searchParams.set("month", month);
  link.href = url.href;
}, true);`;

export default {
  title: `${officeName} 服務品質儀表板`,
  root: "src",
  output: out,
  pages: [
    { name: "總覽", path: "/index" },
    { name: "滿意度", path: "/satisfaction" },
    { name: "電話禮貌", path: "/courtesy" },
    { name: "陳情與意見", path: "/complaints" },
    { name: "案件時效", path: "/cases" },
    { name: "服務管道", path: "/channels" },
    { name: "改善建議", path: "/recommendations" },
    { name: "政府服務獎佐證", path: "/award" },
    { name: "資料治理", path: "/governance" },
    { name: "人口統計", path: "/population" },
    { name: "開放資料", path: "/open-data" },
    { name: "所務會議月報", path: "/reports/" },
    // Only a warehouse of several offices (a city view) has anything to compare; the page itself
    // still builds, and says how to add offices.
    ...((await martOffices(db)).length > 1 ? [{ name: "各所比較", path: "/city" }] : []),
  ],
  // Framework's own labels, in the site's language (its pager's are in style.css).
  toc: { label: "本頁內容" },
  // One staff-meeting report per month with figures in the warehouse (src/reports/[month].md).
  async *dynamicPaths() {
    for (const month of await reportMonths(db, profile.office.code)) yield `/reports/${month}`;
  },
  // Framework's default look, the system's Traditional Chinese fonts, the KPI grid and A4 print.
  style: "style.css",
  // An empty icon: without one, browsers ask the server for /favicon.ico and log a 404.
  // The date style is read by every month and date label (src/components/officeDateStyle.ts).
  // Framework's sidebar script titles its toggle in English once the page has loaded: retitled after it.
  // The chosen month (`?month=`, src/components/urlChoice.ts) goes with every link to another page
  // of the site, the sidebar's included, added as the link is followed.
  head: `<link rel="icon" href="data:,"><meta name="sqd-date-style" content="${profile.date_style}"><style>${inputsStylesheet()}</style><script type="module">addEventListener("load", () => { for (const toggle of document.querySelectorAll("#observablehq-sidebar-toggle, label[for='observablehq-sidebar-toggle']")) toggle.title = "顯示或隱藏側邊欄（Alt-B）"; });</script><script>${carryMonthScript}</script>`,
  footer: `<p>${escapeHtml(officeName)}　服務品質儀表板。本站為靜態網頁，不連線任何外部網站；數字依本所匯出資料自動計算。</p>`,
  globalStylesheets: [],
  search: false,
  // Plain static hosts and opening files from disk need `/index.html`, `/page.html` links.
  preserveExtension: true,
  preserveIndex: true,
};
