import { num } from "./cellText.ts";

/**
 * A chart series' values: numbers as they are, anything else (a withheld or missing value) as an
 * empty point. pptxgenjs writes an empty <c:v> for null, which PowerPoint draws as a gap; its types
 * say number[] only.
 */
export function chartValues(values: readonly unknown[]): number[] {
  return values.map((v) => num(v)) as number[];
}
