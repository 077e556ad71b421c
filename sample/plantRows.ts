import type { SampleRow } from "./columnLayout.ts";

/**
 * Turns a clean row into what a file really holds for one planted code: the row made bad (or
 * special) and, for `blank_rows`, an all-empty row before it. `previous` is the clean row before.
 */
export type Plant = (row: SampleRow, previous: SampleRow) => SampleRow[];

/** An all-empty row, written as `,,,,` or a styled empty Excel row. */
export const emptyRow: SampleRow = {};

export const blankRowBefore: Plant = (row) => [emptyRow, row];

/**
 * Streams rows through a plan from {@link plantPlan}, counting every planted code in `planted`
 * so that an ingest test can reconcile its counts with the file exactly.
 */
export function* plantRows(
  rows: Iterable<SampleRow>,
  plan: ReadonlyMap<number, string>,
  plants: Readonly<Record<string, Plant>>,
  planted: Record<string, number>,
): Generator<SampleRow> {
  let position = 0;
  let previous: SampleRow = emptyRow;
  for (const row of rows) {
    const code = plan.get(position++);
    if (code === undefined) {
      yield row;
      previous = row;
      continue;
    }
    const plant = plants[code];
    if (!plant) throw new Error(`plantRows: no plant for ${code}`);
    countPlanted(planted, code);
    yield* plant({ ...row }, previous);
  }
}

/** Adds to a file's count of planted rows of one code or pattern; a zero count adds no key. */
export function countPlanted(planted: Record<string, number>, key: string, n = 1): void {
  if (n > 0) planted[key] = (planted[key] ?? 0) + n;
}
