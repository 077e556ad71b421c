import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import JSZip from "jszip";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels } from "../../pipelines/build/buildModels.ts";
import { exportOpenData } from "../../pipelines/openData/exportOpenData.ts";
import { buildDeck } from "../../pipelines/report/buildDeck.ts";
import { reportData } from "../../pipelines/report/reportData.ts";
import { reportSections } from "../../pipelines/report/reportSections.ts";
import { readMarts } from "../../pipelines/site/readMarts.ts";
import { generateSample } from "../../sample/generateSample.ts";
import { KpiCard } from "../../src/components/KpiCard.ts";
import type { KpiRow } from "../../src/components/KpiRow.ts";
import { kpiSentence } from "../../src/components/kpiSummary.ts";
import { reportSummary } from "../../src/components/reportSummary.ts";
import { withUnit } from "../../src/components/unitText.ts";
import { TestWarehouse } from "../support/TestWarehouse.ts";

// Issue 20's rule, "one number wherever it is read", over every month of the default sample: each
// headline KPI as the overview card writes it must read the same in the summary sentence, the award's
// monthly appendix (award_indicator_months), the open-data export and, for the median wait, the
// waiting-time recommendation's sentence; the deck's KPI slide must read as the report page's JSON.
// The report is as of its month's last day (docs/metrics.md, 資料基準日): its value must be the card's
// unless cases or replies of the month settled after that day changed the figure (its n differs), in
// which case the report keeps the month-end figure and says its as-of date.
type Row = Record<string, unknown>;
const asOf = "2026-01-15";
const dir = mkdtempSync(join(tmpdir(), "sqd-one-number-"));
let w: TestWarehouse;
let kpis: Row[];
let award: Row[];
let recommendations: Row[];
let openData: Row[];

beforeAll(async () => {
  w = await TestWarehouse.open();
  await generateSample(w.office, { out: join(dir, "inbox") });
  await w.ingest([join(dir, "inbox")]);
  await buildModels(w.connection, w.office, { asOf });
  // closed, not removed: the surfaces read the file as the site build does
  w.warehouse.close();
  const marts = await readMarts(w.path, {
    // the overview's own query (src/data/overview.json.ts)
    kpis: `SELECT * EXCLUDE (sparkline, change_vs_prev_p_value, change_vs_prev_direction), to_json(sparkline) AS sparkline,
        change_vs_prev_p_value AS p_value FROM kpi_monthly ORDER BY month, position`,
    award: "SELECT month, indicator, value FROM award_indicator_months",
    recommendations: "SELECT month, rule, message FROM recommendations",
  });
  kpis = marts!.kpis.map((k) => ({ ...k, sparkline: JSON.parse(String(k.sparkline)) }));
  award = marts!.award;
  recommendations = marts!.recommendations;
  await exportOpenData({ db: w.path, office: w.office, out: join(dir, "open") });
  const csv = readFileSync(join(dir, "open", "kpi_monthly.csv"), "utf8").replace(/^\uFEFF/, "");
  openData = Papa.parse<Row>(csv, { header: true, skipEmptyLines: true }).data;
}, 600_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(w.dir, { recursive: true, force: true });
});

/** The card's value as the overview draws it, in a DOM of its own. */
function cardValue(kpi: Row): string | null {
  globalThis.document = new JSDOM().window.document;
  // without its sparkline, which Plot draws in a document of its own
  const card = KpiCard({ ...kpi, sparkline: [] } as unknown as KpiRow);
  return card.querySelector(".kpi-value")?.textContent ?? null;
}

/** Every text run of the deck's KPI slide. */
async function deckTexts(deck: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(deck);
  const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  for (const slide of slides) {
    const xml = await zip.file(slide)!.async("string");
    const texts = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!);
    if (texts.includes("樣本數") && texts.includes("較上月")) return texts;
  }
  throw new Error("the deck has no KPI slide");
}

describe("one number wherever it is read", () => {
  it("covers the sample's 24 months and five KPIs", () => {
    expect(new Set(kpis.map((k) => k.month)).size).toBe(24);
    expect(new Set(kpis.map((k) => k.kpi))).toEqual(
      new Set(["satisfaction", "courtesy_mean", "complaint_on_time", "case_compliance", "median_wait"]),
    );
  });

  it("gives every KPI of every month the card's text on the sentence, report, deck, award and open data", async () => {
    const differences: string[] = [];
    const settledLater: { month: string; kpi: string; reportN: number; cardN: number }[] = [];
    const differ = (where: string, k: Row, shown: string, card: string) => {
      if (shown !== card) differences.push(`${k.month} ${k.kpi} ${where}: ${shown} ≠ card ${card}`);
    };
    for (const month of [...new Set(kpis.map((k) => String(k.month)))]) {
      const data = await reportData(w.path, month, w.office, "internal");
      const page = { ...data!, sections: reportSections, summary: reportSummary(data!) };
      const slide = await deckTexts(await buildDeck(page));
      for (const k of kpis.filter((k) => k.month === month && k.value !== null && k.status !== "too_small")) {
        const card = cardValue(k);
        if (card === null) {
          differences.push(`${month} ${k.kpi}: no value on the card`);
          continue;
        }
        const text = (value: unknown) =>
          withUnit(value === null || value === "" ? null : Number(value), String(k.unit));
        if (!kpiSentence(k as never).includes(`${k.label} ${card}`)) differences.push(`${month} ${k.kpi} sentence`);
        const reported = page.kpis.find((r) => r.kpi === k.kpi);
        if (text(reported?.value) !== card && reported?.n !== k.n)
          settledLater.push({ month, kpi: String(k.kpi), reportN: Number(reported?.n), cardN: Number(k.n) });
        else differ("report", k, text(reported?.value), card);
        const onSlide = text(reported?.value);
        if (!slide.includes(onSlide)) differences.push(`${month} ${k.kpi} deck: ${onSlide} not on the KPI slide`);
        differ("award", k, text(award.find((a) => a.month === month && a.indicator === k.kpi)?.value), card);
        differ(
          "open data",
          k,
          text(openData.find((o) => o["年月"] === month && o["指標"] === k.label)?.["數值"]),
          card,
        );
        const waiting = recommendations.find((r) => r.month === month && r.rule === "waiting_time");
        if (k.kpi === "median_wait" && waiting && !String(waiting.message).includes(`中位數 ${card}`))
          differences.push(`${month} waiting_time recommendation: ${waiting.message}`);
      }
    }
    expect(differences).toEqual([]);
    // the sample's working-day cases received late in a month and completed in the next (2025-04:
    // 5,160 judged now, 5,150 at the month's end; both 92.9 %): only case compliance may read otherwise
    // in the month-end report, and only on fewer cases judged by then
    expect(settledLater.filter((s) => s.kpi !== "case_compliance" || !(s.reportN < s.cardN))).toEqual([]);
  }, 600_000);
});
