import { DOUBLE, DuckDBScalarFunction, INTEGER, VARCHAR, type DuckDBType } from "@duckdb/node-api";
import { formatNumber, formatPValue, roundDigits } from "../../src/components/formatNumber.ts";

function textFunction(
  name: string,
  parameterTypes: DuckDBType[],
  text: (...values: (number | null)[]) => string,
): DuckDBScalarFunction {
  return DuckDBScalarFunction.create({
    name,
    returnType: VARCHAR,
    parameterTypes,
    // NULL in, a dash or 無法計算 out: the sentence still reads.
    specialHandling: true,
    mainFunction: (_info, input, output) => {
      const columns = parameterTypes.map((_, i) => input.getColumnVector(i));
      for (let row = 0; row < input.rowCount; row++) {
        output.setItem(row, text(...columns.map((c) => (c.getItem(row) === null ? null : Number(c.getItem(row))))));
      }
      output.flush();
    },
  });
}

/**
 * The site's number formatters as DuckDB scalar functions, so that a sentence a model writes in SQL
 * (a recommendation's message) states its numbers exactly as the card beside it does: SQL hands over
 * the stored value, src/components/formatNumber.ts rounds and groups it. `format_number(x, digits)`,
 * `format_round_number(target)` (90, 92.5), `format_p_value(p)` (p = 0.041, p < 0.001).
 */
export function numberTextFunctions(): DuckDBScalarFunction[] {
  return [
    textFunction("format_number", [DOUBLE, INTEGER], (value, digits) => formatNumber(value, digits ?? 0)),
    textFunction("format_round_number", [DOUBLE], (value) => formatNumber(value, roundDigits(value))),
    textFunction("format_p_value", [DOUBLE], (p) => formatPValue(p)),
  ];
}
