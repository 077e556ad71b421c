/**
 * What kind of personal data a span holds. `unverifiedIdNumber` has an ID's shape (letter + 9
 * digits) but fails the checksum: most likely a mistyped ID, which is still personal data.
 */
export type PersonalDataKind = "idNumber" | "unverifiedIdNumber" | "mobile" | "landline" | "email" | "name";

/** One piece of personal data found in a text: where it is (UTF-16 indices), what, and its mask. */
export interface PersonalDataSpan {
  readonly kind: PersonalDataKind;
  readonly start: number;
  readonly end: number;
  /** The text as written (full-width stays full-width). */
  readonly text: string;
  /** What replaces `text` in masked output. */
  readonly masked: string;
}
