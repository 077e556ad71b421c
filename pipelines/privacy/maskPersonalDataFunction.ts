import { DuckDBScalarFunction, VARCHAR } from "@duckdb/node-api";
import { maskPersonalData } from "./maskPersonalData.ts";

/**
 * `mask_personal_data(text)` as a DuckDB scalar function, so models mask free text with the one
 * TypeScript definition instead of a second one in SQL. Register it on the connection that builds.
 */
export function maskPersonalDataFunction(): DuckDBScalarFunction {
  return DuckDBScalarFunction.create({
    name: "mask_personal_data",
    returnType: VARCHAR,
    parameterTypes: [VARCHAR],
    mainFunction: (_info, input, output) => {
      const texts = input.getColumnVector(0);
      for (let row = 0; row < input.rowCount; row++) {
        const text = texts.getItem(row);
        output.setItem(row, text === null ? null : maskPersonalData(String(text)));
      }
      output.flush();
    },
  });
}
