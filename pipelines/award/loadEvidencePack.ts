import { InputError } from "../../lib/InputError.ts";
import { sqlString } from "../../lib/sqlText.ts";
import { readMarts } from "../site/readMarts.ts";

/** award_coverage_years for the pack's year. */
export interface CoverageSummary {
  plan_year: number;
  items: number;
  quantified: number;
  indirect: number;
  documented: number;
  missing: number;
  coverage_pct: number;
  quantified_pct: number;
}

/** A 工作重點 of the year's plan with its coverage (award_coverage). */
export interface CoverageItem {
  position: number;
  code: string;
  heading_code: string;
  heading: string;
  point: string;
  title: string;
  unit: string | null;
  indicators: string[];
  /** Those of `indicators` the plan marks （間接）. */
  indirect: string[];
  /** Direct indicators with data; indirect ones apart. */
  indicators_measured: number;
  indirect_measured: number;
  evidence_entries: number;
  status: "quantified" | "indirect" | "documented" | "missing";
  status_label: string;
}

/** An indicator's year (award_indicator_years). */
export interface IndicatorYear {
  position: number;
  indicator: string;
  label: string;
  unit: string;
  direction: "higher" | "lower";
  value: number | null;
  n: number;
  months: number;
  target: number | null;
  measured: boolean;
  in_progress: boolean;
  status_label: string;
  /** The year before: value, x and n; this year's change from it (none for an unfinished year's count); the test's p (rates). */
  prev_value: number | null;
  prev_x: number | null;
  prev_n: number | null;
  change: number | null;
  p_value: number | null;
}

/** An indicator's month (award_indicator_months). */
export interface IndicatorMonth {
  indicator: string;
  month: string;
  x: number | null;
  n: number;
  value: number | null;
}

/** An entry of the evidence register of the year (award_evidence), with the register file it came from. */
export interface EvidenceEntry {
  code: string;
  in_plan: boolean;
  /** YYYY-MM-DD */
  date: string;
  /** The description through privacy masking; the raw one is never read. */
  description_public: string;
  /** As typed, to find the file by; masked where the pack shows it (resolveEvidenceLinks). */
  link: string | null;
  link_kind: "url" | "file" | null;
  /** 業務單位 as typed in the register, through privacy masking (it is free text too). */
  unit: string | null;
  /** load_log.path of the register file: absolute (older loads: as ingest was given it); null where the load is not logged. */
  register: string | null;
}

/** What the evidence pack of one office and year is made of, straight from the award marts. */
export interface EvidencePack {
  year: number;
  /** The build's as-of date, YYYY-MM-DD. */
  asOf: string;
  summary: CoverageSummary;
  items: CoverageItem[];
  indicators: IndicatorYear[];
  months: IndicatorMonth[];
  entries: EvidenceEntry[];
}

/**
 * Reads the award marts of a built warehouse (READ_ONLY) for one office and year. A warehouse that
 * is missing or not built, or a year the marts do not have, is an InputError naming what to do or
 * the years there are.
 */
export async function loadEvidencePack(db: string, officeCode: string, year: number): Promise<EvidencePack> {
  const office = sqlString(officeCode);
  const of = `office_code = ${office} AND year = ${year}`;
  let marts;
  try {
    marts = await readMarts(
      db,
      {
        years: `SELECT year FROM award_coverage_years WHERE office_code = ${office} ORDER BY year`,
        asOf: "SELECT strftime(as_of, '%Y-%m-%d') AS as_of FROM build_params",
        summary: `SELECT plan_year, items, quantified, indirect, documented, missing, coverage_pct, quantified_pct FROM award_coverage_years WHERE ${of}`,
        items: `SELECT position, code, heading_code, heading, point, title, unit, indicators, indirect, indicators_measured, indirect_measured, evidence_entries, status, status_label
        FROM award_coverage WHERE ${of} ORDER BY position`,
        indicators: `SELECT position, indicator, label, unit, direction, value, n, months, target, measured, in_progress, status_label,
          prev_value, prev_x, prev_n, change, p_value
        FROM award_indicator_years WHERE ${of} ORDER BY position`,
        months: `SELECT indicator, month, x, n, value FROM award_indicator_months WHERE ${of} ORDER BY position, month`,
        // The register in plan order, as the pack lists it: items by position, then entries by date.
        entries: `SELECT e.code, e.in_plan, strftime(e.date, '%Y-%m-%d') AS date, e.description_public, e.link, e.link_kind, e.unit, l.path AS register
        FROM award_evidence e
        LEFT JOIN load_log l ON l.load_id = e.load_id
        LEFT JOIN award_coverage c ON e.in_plan AND c.office_code = e.office_code AND c.year = e.year AND c.code = e.code
        WHERE e.office_code = ${office} AND e.year = ${year}
        ORDER BY c.position NULLS LAST, e.code, e.date, e.load_id, e.source_row`,
      },
      // Read to find the files; resolveEvidenceLinks masks the link it shows.
      { unmasked: ["link", "register"] },
    );
  } catch (e) {
    if (String((e as Error).message).startsWith("資料倉儲")) throw new InputError((e as Error).message);
    throw e;
  }
  if (!marts) throw new InputError(`找不到資料倉儲 ${db}：請先執行 sqd ingest 與 sqd build。`);
  const years = marts.years.map((r) => Number(r.year));
  if (years.length === 0)
    throw new InputError(
      `資料倉儲 ${db} 沒有本所（${officeCode}）政府服務獎佐證的統計結果：請先執行 sqd ingest 與 sqd build。`,
    );
  if (!years.includes(year))
    throw new InputError(`資料倉儲沒有 ${year} 年的政府服務獎佐證資料；可用年度為 ${years.join("、")}。`);
  return {
    year,
    asOf: String(marts.asOf[0]?.as_of ?? ""),
    summary: marts.summary[0] as unknown as CoverageSummary,
    items: marts.items as unknown as CoverageItem[],
    indicators: marts.indicators as unknown as IndicatorYear[],
    months: marts.months as unknown as IndicatorMonth[],
    entries: marts.entries as unknown as EvidenceEntry[],
  };
}
