// Framework data loader for 滿意度: monthly satisfaction per question, breakdowns by group, the
// importance–performance analysis, and the events to mark on the charts. Aggregates only.
import { publicCaseTypes } from "../../pipelines/site/publicCaseTypes.ts";
import { publicRows } from "../../pipelines/site/publicRows.ts";
import { readMarts } from "../../pipelines/site/readMarts.ts";
import { pageLoader } from "../../pipelines/site/pageLoader.ts";

export default await pageLoader(import.meta.url, async ({ db, audience, office }) => {
  const marts = await readMarts(db, {
    monthly: "SELECT * FROM satisfaction_monthly ORDER BY office_code, month, position",
    groups: "SELECT * FROM satisfaction_groups ORDER BY office_code, period, month, dimension, group_value",
    ipa: "SELECT * FROM satisfaction_ipa ORDER BY office_code, month, position",
    events:
      "SELECT office_code, strftime(start_date, '%Y-%m-%d') AS start_date, strftime(end_date, '%Y-%m-%d') AS end_date, kpi, note FROM annotation_events",
  });
  const percentages = ["satisfied_pct", "ci_low", "ci_high", "meets_target"];
  return {
    monthly: publicRows(marts?.monthly ?? [], audience, percentages),
    // A 申辦項目 the respondent wrote that is not in the SOP list: 其他 in the public build.
    groups: publicCaseTypes(publicRows(marts?.groups ?? [], audience, percentages), audience, office.sop, {
      column: "group_value",
      applies: (r) => r.dimension === "service_type",
      counts: ["n", "satisfied"],
    }),
    ipa: marts?.ipa ?? [],
    // Event notes are the office's free text: internal only.
    events: audience === "public" ? [] : (marts?.events ?? []),
  };
});
