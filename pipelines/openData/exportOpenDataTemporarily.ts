import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Office } from "../../data-loaders/profile/loadOffice.ts";
import { exportOpenData, type ExportedDataset } from "./exportOpenData.ts";

/**
 * Runs `use` on the open datasets exported into a temporary folder, then removes the folder: for
 * the site's data loaders, which publish the same files `sqd export-open-data` writes.
 */
export async function exportOpenDataTemporarily<T>(db: string, office: Office, use: (dir: string, datasets: ExportedDataset[]) => Promise<T> | T): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "sqd-open-data-"));
  try {
    return await use(dir, await exportOpenData({ db, office, out: dir }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
