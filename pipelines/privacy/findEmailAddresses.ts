import type { PersonalDataSpan } from "./PersonalDataSpan.ts";

const label = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
// ASCII addresses only; the domain needs a dot and a letter TLD, so `@` in prose is left alone.
const email = new RegExp(`[A-Za-z0-9._%+-]+@(?:${label}\\.)+[A-Za-z]{2,}(?![A-Za-z0-9-])`, "g");

/**
 * E-mail addresses, masked as the local part's first character, `***` and the domain as written:
 * `w***@gmail.com`. A fixed `***` rather than one star per character, so the length is hidden too.
 */
export function findEmailAddresses(text: string, halfWidth: string): PersonalDataSpan[] {
  const spans: PersonalDataSpan[] = [];
  for (const match of halfWidth.matchAll(email)) {
    const start = match.index;
    const end = start + match[0].length;
    const at = start + match[0].indexOf("@");
    spans.push({ kind: "email", start, end, text: text.slice(start, end), masked: `${text[start]}***${text.slice(at, end)}` });
  }
  return spans;
}
