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
 * How marts use it: models call it as the SQL function `mask_personal_data` (registered by
 * `sqd build`, see maskPersonalDataFunction), so a mart that carries text (逾期原因, 備註) stores it
 * masked, and never selects the personal columns (陳情人, 聯絡電話, staff ids). The public build
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
