import { readMarts } from "../site/readMarts.ts";

/** The months the office has figures for (kpi_monthly), oldest first: one report page each. None without a built warehouse. */
export async function reportMonths(db: string, officeCode: string): Promise<string[]> {
  const marts = await readMarts(db, { months: `SELECT DISTINCT month FROM kpi_monthly WHERE office_code = '${officeCode.replace(/'/g, "''")}' ORDER BY month` });
  return (marts?.months ?? []).map((r) => String(r.month));
}
