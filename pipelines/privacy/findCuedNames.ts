import { isHanCharacter } from "./isHanCharacter.ts";
import { maskPersonName } from "./maskPersonName.ts";
import { nameCues } from "./nameCues.ts";
import type { PersonalDataSpan } from "./PersonalDataSpan.ts";
import { surnames } from "./surnames.ts";

// A cue, then what separates it from the name: a colon (then whatever Han follows is the name), or
// spaces / 為 / 是 (then the name must start with a known surname).
const cueBefore = new RegExp(`(?:${nameCues.before.join("|")})(?<separator>\\s*[:：]\\s*|\\s*(?:為|是)?\\s*)`, "gu");
const cueAfter = new RegExp(nameCues.after.join("|"), "gu");

/** Up to `max` Han code points starting at `from`, stopping at the first other character. */
function hanAfter(text: string, from: number, max: number): string[] {
  const chars: string[] = [];
  for (const char of text.slice(from, from + 2 * max)) {
    if (chars.length === max || !isHanCharacter(char)) break;
    chars.push(char);
  }
  return chars;
}

/** Up to `max` Han code points ending just before `to`, in text order. */
function hanBefore(text: string, to: number, max: number): string[] {
  const chars = Array.from(text.slice(Math.max(0, to - 2 * max), to));
  const run: string[] = [];
  for (let i = chars.length - 1; i >= 0 && run.length < max && isHanCharacter(chars[i]!); i--) run.unshift(chars[i]!);
  return run;
}

function surnameLength(chars: readonly string[]): number {
  return chars.length >= 2 && surnames.compound.has(chars[0]! + chars[1]!) ? 2 : 1;
}

const startsWithNotName = (text: string, at: number) => surnames.notNames.some((word) => text.startsWith(word, at));

/** End of the name starting at `from`, or undefined: surname, then at most two given characters. */
function nameEndAfter(text: string, from: number, afterColon: boolean): number | undefined {
  const chars = hanAfter(text, from, 4);
  if (chars.length < 2 || startsWithNotName(text, from)) return undefined;
  const surname = surnameLength(chars);
  if (!afterColon && surname === 1 && !surnames.single.has(chars[0]!)) return undefined;
  let end = from + chars.slice(0, surname).join("").length;
  let length = surname;
  while (length < surname + 2 && length < chars.length && !nameCues.endOfName.some((word) => text.startsWith(word, end))) {
    end += chars[length]!.length;
    length++;
  }
  return length > surname ? end : undefined;
}

/** Start of the name ending at `to`: the longest 2–4 character run that starts with a surname. */
function nameStartBefore(text: string, to: number): number | undefined {
  const chars = hanBefore(text, to, 5);
  for (const size of [4, 3, 2]) {
    if (chars.length < size) continue;
    const name = chars.slice(-size);
    const surname = surnameLength(name);
    if (size - surname < 1 || (size === 4 && surname !== 2)) continue;
    if (surname === 1 && !surnames.single.has(name[0]!)) continue;
    const previous = chars[chars.length - size - 1];
    if (previous !== undefined && surnames.wordsEndingInSurname.has(previous + name[0]!)) continue;
    const start = to - name.join("").length;
    if (!startsWithNotName(text, start)) return start;
  }
  return undefined;
}

function nameSpan(text: string, start: number, end: number): PersonalDataSpan {
  const name = text.slice(start, end);
  return { kind: "name", start, end, text: name, masked: maskPersonName(name) };
}

/**
 * Names next to a cue (陳情人：王小明, 民眾王小明, 王小明先生), masked `王○明`. A surname alone
 * (王先生, 林小姐) is left as written: it is how staff and residents are addressed and identifies
 * nobody. Names with no cue at all are not found (see docs/privacy.md).
 */
export function findCuedNames(text: string): PersonalDataSpan[] {
  const spans: PersonalDataSpan[] = [];
  for (const match of text.matchAll(cueBefore)) {
    const from = match.index + match[0].length;
    const end = nameEndAfter(text, from, /[:：]/.test(match.groups!.separator!));
    if (end !== undefined) spans.push(nameSpan(text, from, end));
  }
  for (const match of text.matchAll(cueAfter)) {
    const start = nameStartBefore(text, match.index);
    if (start !== undefined) spans.push(nameSpan(text, start, match.index));
  }
  return spans;
}
