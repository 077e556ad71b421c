import type { Random } from "./createRandom.ts";
import { mobileNumber } from "./mobileNumber.ts";
import { personName } from "./personName.ts";
import { taiwanIdNumber } from "./taiwanIdNumber.ts";

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
