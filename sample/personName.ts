import { weightedChoice, type Random } from "./createRandom.ts";

// Common Taiwanese surnames, roughly by frequency; every character is in Big5.
const surnames = weightedChoice([
  ["陳", 11], ["林", 8], ["黃", 6], ["張", 5], ["李", 5], ["王", 4], ["吳", 4], ["劉", 3], ["蔡", 3], ["楊", 3],
  ["許", 2], ["鄭", 2], ["謝", 2], ["洪", 2], ["郭", 2], ["邱", 2], ["曾", 2], ["廖", 2], ["賴", 2], ["徐", 2],
  ["周", 1], ["葉", 1], ["蘇", 1], ["莊", 1], ["呂", 1], ["江", 1], ["何", 1], ["蕭", 1], ["羅", 1], ["高", 1],
] as const);

const givenCharacters = [..."志明俊傑建宏家豪淑芬美玲雅婷怡君佳慧宗翰信雄文華秀英惠如欣宜冠廷柏承育誠嘉玉珍麗春金鳳國榮明德靜"];

/** A fictitious full name, mostly surname + two given characters. */
export function personName(random: Random): string {
  const given = random.chance(0.08) ? random.pick(givenCharacters) : random.pick(givenCharacters) + random.pick(givenCharacters);
  return surnames(random) + given;
}
