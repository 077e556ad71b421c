import { idNumberChecksum } from "../lib/idNumber.ts";
import type { Random } from "./createRandom.ts";

// Kaohsiung residents mostly carry E (高雄市) or S (former 高雄縣); others moved in.
const letters = "EEEEESSSAFHRTDBKLNPQUVW";

/** A random, checksum-valid 國民身分證統一編號 (fictitious, for sample text). */
export function taiwanIdNumber(random: Random): string {
  const letter = random.pick([...letters]);
  let body = String(random.int(1, 2));
  for (let i = 0; i < 7; i++) body += String(random.int(0, 9));
  const check = (10 - (idNumberChecksum(letter, `${body}0`) % 10)) % 10;
  return `${letter}${body}${check}`;
}
