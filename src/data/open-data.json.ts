// Framework data loader for 開放資料: each open dataset's data.gov.tw metadata, as
// `sqd export-open-data` writes it; the files themselves are in open-data.zip.
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { exportOpenDataTemporarily } from "../../pipelines/openData/exportOpenData.ts";
import { pageLoader } from "../../pipelines/site/pageLoader.ts";

export default await pageLoader(import.meta.url, async ({ db, office }) => {
  let result: unknown;
  try {
    result = await exportOpenDataTemporarily(db, office, (dir, datasets) => ({
      datasets: datasets.map((d) => ({
        id: d.id,
        rows: d.rows,
        files: d.files.map((f) => basename(f)),
        metadata: JSON.parse(readFileSync(join(dir, `${d.id}.metadata.json`), "utf8")),
      })),
    }));
  } catch (e) {
    // No warehouse yet, or no contact in the profile: the page says what to do instead of failing the build.
    result = { datasets: [], problem: (e as Error).message };
  }
  return result;
});
