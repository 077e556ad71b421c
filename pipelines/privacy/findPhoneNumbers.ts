import type { PersonalDataKind, PersonalDataSpan } from "./PersonalDataSpan.ts";

// Each pattern splits a number into what stays readable (`keep`) and what is starred (`rest`).
// Mobiles: 09xx + 6 digits in 4-3-3 or 4-6 groups, or +886 / 886 / (+886) and 9xx + 6 digits.
const mobile = /(?<!\d)(?<keep>(?:(?:\(\+?886\)|\+?886)[ -]?(?:\(0\))?9|09)\d{2})(?<rest>[ .-]?\d{3}[ .-]?\d{3})(?!\d)/g;
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
export function findPhoneNumbers(text: string, halfWidth: string): PersonalDataSpan[] {
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
