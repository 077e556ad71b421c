// Framework data loader for 人口統計: the office's official population statistics per 里 and month
// with the 全區 total. They are public as the office publishes them, so both builds get the same.
import { readMarts } from "../../pipelines/site/readMarts.ts";
import { pageLoader } from "../../pipelines/site/pageLoader.ts";

export default await pageLoader(import.meta.url, async ({ db, audience }) => {
  const marts = await readMarts(db, {
    monthly: `SELECT office_code, month, village, place, is_total, file_order, villages, neighborhoods, households, male, female, population,
        births, deaths, marriages, divorces, moves_in, moves_out, natural_increase, net_migration, population_change
      FROM population_monthly ORDER BY office_code, month, is_total DESC, file_order, village`,
  });

  return { audience, monthly: marts?.monthly ?? [] };
});
