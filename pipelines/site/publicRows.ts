import type { MartRows } from "./readMarts.ts";
import type { Audience } from "./siteInputs.ts";

/**
 * The public rules on mart rows (docs/site-build.md, 公開版): a row whose `too_small` flag is set
 * keeps its counts but loses every figure listed in `figures`, census rates included, since a
 * breakdown cell of a few cases can point to a person. The internal build gets the rows unchanged.
 */
export function publicRows(rows: MartRows, audience: Audience, figures: readonly string[]): MartRows {
  if (audience === "internal") return rows;
  return rows.map((row) => (row.too_small ? { ...row, ...Object.fromEntries(figures.map((f) => [f, null])) } : row));
}
