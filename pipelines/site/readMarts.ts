import { existsSync } from "node:fs";
import { missingMart } from "../../data-loaders/warehouse/missingMart.ts";
import { withReadOnlyWarehouse } from "../../data-loaders/warehouse/withReadOnlyWarehouse.ts";

export type MartRows = Record<string, unknown>[];

/**
 * Runs each named query on the warehouse opened READ_ONLY (page-data loaders run while nothing
 * writes) and returns the rows as JSON-ready objects. Null when there is no warehouse yet, so a page
 * can say 尚無資料 instead of failing the build.
 */
export async function readMarts<K extends string>(
  db: string,
  queries: Record<K, string>,
): Promise<Record<K, MartRows> | null> {
  if (!existsSync(db)) return null;
  return withReadOnlyWarehouse(db, async (connection) => {
    const result = {} as Record<K, MartRows>;
    for (const [name, sql] of Object.entries(queries) as [K, string][]) {
      try {
        result[name] = (await connection.runAndReadAll(sql)).getRowObjectsJson() as MartRows;
      } catch (e) {
        // A warehouse loaded by `sqd ingest` but never built (or built by an older sqd) lacks marts: say what to run.
        const missing = missingMart(e);
        if (missing)
          throw new Error(
            `資料倉儲 ${db} 尚未建置統計表，或由較舊的版本建置（缺少 ${missing}）：請先執行 npx sqd build，再建置網站。`,
          );
        throw e;
      }
    }
    return result;
  });
}
