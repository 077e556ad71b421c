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
 * masked, and never selects the personal columns (陳情人, 聯絡電話, staff ids). Every mart row read
 * for a page or an export passes through it again, every column (maskEveryText in readMarts), and
 * each public output is scanned with `findPersonalData` before it is published (checkPublicOutput).
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
