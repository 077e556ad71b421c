// Bytes a browser downloads on a page's first load from `sqd start`, per page: before (every file
// uncompressed, as sqd start served them) and after (the brotli and gzip copies the build makes,
// pipelines/site/compressSite.ts). Target: ≤ 400 KB a page.
//   flock /tmp/sqd-site.lock npx tsx bench/pageTransfer.ts [--site DIR]
// Without --site it builds the sample office's internal site (the default sample: 24 months, as of
// 2026-01-15) in a temporary folder; the lock keeps other site builds out of Framework's cache.
// Also times compressSite alone on a copy of the build without its compressed files.
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildModels } from "../pipelines/build/buildModels.ts";
import { ingestFiles } from "../data-loaders/ingest/ingestFiles.ts";
import { loadOffice } from "../data-loaders/profile/loadOffice.ts";
import { openWarehouse } from "../data-loaders/warehouse/openWarehouse.ts";
import { buildSite } from "../pipelines/site/buildSite.ts";
import { compressSite } from "../pipelines/site/compressSite.ts";
import { generateSample } from "../sample/generateSample.ts";
import { firstLoad } from "./firstLoad.ts";
import { timed } from "./timed.ts";

const { values } = parseArgs({ options: { site: { type: "string" } } });
const work = mkdtempSync(join(tmpdir(), "sqd-bench-transfer-"));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

try {
  let site = values.site ? resolve(values.site) : null;
  if (site === null) {
    const office = loadOffice();
    const inbox = join(work, "inbox");
    const db = join(work, "warehouse.duckdb");
    await generateSample(office, { out: inbox });
    const warehouse = await openWarehouse(office, { path: db });
    try {
      await ingestFiles(warehouse, office, [inbox]);
      await buildModels(warehouse.connection, office, { asOf: "2026-01-15" });
    } finally {
      warehouse.close();
    }
    const built = await timed(() => buildSite({ out: join(work, "dist"), db }));
    site = built.value.out;
    console.log(`built the sample's internal site: ${built.value.pages.length} pages, ${built.seconds.toFixed(1)} s`);
  }

  const plain = join(work, "plain");
  cpSync(site, plain, { recursive: true, filter: (f) => !/\.(br|gz)$/.test(f) });
  const compressing = await timed(() => compressSite(plain));
  console.log(`compressSite on that build alone: ${compressing.seconds.toFixed(1)} s\n`);

  const pages = readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => join(e.parentPath, e.name).slice(site!.length + 1))
    .sort();
  const loads = pages.map((page) => firstLoad(site!, page)).sort((a, b) => b.bytes - a.bytes);
  console.log("| page | requests | uncompressed (before) | gzip | brotli (after) | brotli / before |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const l of loads)
    console.log(
      `| ${l.page} | ${l.files.length} | ${kb(l.bytes)} | ${kb(l.gzipBytes)} | ${kb(l.brotliBytes)} | ${(l.brotliBytes / l.bytes).toFixed(2)} |`,
    );
  const largest = loads.reduce((a, b) => (b.brotliBytes > a.brotliBytes ? b : a));
  console.log(
    `\nlargest first load: ${largest.page} ${kb(largest.brotliBytes)} brotli (${kb(largest.bytes)} before), target ≤ 400 KB: ${largest.brotliBytes <= 400 * 1024 ? "met" : "NOT met"}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
