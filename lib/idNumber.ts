// Letter codes of the 統一編號 (I, O, W, X, Y, Z are out of alphabetical order: they were added later).
const letterCodes: Readonly<Record<string, number>> = {
  A: 10,
  B: 11,
  C: 12,
  D: 13,
  E: 14,
  F: 15,
  G: 16,
  H: 17,
  I: 34,
  J: 18,
  K: 19,
  L: 20,
  M: 21,
  N: 22,
  O: 35,
  P: 23,
  Q: 24,
  R: 25,
  S: 26,
  T: 27,
  U: 28,
  V: 29,
  W: 32,
  X: 30,
  Y: 31,
  Z: 33,
};

/** The numeric code of an upper-case letter in the 統一編號 alphabet (A = 10 … O = 35). */
export function idLetterCode(letter: string): number {
  const code = letterCodes[letter];
  if (code === undefined) throw new Error(`idLetterCode: not an upper-case letter: ${letter}`);
  return code;
}

/**
 * Weighted sum of an ID-shaped number: the letter's two code digits (weights 1, 9), then the nine
 * digits (weights 8 … 1, 1). The number is valid when the sum is divisible by 10. National IDs and
 * both generations of resident certificate numbers share it.
 */
export function idNumberChecksum(letter: string, digits: string): number {
  const code = idLetterCode(letter);
  let sum = Math.floor(code / 10) + (code % 10) * 9;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (8 - i);
  return sum + Number(digits[8] ?? 0);
}

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
