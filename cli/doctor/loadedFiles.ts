import { existsSync } from "node:fs";
import { isDuckDBError } from "../../lib/isDuckDBError.ts";
import { withReadOnlyWarehouse } from "../../data-loaders/warehouse/withReadOnlyWarehouse.ts";

/** The sha256 of every file the warehouse holds loaded (ingest skips those), or null when it cannot be read. */
export async function loadedFiles(path: string): Promise<Set<string> | null> {
  if (!existsSync(path)) return null;
  try {
    const rows = await withReadOnlyWarehouse(path, async (c) =>
      (await c.runAndReadAll("SELECT DISTINCT sha256 FROM load_log WHERE status = 'loaded'")).getRowObjectsJson(),
    );
    return new Set(rows.map((r) => String(r.sha256)));
  } catch (e) {
    if (!isDuckDBError(e)) throw e;
    return null; // checkWarehouse says why
  }
}
