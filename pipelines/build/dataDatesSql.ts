import type { Contract } from "../../data-loaders/contracts/contract.ts";
import { sqlString } from "../../lib/sqlText.ts";

/**
 * View `src_data_dates(source, rows, latest_date)`: per source, its row count and the latest
 * value of the column its contract names as `dataDate` — the loads' spans (loadDatesSql) summed,
 * so each source's dating expression is written once; a source without rows gets 0 and NULL.
 */
export function dataDatesSql(sources: readonly Contract[]): string {
  const names = sources.map((c) => `(${sqlString(c.name)})`).join(", ");
  return `CREATE OR REPLACE VIEW src_data_dates AS
SELECT s.source, CAST(coalesce(sum(d.rows), 0) AS INTEGER) AS rows, max(d.last_date) AS latest_date
FROM (VALUES ${names}) AS s(source)
LEFT JOIN src_load_dates d ON d.source = s.source
GROUP BY s.source;`;
}
