// Framework data loader for 陳情與意見: received, on-time replies and reply times per month, channel
// and category; the late and overdue list for the internal build only (a case list, even masked,
// is not published).
import { publicRows } from "../../pipelines/site/publicRows.ts";
import { readMarts } from "../../pipelines/site/readMarts.ts";
import { pageLoader } from "../../pipelines/site/pageLoader.ts";

export default await pageLoader(import.meta.url, async ({ db, audience }) => {
  const marts = await readMarts(db, {
    asOf: "SELECT strftime(as_of, '%Y-%m-%d') AS as_of FROM build_params",
    monthly: "SELECT * FROM complaint_monthly ORDER BY office_code, month, channel, category",
    late: `SELECT office_code, month, case_no, lateness, channel, category, unit, strftime(received_date, '%Y-%m-%d') AS received_date, deadline_days,
      extension_days, strftime(due_date, '%Y-%m-%d') AS due_date, strftime(replied_date, '%Y-%m-%d') AS replied_date, days_late, delay_reason, status
      FROM complaint_late ORDER BY office_code, received_date`,
  });
  return {
    asOf: marts?.asOf[0]?.as_of ?? null,
    // Pages say "not published" rather than "none" for the lists a public build leaves empty.
    audience,
    monthly: publicRows(marts?.monthly ?? [], audience, [
      "on_time_pct",
      "meets_target",
      "median_working_days_to_reply",
      "max_working_days_to_reply",
      "reply_satisfaction",
    ]),
    late: audience === "public" ? [] : (marts?.late ?? []),
  };
});
