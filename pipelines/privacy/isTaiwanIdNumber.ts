import { idLetterCode, idNumberChecksum } from "./idNumberChecksum.ts";

/**
 * True for a checksum-valid number in one of the three shapes Taiwan issues to people:
 * - 國民身分證統一編號: letter + 1/2 (sex) + 8 digits, e.g. A123456789;
 * - 新式統一證號 (resident certificates since 2021-01-02): letter + 8/9 + 8 digits, same checksum;
 * - 舊式統一證號 (issued before 2021, still seen in records): two letters + 8 digits, the second
 *   letter A–D (A/B 無戶籍國民・大陸・港澳, C/D 外國人) counting as the last digit of its letter code.
 * Upper case only: callers normalise first.
 */
export function isTaiwanIdNumber(value: string): boolean {
  if (/^[A-Z][1289]\d{8}$/.test(value)) return idNumberChecksum(value[0]!, value.slice(1)) % 10 === 0;
  if (/^[A-Z][A-D]\d{8}$/.test(value)) {
    const sexDigit = String(idLetterCode(value[1]!) % 10);
    return idNumberChecksum(value[0]!, sexDigit + value.slice(2)) % 10 === 0;
  }
  return false;
}
