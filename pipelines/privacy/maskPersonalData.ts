import { findPersonalData } from "./findPersonalData.ts";

/**
 * Privacy masking for every text that leaves the warehouse (DESIGN.md: pipelines/privacy/).
 *
 * What is masked, and how (details and reasons in docs/privacy.md):
 * - ID and resident-certificate numbers: `A12345****` (last four characters);
 * - mobile and landline numbers: digits after 09xx / the area code starred, `0912-***-***`;
 * - e-mail addresses: `w***@example.com`;
 * - names next to a cue (陳情人、姓名、民眾、我是 … / 先生、小姐、女士、君): `王○明`.
 * Full-width forms (`Ａ１２３…`, `０９１２…`) are caught too and keep their width where shown.
 *
 * How marts use it: masking runs in TypeScript where text leaves DuckDB, not in SQL. Marts keep
 * only the free-text columns a page needs (案由摘要, 意見) and never the personal columns (陳情人,
 * 聯絡電話, staff ids where configured); the data loader or export that reads such a column passes
 * each value through `maskPersonalData` before writing JSON, CSV, XLSX or Parquet. The public build
 * carries no free text at all, and its scan test runs `findPersonalData` over every output file.
 */
export function maskPersonalData(text: string): string {
  let masked = "";
  let at = 0;
  for (const span of findPersonalData(text)) {
    masked += text.slice(at, span.start) + span.masked;
    at = span.end;
  }
  return masked + text.slice(at);
}
