// Framework data loader for 案件時效: compliance and service and waiting times per month and 申辦項目,
// the weekday × hour waits, both control charts, and — internal build only — the load per counter
// (a counter is usually one clerk) and the overdue cases. Aggregates only, never case rows; the
// public build shows a 申辦項目 not in the SOP list as 其他. The p-charts have only items with a deadline.
import { publicCaseTypes } from "../../pipelines/site/publicCaseTypes.ts";
import { publicRows } from "../../pipelines/site/publicRows.ts";
import { readMarts } from "../../pipelines/site/readMarts.ts";
import { pageLoader } from "../../pipelines/site/pageLoader.ts";

export default await pageLoader(import.meta.url, async ({ db, audience, office }) => {
  const internal = audience === "internal";
  const marts = await readMarts(db, {
    asOf: "SELECT strftime(as_of, '%Y-%m-%d') AS as_of FROM build_params",
    judgedOn: "SELECT office_code, strftime(as_of, '%Y-%m-%d') AS as_of FROM case_judged_days",
    monthly: "SELECT * FROM case_monthly ORDER BY office_code, month, case_type",
    heatmap: "SELECT * FROM case_wait_heatmap ORDER BY office_code, month, weekday, hour",
    waitChart:
      "SELECT * EXCLUDE (date), strftime(date, '%Y-%m-%d') AS date FROM spc_wait_daily ORDER BY office_code, date",
    complianceChart: "SELECT * FROM spc_compliance_monthly ORDER BY office_code, case_type, month",
    counters: "SELECT * FROM case_counter_load ORDER BY office_code, month, counter",
    overdue: `SELECT * EXCLUDE (oldest_received_date, oldest_due_date, as_of), strftime(oldest_received_date, '%Y-%m-%d') AS oldest_received_date,
      strftime(oldest_due_date, '%Y-%m-%d') AS oldest_due_date FROM case_overdue ORDER BY office_code, case_type`,
    events:
      "SELECT office_code, strftime(start_date, '%Y-%m-%d') AS start_date, strftime(end_date, '%Y-%m-%d') AS end_date, kpi, note FROM annotation_events",
  });
  return {
    asOf: marts?.asOf[0]?.as_of ?? null,
    // Pages say "not published" rather than "none" for the lists a public build leaves empty.
    audience,
    monthly: publicCaseTypes(
      publicRows(marts?.monthly ?? [], audience, [
        "compliance_pct",
        "meets_target",
        "p50_service_minutes",
        "p90_service_minutes",
        "p50_wait_minutes",
        "p90_wait_minutes",
        "wait_meets_target",
      ]),
      audience,
      office.sop,
      {
        column: "case_type",
        counts: ["transactions", "quantity", "completed", "assessed", "on_time", "pending", "tickets"],
      },
    ),
    heatmap: publicRows(marts?.heatmap ?? [], audience, ["p50_wait_minutes", "p90_wait_minutes"]),
    waitChart: marts?.waitChart ?? [],
    // A month of few cases loses its rate, and the rule flags that would tell which side of the line it fell.
    complianceChart: publicRows(marts?.complianceChart ?? [], audience, [
      "compliance_pct",
      "rule1",
      "rule2",
      "rule3",
      "rule4",
      "signal",
    ]),
    counters: internal ? (marts?.counters ?? []) : [],
    overdue: internal ? (marts?.overdue ?? []) : [],
    // the day each office's pending cases were judged on: the as-of date, or the export's last day
    judgedOn: marts?.judgedOn ?? [],
    events: internal ? (marts?.events ?? []) : [],
  };
});
