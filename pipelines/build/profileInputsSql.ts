import type { OfficeProfile } from "../../data-loaders/contracts/officeProfile.ts";
import { sqlName, sqlString } from "../../lib/sqlText.ts";
import { awardIndicators } from "../../data-loaders/contracts/awardIndicators.ts";

type Literal = string | number | null;
const literal = (v: Literal) => (v === null ? "NULL" : typeof v === "number" ? String(v) : sqlString(v));

/** A table of literal rows (recreated on every build). */
function tableSql(name: string, columns: [string, string][], rows: Literal[][]): string {
  const create = `CREATE OR REPLACE TABLE ${name} (${columns.map(([n, t]) => `${n} ${t}`).join(", ")});`;
  return rows.length === 0 ? create : `${create}\nINSERT INTO ${name} VALUES ${rows.map((r) => `(${r.map(literal).join(", ")})`).join(", ")};`;
}

/** Long form of a wide source: one row per record × configured item, the item's value in `score`. */
function longViewSql(name: string, from: string, keep: string, items: readonly { alias: string }[], extra: (i: number) => string): string {
  const branches = items.map((item, i) => `SELECT ${keep}, ${i + 1} AS position, ${sqlString(item.alias)} AS item, ${extra(i)}, CAST(${sqlName(item.alias)} AS DOUBLE) AS score FROM ${from}`);
  return `CREATE OR REPLACE VIEW ${name} AS\n${branches.join("\nUNION ALL ")};`;
}

/**
 * The office profile as tables models read, so no model names a target, item or channel:
 * `office_targets` and `recommendation_thresholds` (one row each), `survey_items`, `courtesy_rubric`, `complaint_channels`,
 * `award_indicators` (the award evidence's indicators with this office's targets), and the long
 * views `survey_scores` (one row per questionnaire × survey item, with its overall score) and
 * `courtesy_scores` (one row per test × rubric item, with the item's maximum).
 */
export function profileInputsSql(profile: OfficeProfile): string {
  const t = profile.targets;
  const { courtesy } = profile;
  return [
    tableSql(
      "office_targets",
      [
        ["office_code", "VARCHAR"], ["office_name", "VARCHAR"], ["satisfied_pct", "DOUBLE"], ["courtesy_mean", "DOUBLE"], ["courtesy_pass_pct", "DOUBLE"],
        ["courtesy_pass_score", "DOUBLE"], ["courtesy_max_score", "DOUBLE"], ["complaint_on_time_pct", "DOUBLE"], ["case_compliance_pct", "DOUBLE"],
        ["median_wait_minutes", "DOUBLE"], ["min_n", "INTEGER"],
      ],
      [[
        profile.office.code, profile.office.name, t.satisfied_pct, t.courtesy_mean, t.courtesy_pass_pct,
        courtesy.pass_score, courtesy.rubric.reduce((s, r) => s + r.max, 0), t.complaint_on_time_pct, t.case_compliance_pct,
        t.median_wait_minutes, t.min_n,
      ]],
    ),
    tableSql(
      "recommendation_thresholds",
      // One type for every threshold, whatever an office writes (2 or 2.5).
      Object.keys(profile.recommendations).map((name) => [name, "DOUBLE"] as [string, string]),
      [Object.values(profile.recommendations)],
    ),
    tableSql("survey_items", [["position", "INTEGER"], ["item", "VARCHAR"], ["header", "VARCHAR"]], profile.survey_items.map((s, i) => [i + 1, s.alias, s.header])),
    tableSql("courtesy_rubric", [["position", "INTEGER"], ["item", "VARCHAR"], ["header", "VARCHAR"], ["max_points", "DOUBLE"]], courtesy.rubric.map((r, i) => [i + 1, r.alias, r.header, r.max])),
    tableSql(
      "award_indicators",
      [["position", "INTEGER"], ["indicator", "VARCHAR"], ["label", "VARCHAR"], ["unit", "VARCHAR"], ["direction", "VARCHAR"], ["target", "DOUBLE"], ["definition", "VARCHAR"]],
      awardIndicators.map((a, i) => [i + 1, a.id, a.label, a.unit, a.direction, a.target(profile), a.definition]),
    ),
    tableSql("complaint_channels", [["position", "INTEGER"], ["channel", "VARCHAR"], ["deadline_days", "INTEGER"]], profile.complaint_channels.map((c, i) => [i + 1, c.name, c.deadline_days])),
    longViewSql(
      "survey_scores",
      "src_surveys",
      "office_code, response_id, date, service_type, counter, respondent_type, age_group, CAST(overall AS DOUBLE) AS overall",
      profile.survey_items,
      (i) => `${sqlString(profile.survey_items[i]!.header)} AS header`,
    ),
    longViewSql(
      "courtesy_scores",
      "src_courtesy",
      "office_code, test_id, date, unit, total",
      courtesy.rubric,
      (i) => `${sqlString(courtesy.rubric[i]!.header)} AS header, CAST(${courtesy.rubric[i]!.max} AS DOUBLE) AS max_points`,
    ),
  ].join("\n");
}
