// Framework data loader for 電話禮貌: tests, mean and pass rate per unit, and points lost per rubric
// item, for the month alone and the trailing 6 and 12 months. Aggregates only; no staff names.
import { publicRows } from "../../pipelines/site/publicRows.ts";
import { readMarts } from "../../pipelines/site/readMarts.ts";
import { pageLoader } from "../../pipelines/site/pageLoader.ts";

export default await pageLoader(import.meta.url, async ({ db, audience }) => {
  const marts = await readMarts(db, {
    monthly: "SELECT * FROM courtesy_monthly ORDER BY office_code, month, window_months, unit",
    items: "SELECT * FROM courtesy_items ORDER BY office_code, month, window_months, unit, position",
  });
  return {
    monthly: publicRows(marts?.monthly ?? [], audience, [
      "mean_total",
      "mean_meets_target",
      "pass_pct",
      "pass_pct_meets_target",
    ]),
    items: publicRows(marts?.items ?? [], audience, ["lost_pct", "mean_points"]),
  };
});
