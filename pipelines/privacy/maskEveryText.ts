import { isDecimalFraction } from "./findPersonalData.ts";
import { maskPersonalData } from "./maskPersonalData.ts";

/**
 * Every text in a JSON-ready value — rows of a mart, a page's data — through maskPersonalData,
 * whatever column it is in: an enumeration, a unit, a village or an office code can hold personal
 * data as well as free text can, when an export put it in the wrong column (docs/privacy.md,
 * 縱深防禦). Decimal fractions written as text are left as they are (isDecimalFraction); text holding JSON (a list the query
 * turned into JSON) is masked inside, so it still parses. Keys are column names and stay.
 */
export function maskEveryText<T>(value: T): T {
  return maskValue(value) as T;
}

function maskValue(value: unknown): unknown {
  if (typeof value === "string") return maskText(value);
  if (Array.isArray(value)) return value.map(maskValue);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskValue(v)]));
  return value;
}

function maskText(text: string): string {
  if (isDecimalFraction(text)) return text;
  if (/^\s*[[{]/.test(text)) {
    try {
      const parsed: unknown = JSON.parse(text);
      const masked = JSON.stringify(maskValue(parsed));
      return masked === JSON.stringify(parsed) ? text : masked;
    } catch {
      // not JSON after all: masked as text below
    }
  }
  return maskPersonalData(text);
}
