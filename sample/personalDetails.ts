import { idNumberChecksum } from "../lib/idNumber.ts";
import { weightedChoice, type Random } from "./createRandom.ts";

// Fictitious personal data, as people write it into free text: what masking must catch.

// Common Taiwanese surnames, roughly by frequency; every character is in Big5.
const surnames = weightedChoice([
  ["陳", 11],
  ["林", 8],
  ["黃", 6],
  ["張", 5],
  ["李", 5],
  ["王", 4],
  ["吳", 4],
  ["劉", 3],
  ["蔡", 3],
  ["楊", 3],
  ["許", 2],
  ["鄭", 2],
  ["謝", 2],
  ["洪", 2],
  ["郭", 2],
  ["邱", 2],
  ["曾", 2],
  ["廖", 2],
  ["賴", 2],
  ["徐", 2],
  ["周", 1],
  ["葉", 1],
  ["蘇", 1],
  ["莊", 1],
  ["呂", 1],
  ["江", 1],
  ["何", 1],
  ["蕭", 1],
  ["羅", 1],
  ["高", 1],
] as const);

const givenCharacters = [
  ..."志明俊傑建宏家豪淑芬美玲雅婷怡君佳慧宗翰信雄文華秀英惠如欣宜冠廷柏承育誠嘉玉珍麗春金鳳國榮明德靜",
];

/** A fictitious full name, mostly surname + two given characters. */
export function personName(random: Random): string {
  const given = random.chance(0.08)
    ? random.pick(givenCharacters)
    : random.pick(givenCharacters) + random.pick(givenCharacters);
  return surnames(random) + given;
}

/** A fictitious Taiwanese mobile number, written `0912345678` or `0912-345-678` as people do. */
export function mobileNumber(random: Random): string {
  const digits = `09${String(random.int(10, 99))}${String(random.int(0, 999_999)).padStart(6, "0")}`;
  return random.chance(0.3) ? `${digits.slice(0, 4)}-${digits.slice(4, 7)}-${digits.slice(7)}` : digits;
}

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

/**
 * The personal data people write into free text (survey comments, complaint summaries): a name,
 * often a checksum-valid ID number, often a mobile number — what masking must catch.
 */
export function personalDetails(random: Random): string {
  const parts = [`我是${personName(random)}`];
  if (random.chance(0.7)) parts.push(`身分證字號${taiwanIdNumber(random)}`);
  if (random.chance(0.7) || parts.length === 1) parts.push(`電話${mobileNumber(random)}`);
  return parts.join("，");
}
