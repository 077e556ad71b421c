import { csvText } from "../openData/csvText.ts";
import type { AwardIndicator } from "../../data-loaders/contracts/awardIndicators.ts";
import type { CoverageItem, CoverageSummary } from "./loadEvidencePack.ts";

/** The coverage line of the pack and the command: `工作重點 46 項：有量化佐證 9、僅間接指標 3、…；涵蓋率 30.4%`. */
export function coverageLine(s: CoverageSummary): string {
  return `工作重點 ${s.items} 項：有量化佐證 ${s.quantified}、僅間接指標 ${s.indirect}、僅文件佐證 ${s.documented}、缺佐證 ${s.missing}；涵蓋率 ${s.coverage_pct.toFixed(1)}%`;
}

/**
 * 涵蓋情形.csv: a row per 工作重點 of the plan (award_coverage) — its indicators written as the plan
 * writes them (（間接） after an indirect one), how many direct and how many indirect ones had data,
 * how many register entries — and a last row 合計 with the year's counts (award_coverage_years).
 */
export function coverageCsv(
  items: readonly CoverageItem[],
  summary: CoverageSummary,
  indicators: readonly Pick<AwardIndicator, "id" | "label">[],
): string {
  const labels = new Map(indicators.map((i) => [i.id, i.label]));
  return csvText(
    [
      "編號",
      "工作重點",
      "業務單位",
      "佐證情形",
      "佐證指標",
      "有資料的直接指標數",
      "有資料的間接指標數",
      "佐證登錄筆數",
    ],
    [
      ...items.map((it) => [
        it.code,
        it.title,
        it.unit,
        it.status_label,
        it.indicators.map((id) => `${labels.get(id) ?? id}${it.indirect.includes(id) ? "（間接）" : ""}`).join("、"),
        it.indicators_measured,
        it.indirect_measured,
        it.evidence_entries,
      ]),
      ["合計", coverageLine(summary), null, null, null, null, null, null],
    ],
  );
}
