import { isTaiwanIdNumber } from "../../lib/idNumber.ts";
import type { PersonalDataSpan } from "./PersonalDataSpan.ts";

// Letter + nine digits, or (old resident certificates) two letters, the second A–D, + eight digits.
// No boundary on the left: "ID" or a stray letter in front must not hide the number; a digit on the
// right means a longer code, not an ID.
const idShaped = /[A-Za-z](?:[A-Da-d]\d{8}|\d{9})(?!\d)/g;

/**
 * National ID and resident-certificate numbers, masked `A12345****` (the 國發會 rule: the last four
 * characters). Letter + 9 digits is masked even when the checksum fails — a mistyped ID still
 * points at a person, and office data has no other code of that shape. The two-letter shape must
 * pass the checksum, because 統一發票 numbers (two letters + eight digits) look the same.
 */
export function findIdNumbers(text: string, halfWidth: string): PersonalDataSpan[] {
  const spans: PersonalDataSpan[] = [];
  for (const match of halfWidth.matchAll(idShaped)) {
    const start = match.index;
    const end = start + match[0].length;
    const valid = isTaiwanIdNumber(match[0].toUpperCase());
    if (!valid && /^[A-Za-z]{2}/.test(match[0])) continue;
    const written = text.slice(start, end);
    spans.push({ kind: valid ? "idNumber" : "unverifiedIdNumber", start, end, text: written, masked: `${written.slice(0, 6)}****` });
  }
  return spans;
}
