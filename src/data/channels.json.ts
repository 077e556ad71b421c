// Framework data loader for 服務管道: cases by 受理方式 per month with each channel's share, compliance
// and service time; digital authentication and 免附書證; the office's hand-kept counts from other
// systems (service_counts, with the units and in the order of office.json's list); and the satisfaction of
// the plan's target groups (新住民, 外籍人士, 65歲以上) against everyone else. Aggregates only.
import { publicRows } from "../../pipelines/site/publicRows.ts";
import { readMarts } from "../../pipelines/site/readMarts.ts";
import { pageLoader } from "../../pipelines/site/pageLoader.ts";

export default await pageLoader(import.meta.url, async ({ db, audience }) => {
  const marts = await readMarts(db, {
    channels: "SELECT * FROM case_channel_monthly ORDER BY office_code, month",
    digital: "SELECT * FROM case_digital_monthly ORDER BY office_code, month",
    // the methods the digital share counts, as the build had them (the cases contract's list)
    digitalMethods: "SELECT method FROM auth_methods WHERE digital",
    counts:
      "SELECT * EXCLUDE (position) FROM service_counts_monthly ORDER BY office_code, month, position NULLS LAST, indicator",
    groups: `SELECT * EXCLUDE (first_month) FROM satisfaction_target_groups WHERE period = 'trailing_12'
      ORDER BY office_code, month, dimension DESC, group_value`,
  });
  return {
    channels: publicRows(marts?.channels ?? [], audience, ["compliance_pct"]),
    digital: publicRows(marts?.digital ?? [], audience, ["digital_auth_pct"]),
    digitalMethods: (marts?.digitalMethods ?? []).map((m) => m.method),
    counts: marts?.counts ?? [],
    groups: publicRows(marts?.groups ?? [], audience, [
      "satisfied_pct",
      "ci_low",
      "ci_high",
      "difference_pct_points",
      "p_value",
    ]),
  };
});
