import { sqlString } from "../../lib/sqlText.ts";

/**
 * SQL for a staged row as the file gave it, a JSON object from header to cell, for the
 * quarantine. Built only for quarantined rows (from `stage`), not for every row validated.
 */
export function rawRecordSql(headers: readonly { column: string; header: string }[], table: string): string {
  return `json_object(${headers.map((h) => `${sqlString(h.header)}, ${table}.${h.column}`).join(", ")})`;
}
