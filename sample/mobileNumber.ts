import type { Random } from "./createRandom.ts";

/** A fictitious Taiwanese mobile number, written `0912345678` or `0912-345-678` as people do. */
export function mobileNumber(random: Random): string {
  const digits = `09${String(random.int(10, 99))}${String(random.int(0, 999_999)).padStart(6, "0")}`;
  return random.chance(0.3) ? `${digits.slice(0, 4)}-${digits.slice(4, 7)}-${digits.slice(7)}` : digits;
}
