import { findCuedNames } from "./findCuedNames.ts";
import { findEmailAddresses } from "./findEmailAddresses.ts";
import { findIdNumbers } from "./findIdNumbers.ts";
import { findPhoneNumbers } from "./findPhoneNumbers.ts";
import type { PersonalDataSpan } from "./PersonalDataSpan.ts";
import { toHalfWidth } from "./toHalfWidth.ts";

/**
 * Every piece of personal data in a text, in order and without overlaps (where two detectors claim
 * the same characters, the one starting first wins, then the longer). Masking and the scan of
 * published output both use this, so they can never disagree about what is personal.
 */
export function findPersonalData(text: string): PersonalDataSpan[] {
  const halfWidth = toHalfWidth(text);
  const found = [
    ...findIdNumbers(text, halfWidth),
    ...findPhoneNumbers(text, halfWidth),
    ...findEmailAddresses(text, halfWidth),
    ...findCuedNames(text),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: PersonalDataSpan[] = [];
  for (const span of found) if (span.start >= (spans.at(-1)?.end ?? 0)) spans.push(span);
  return spans;
}
