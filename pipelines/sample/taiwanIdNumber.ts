import type { Random } from "./createRandom.ts";

// Letter codes of the 國民身分證統一編號 (I, O, W, X, Y, Z are out of alphabetical order).
const letterCodes: Readonly<Record<string, number>> = {
  A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, G: 16, H: 17, I: 34, J: 18, K: 19, L: 20, M: 21,
  N: 22, O: 35, P: 23, Q: 24, R: 25, S: 26, T: 27, U: 28, V: 29, W: 32, X: 30, Y: 31, Z: 33,
};

// Kaohsiung residents mostly carry E (高雄市) or S (former 高雄縣); others moved in.
const letters = "EEEEESSSAFHRTDBKLNPQUVW";

/** Weighted sum of the letter's two digits and the nine digits; valid when divisible by 10. */
function checksum(letter: string, digits: string): number {
  const code = letterCodes[letter]!;
  let sum = Math.floor(code / 10) + (code % 10) * 9;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (8 - i);
  return sum + Number(digits[8] ?? 0);
}

/**
 * True for a checksum-valid ID number: a letter, 1/2 (citizens; 8/9 in the 2021 resident
 * certificate numbers, which share the checksum), seven digits and the check digit.
 */
export function isTaiwanIdNumber(value: string): boolean {
  if (!/^[A-Z][1289]\d{8}$/.test(value)) return false;
  return checksum(value[0]!, value.slice(1)) % 10 === 0;
}

/** A random, checksum-valid 國民身分證統一編號 (fictitious, for sample text). */
export function taiwanIdNumber(random: Random): string {
  const letter = random.pick([...letters]);
  let body = String(random.int(1, 2));
  for (let i = 0; i < 7; i++) body += String(random.int(0, 9));
  const check = (10 - (checksum(letter, `${body}0`) % 10)) % 10;
  return `${letter}${body}${check}`;
}
