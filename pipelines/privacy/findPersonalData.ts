import { isTaiwanIdNumber } from "../../lib/idNumber.ts";
import type { PersonalDataKind, PersonalDataSpan } from "./PersonalDataSpan.ts";
import { findCuedNames } from "./personNames.ts";

// Dashes people (and IMEs) put between phone digits: hyphen, non-breaking hyphen, figure dash,
// en/em dash, horizontal bar, minus sign, small and full-width hyphen-minus.
const dashes = /[\u2010-\u2015\u2212\uFE63]/g;

/**
 * Full-width ASCII (`Ａ１２３`, `０９１２－３４５`, `＠`) to half-width, ideographic and no-break
 * spaces to a plain space, dashes to `-`. Every replacement is one UTF-16 unit for one, so an index
 * into the result is the same index into the input: detectors match here and cut the original.
 */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\u00A0]/g, " ")
    .replace(dashes, "-");
}

// Letter + nine digits, or (old resident certificates) two letters, the second A–D, + eight digits;
// the digits may be grouped by single spaces (A123 456 789), or by dashes as 3-3-3 only — load ids
// (20250315T101010-001-…) are a letter + 6 and 3 digits. No boundary on the left: "ID" or a stray
// letter in front must not hide the number; a digit on the right means a longer code.
const idShaped = /[A-Za-z](?:[A-Da-d](?: ?\d){8}|\d(?: ?\d){8}|\d{3}-\d{3}-\d{3})(?!\d)/g;

/** `written` with its last `count` digits (found in `halfWidth`, the same span) starred, separators kept. */
function starLastDigits(written: string, halfWidth: string, count: number): string {
  const chars = [...written];
  for (let i = chars.length - 1, left = count; i >= 0 && left > 0; i--) {
    if (/\d/.test(halfWidth[i]!)) {
      chars[i] = "*";
      left--;
    }
  }
  return chars.join("");
}

/**
 * National ID and resident-certificate numbers, masked `A12345****` (the 國發會 rule: the last four
 * characters; grouped, `A123 45* ***`). Letter + 9 digits is masked even when the checksum fails —
 * a mistyped ID still points at a person, and office data has no other code of that shape. The two-letter shape must
 * pass the checksum, because 統一發票 numbers (two letters + eight digits) look the same.
 */
function findIdNumbers(text: string, halfWidth: string): PersonalDataSpan[] {
  const spans: PersonalDataSpan[] = [];
  for (const match of halfWidth.matchAll(idShaped)) {
    const start = match.index;
    const end = start + match[0].length;
    const valid = isTaiwanIdNumber(match[0].replace(/[ -]/g, "").toUpperCase());
    if (!valid && /^[A-Za-z]{2}/.test(match[0])) continue;
    const written = text.slice(start, end);
    spans.push({
      kind: valid ? "idNumber" : "unverifiedIdNumber",
      start,
      end,
      text: written,
      masked: starLastDigits(written, match[0], 4),
    });
  }
  return spans;
}

// Each pattern splits a number into what stays readable (`keep`) and what is starred (`rest`).
// Mobiles: 09xx + 6 digits in 4-3-3 or 4-6 groups (split by a space, dash, dot or slash), or +886 /
// 886 / (+886) and 9xx + 6 digits.
const mobile =
  /(?<!\d)(?<keep>(?:(?:\(\+?886\)|\+?886)[ -]?(?:\(0\))?9|09)\d{2})(?<rest>[ ./-]?\d{3}[ ./-]?\d{3})(?!\d)/g;
// Landlines: an area code 02–08x in parentheses, followed by a space or dash, after +886, or (bare
// digits) just 0 + one digit; then the local number in one or two groups. The total is checked below.
const landline =
  /(?<!\d)(?<keep>\(0[2-8]\d{0,2}\)|0[2-8]\d{0,2}(?=[ -])|(?:\(\+?886\)|\+?886)[ -]?\(?[2-8]\d{0,2}\)?(?=[ -]?\d)|0[2-8])(?<rest>[ -]?\d{3,4}[ -]?\d{4}|[ -]?\d{5,8})(?!\d)/g;

/** Taiwanese numbers are 0 + 8 or 9 digits (02 + 8, 07 + 7, 037 + 6, 0836 + 5 …); 080x is toll-free. */
function isPersonalLandline(digits: string): boolean {
  const national = digits.replace(/^886/, "0");
  return (national.length === 9 || national.length === 10) && !national.startsWith("080");
}

/**
 * Mobile and landline numbers, masked by starring every digit after the prefix — 09xx (+886 9xx)
 * for mobiles, the area code as written for landlines (`0` + one digit when written without a
 * separator) — and keeping separators and parentheses: `0912-***-***`, `(07)***-****`.
 */
function findPhoneNumbers(text: string, halfWidth: string): PersonalDataSpan[] {
  const spans: PersonalDataSpan[] = [];
  const collect = (pattern: RegExp, kind: PersonalDataKind) => {
    for (const match of halfWidth.matchAll(pattern)) {
      const { keep, rest } = match.groups as { keep: string; rest: string };
      if (kind === "landline" && !isPersonalLandline((keep + rest).replace(/\D/g, ""))) continue;
      const start = match.index;
      const restStart = start + keep.length;
      const end = restStart + rest.length;
      let starred = "";
      for (let i = restStart; i < end; i++) starred += /\d/.test(halfWidth[i]!) ? "*" : text[i];
      spans.push({ kind, start, end, text: text.slice(start, end), masked: text.slice(start, restStart) + starred });
    }
  };
  collect(mobile, "mobile");
  collect(landline, "landline");
  return spans;
}

const label = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
// ASCII addresses only; the domain needs a dot and a letter TLD, so `@` in prose is left alone.
const email = new RegExp(`[A-Za-z0-9._%+-]+@(?:${label}\\.)+[A-Za-z]{2,}(?![A-Za-z0-9-])`, "g");

/**
 * E-mail addresses, masked as the local part's first character, `***` and the domain as written:
 * `w***@gmail.com`. A fixed `***` rather than one star per character, so the length is hidden too.
 */
function findEmailAddresses(text: string, halfWidth: string): PersonalDataSpan[] {
  const spans: PersonalDataSpan[] = [];
  for (const match of halfWidth.matchAll(email)) {
    const start = match.index;
    const end = start + match[0].length;
    const at = start + match[0].indexOf("@");
    spans.push({
      kind: "email",
      start,
      end,
      text: text.slice(start, end),
      masked: `${text[start]}***${text.slice(at, end)}`,
    });
  }
  return spans;
}

/**
 * Whether a text is a decimal fraction as numbers are written (`12.0712345678`, DuckDB's DECIMAL in
 * JSON rows): the digits after its point are no phone number, so masking and the scans leave it.
 */
export function isDecimalFraction(text: string): boolean {
  return /^-?(?:0|[1-9]\d*)\.\d+$/.test(text);
}

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
    ...findCuedNames(text, halfWidth),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: PersonalDataSpan[] = [];
  for (const span of found) if (span.start >= (spans.at(-1)?.end ?? 0)) spans.push(span);
  return spans;
}
