import { existsSync } from "node:fs";
import type { DuckDBConnection } from "@duckdb/node-api";
import { missingMart } from "../../data-loaders/warehouse/missingMart.ts";
import { withReadOnlyWarehouse } from "../../data-loaders/warehouse/withReadOnlyWarehouse.ts";
import { maskEveryText } from "../privacy/maskEveryText.ts";

export type MartRows = Record<string, unknown>[];

/**
 * Runs each named query on the warehouse opened READ_ONLY (page-data loaders run while nothing
 * writes) and returns the rows as JSON-ready objects, every text in them through the privacy
 * masking whatever its column (maskEveryText): this is where mart rows leave the warehouse for the
 * site, open data, the evidence pack and the report. `unmasked` names columns read to find files
 * (an evidence link, the register's path), never published as read. Null when there is no
 * warehouse yet, so a page can say 尚無資料 instead of failing the build.
 */
export async function readMarts<K extends string>(
  db: string,
  queries: Record<K, string>,
  { unmasked = [] }: { unmasked?: readonly string[] } = {},
): Promise<Record<K, MartRows> | null> {
  if (!existsSync(db)) return null;
  return withReadOnlyWarehouse(db, async (connection) => {
    try {
      return await queryMarts(connection, queries, { unmasked });
    } catch (e) {
      // A warehouse loaded by `sqd ingest` but never built (or built by an older sqd) lacks marts: say what to run.
      const missing = missingMart(e);
      if (missing)
        throw new Error(
          `資料倉儲 ${db} 尚未建置統計表，或由較舊的版本建置（缺少 ${missing}）：請先執行 npx sqd build，再建置網站。`,
        );
      throw e;
    }
  });
}

/** readMarts on a connection already open (a month's report reads an in-memory as-of snapshot): the same masking. */
export async function queryMarts<K extends string>(
  connection: DuckDBConnection,
  queries: Record<K, string>,
  { unmasked = [] }: { unmasked?: readonly string[] } = {},
): Promise<Record<K, MartRows>> {
  const result = {} as Record<K, MartRows>;
  for (const [name, sql] of Object.entries(queries) as [K, string][]) {
    const rows = (await connection.runAndReadAll(sql)).getRowObjectsJson() as MartRows;
    result[name] = rows.map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, unmasked.includes(k) ? v : maskEveryText(v)])),
    );
  }
  return result;
}
