import type { Random } from "./createRandom.ts";

/**
 * Chooses which data rows of a file carry a planted problem: row position → code, `wanted[code]`
 * rows per code where the file is long enough. A planted row never sits next to another one and
 * never at position 0, so a `duplicate_key` row always copies the key of a clean row before it.
 * Protected rows (those a planted pattern depends on) are left alone.
 */
export function plantPlan(
  total: number,
  wanted: Readonly<Record<string, number>>,
  random: Random,
  isProtected: (position: number) => boolean = () => false,
): Map<number, string> {
  const plan = new Map<number, string>();
  const free = (p: number) => !plan.has(p - 1) && !plan.has(p) && !plan.has(p + 1) && !isProtected(p);
  for (const [code, count] of Object.entries(wanted)) {
    for (let n = 0; n < count; n++) {
      for (let attempt = 0; attempt < 50; attempt++) {
        const p = random.int(1, total - 1);
        if (total > 1 && free(p)) {
          plan.set(p, code);
          break;
        }
      }
    }
  }
  return plan;
}
