// Letter codes of the 統一編號 (I, O, W, X, Y, Z are out of alphabetical order: they were added later).
const letterCodes: Readonly<Record<string, number>> = {
  A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, G: 16, H: 17, I: 34, J: 18, K: 19, L: 20, M: 21,
  N: 22, O: 35, P: 23, Q: 24, R: 25, S: 26, T: 27, U: 28, V: 29, W: 32, X: 30, Y: 31, Z: 33,
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
