import type { PersonalDataSpan } from "./PersonalDataSpan.ts";

/**
 * Words that tell a name is next to them. `before` precede a name (陳情人：王小明, 我是王小明),
 * `after` follow one (王小明先生); `endOfName` are words a name stops at when reading forward.
 * 我是 is here because people write their name that way in comments (and the sample data does).
 */
export const nameCues = {
  before: [
    "陳情人",
    "申請人",
    "申辦人",
    "聯絡人",
    "當事人",
    "代理人",
    "承辦人",
    "經辦人",
    "受理人",
    "姓名",
    "民眾",
    "市民",
    "我是",
    "我叫",
    "本人",
  ],
  after: ["先生", "小姐", "女士", "太太", "君"],
  endOfName: [
    "先生",
    "小姐",
    "女士",
    "太太",
    "同學",
    "反映",
    "表示",
    "來電",
    "來信",
    "陳情",
    "詢問",
    "投訴",
    "抱怨",
    "建議",
    "指出",
    "認為",
    "希望",
    "稱",
    "說",
    "於",
    "在",
    "的",
    "等",
    "及",
    "與",
    "和",
    "之",
    "到",
    "至",
    "因",
    "對",
    "向",
    "要",
    "想",
  ],
} as const;

/**
 * Where a name may start. A cue without a colon (民眾王小明, 感謝王小明先生) says nothing about
 * where the name begins, so it must begin with a common surname; surnames that are everyday
 * function characters (向, 於, 和, 同 …) are left out on purpose, and `notNames` lists the words that
 * start with a surname character yet are no name (高雄, 陳情 …) or, after a colon, mean "no name".
 */
export const surnames = {
  single: new Set([
    ..."陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾鐘游彭詹施胡沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温溫唐藍石蔣古紀姚連馮歐程湯黎田康姜白汪鄒尤巫龔嚴韓袁金童陸夏柳凃涂邵錢伍倪孔毛俞辛鮑任龍史甘秦",
  ]),
  compound: new Set([
    "歐陽",
    "司馬",
    "諸葛",
    "上官",
    "張簡",
    "范姜",
    "東方",
    "皇甫",
    "尉遲",
    "公孫",
    "夏侯",
    "長孫",
    "慕容",
    "令狐",
    "端木",
    "西門",
    "司徒",
  ]),
  notNames: [
    "高雄",
    "高齡",
    "高興",
    "高中",
    "林園",
    "林口",
    "楊梅",
    "方便",
    "方式",
    "方面",
    "方法",
    "許多",
    "許可",
    "曾經",
    "周知",
    "周末",
    "簡訊",
    "簡單",
    "簡化",
    "施工",
    "施行",
    "紀錄",
    "嚴重",
    "嚴格",
    "任何",
    "辛苦",
    "陸續",
    "程序",
    "連續",
    "連絡",
    "連線",
    "馬上",
    "謝謝",
    "張貼",
    "陳情",
    "陳述",
    "尤其",
    "何時",
    "金額",
    "白天",
    "卓越",
    "匿名",
    "不詳",
    "未填",
    "未提供",
  ],
  /** Two-character words ending in a surname character: 感謝王明先生 is 王明, not 謝王明. */
  wordsEndingInSurname: new Set([
    "感謝",
    "謝謝",
    "多謝",
    "致謝",
    "道謝",
    "答謝",
    "對方",
    "雙方",
    "地方",
    "警方",
    "提高",
    "最高",
    "也許",
    "允許",
    "不曾",
    "未曾",
  ]),
};

// Private Use code points count as Han: Big5/CP950 user-defined characters (造字) for rare name
// characters decode there, and they are exactly the characters a name is most identifiable by.
const han = /^[\p{Script=Han}\uE000-\uF8FF]$/u;

/** True for one code point that is a Han character or a Private Use (造字) character. */
function isHanCharacter(char: string): boolean {
  return han.test(char);
}

/**
 * Masks a Chinese name keeping its first and (from three characters on) last character, every
 * other character becoming ○: 王○ · 王○明 · 歐○○明. One rule whatever the surname, so a compound
 * surname does not leave three of four characters readable.
 */
export function maskPersonName(name: string): string {
  const chars = Array.from(name);
  if (chars.length < 2) return name;
  if (chars.length === 2) return `${chars[0]}○`;
  return chars[0] + "○".repeat(chars.length - 2) + chars[chars.length - 1];
}

// A cue, then what separates it from the name: a colon (then whatever Han follows is the name), or
// spaces / 為 / 是 (then the name must start with a known surname); either may end in an opening
// bracket or quote, as in 陳情人（林小明） or 陳情人「林小明」.
const cueBefore = new RegExp(
  `(?:${nameCues.before.join("|")})(?<separator>\\s*[:：]\\s*|\\s*(?:為|是)?\\s*)(?:[（(「『【〔《〈［\\[]\\s*)?`,
  "gu",
);
const cueAfter = new RegExp(nameCues.after.join("|"), "gu");
// A romanised name after a colon (申請人：Wang Xiaoming, WANG, XIAO-MING): two to four capitalised
// words. One word alone is a surname, which identifies nobody (as 王先生).
const latinName = /[A-Z][A-Za-z]+(?:-[A-Za-z]+)*(?:,? [A-Z][A-Za-z]+(?:-[A-Za-z]+)*){1,3}(?![A-Za-z])/y;

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
  while (
    length < surname + 2 &&
    length < chars.length &&
    !nameCues.endOfName.some((word) => text.startsWith(word, end))
  ) {
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

/** A romanised name at `from`, masked keeping each word's (and hyphenated part's) first letter: `W*** X***-M***`. */
function latinNameSpan(text: string, halfWidth: string, from: number): PersonalDataSpan | undefined {
  latinName.lastIndex = from;
  const match = latinName.exec(halfWidth);
  if (!match) return undefined;
  const end = from + match[0].length;
  let masked = "";
  for (let i = from; i < end; i++)
    masked += /[A-Za-z]/.test(halfWidth[i - 1] ?? "") && /[A-Za-z]/.test(halfWidth[i]!) ? "*" : text[i];
  return { kind: "name", start: from, end, text: text.slice(from, end), masked };
}

/**
 * Names next to a cue (陳情人：王小明, 民眾王小明, 陳情人（王小明）, 王小明 先生, 申請人：Wang Xiaoming),
 * masked `王○明`. A surname alone (王先生, 林小姐) is left as written: it is how staff and residents
 * are addressed and identifies nobody. Names with no cue at all are not found (see docs/privacy.md).
 * `halfWidth` is `text` with full-width letters made ASCII (toHalfWidth), index for index.
 */
export function findCuedNames(text: string, halfWidth: string): PersonalDataSpan[] {
  const spans: PersonalDataSpan[] = [];
  for (const match of text.matchAll(cueBefore)) {
    const from = match.index + match[0].length;
    const afterColon = /[:：]/.test(match.groups!.separator!);
    const end = nameEndAfter(text, from, afterColon);
    const span =
      end !== undefined ? nameSpan(text, from, end) : afterColon ? latinNameSpan(text, halfWidth, from) : undefined;
    if (span) spans.push(span);
  }
  for (const match of text.matchAll(cueAfter)) {
    // A space may stand between the name and the cue (王小明 先生).
    const to = match.index - /\s*$/u.exec(text.slice(0, match.index))![0].length;
    const start = nameStartBefore(text, to);
    if (start !== undefined) spans.push(nameSpan(text, start, to));
  }
  return spans;
}
