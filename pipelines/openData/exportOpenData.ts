import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { InputError } from "../../lib/InputError.ts";
import { replaceFolder } from "../../lib/replaceFolder.ts";
import { sqlName, sqlString } from "../../lib/sqlText.ts";
import type { Office } from "../../data-loaders/profile/loadOffice.ts";
import { checkPublicOutput } from "../privacy/checkPublicOutput.ts";
import { publicCaseTypes } from "../site/publicCaseTypes.ts";
import { publicRows } from "../site/publicRows.ts";
import { readMarts } from "../site/readMarts.ts";
import { csvText, type CsvCell } from "./csvText.ts";
import { openDataMetadata } from "./openDataMetadata.ts";
import { openDatasets, type OpenDataset } from "./openDatasets.ts";
import { suppressCrossTable } from "./suppressCrossTable.ts";

export interface ExportedDataset {
  id: string;
  rows: number;
  files: string[];
}

type Row = Record<string, unknown>;

/**
 * A dataset's mart rows with its disclosure rules applied: the public build's small-cell rule and
 * 申辦項目 rule (one outside the SOP list shows as 其他), and a cross table's counts suppressed.
 */
function disclosed(dataset: OpenDataset, rows: Row[], office: Office): Row[] {
  const small = publicRows(rows, "public", dataset.withheldWhenSmall ?? []);
  const shown = dataset.caseTypes ? publicCaseTypes(small, "public", office.sop, dataset.caseTypes) : small;
  return dataset.crossTable ? suppressCrossTable(shown, dataset.crossTable, office.profile.open_data.min_cell) : shown;
}

/**
 * Writes the open datasets (openDatasets) from a built warehouse, read READ_ONLY, into `out` (a
 * new folder, or one holding a previous export, replaced whole when the new one is complete): for
 * each one `<id>.csv` (UTF-8 with BOM, CRLF), `<id>.json`, `<id>.parquet` and `<id>.metadata.json`
 * (data.gov.tw fields). Only aggregates leave: no mart here has a personal column, every text is
 * masked all the same (readMarts), complaint counts under the profile's `open_data.min_cell` are
 * withheld with their complements, and the finished files are scanned (checkPublicOutput) before
 * they replace the previous export.
 */
export async function exportOpenData({
  db,
  office,
  out,
}: {
  db: string;
  office: Office;
  out: string;
}): Promise<ExportedDataset[]> {
  const dir = resolve(out);
  refuseForeignFolder(dir, out);
  const contact = office.profile.contact;
  if (!contact) {
    throw new InputError(
      '開放資料的詮釋資料需要聯絡單位與機關總機：請在 config/office.json 加上 "contact": { "unit": "戶籍行政課", "phone": "(07)000-0000" }（只寫單位與總機，不寫人名）。',
    );
  }
  let marts: Record<string, Row[]> | null;
  try {
    marts = await readMarts(db, {
      asOf: "SELECT strftime(as_of, '%Y-%m-%d') AS as_of FROM build_params",
      ...Object.fromEntries(openDatasets.map((d) => [d.id, d.sql])),
    });
  } catch (e) {
    if (String((e as Error).message).startsWith("資料倉儲")) throw new InputError((e as Error).message);
    throw e;
  }
  if (!marts) throw new InputError(`找不到資料倉儲 ${db}：請先執行 sqd ingest 與 sqd build。`);
  const asOf = String(marts.asOf?.[0]?.as_of ?? "");

  // Parquet is written by DuckDB from the JSON just written, typed by the dataset's fields.
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    // Written beside the previous export and swapped in whole: a failure half-way leaves that one as it was.
    return await replaceFolder(dir, async (work) => {
      const exported: ExportedDataset[] = [];
      for (const dataset of openDatasets) {
        const rows = disclosed(dataset, marts[dataset.id] ?? [], office);
        const records = rows.map((r) =>
          Object.fromEntries(dataset.fields.map((f) => [f.name, (r[f.column] ?? null) as CsvCell])),
        );
        const names = datasetFiles(dataset.id);
        const [csvFile, jsonFile, parquetFile, metadataFile] = names.map((name) => join(work, name)) as [
          string,
          string,
          string,
          string,
        ];
        writeFileSync(
          csvFile,
          csvText(
            dataset.fields.map((f) => f.name),
            records.map((r) => Object.values(r)),
          ),
        );
        // One record a line: readable and diffable month to month.
        writeFileSync(jsonFile, `[\n${records.map((r) => JSON.stringify(r)).join(",\n")}\n]\n`);
        const columns = dataset.fields.map((f) => `${sqlString(f.name)}: ${sqlString(f.type)}`).join(", ");
        await connection.run(`COPY (SELECT ${dataset.fields.map((f) => sqlName(f.name)).join(", ")} FROM read_json(${sqlString(jsonFile)}, format = 'array', columns = {${columns}}))
          TO ${sqlString(parquetFile)} (FORMAT parquet)`);
        const months = [...new Set(rows.map((r) => String(r.month)))].sort();
        writeFileSync(
          metadataFile,
          `${JSON.stringify(openDataMetadata(dataset, { officeName: office.profile.office.name, contact }, { rows: records.length, months, asOf }), null, 2)}\n`,
        );
        exported.push({ id: dataset.id, rows: records.length, files: names.map((name) => join(dir, name)) });
      }
      // Before the swap: files with personal data in them never replace the previous export.
      await checkPublicOutput(work, "開放資料", { allowed: new Set([contact.phone]) });
      return exported;
    });
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** The files a dataset is written as. */
const datasetFiles = (id: string) => ["csv", "json", "parquet", "metadata.json"].map((ext) => `${id}.${ext}`);

/** What file managers leave in a folder someone opened: replaced with the export. */
const litter = /^(\.DS_Store|Thumbs\.db|desktop\.ini)$/i;

/**
 * Refuses an output folder that holds anything but a previous export's files: the export replaces
 * the folder whole, and must never delete a file it did not write.
 */
function refuseForeignFolder(dir: string, out: string): void {
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) throw new InputError(`--out ${out} 是檔案，不是資料夾。`);
  const ours = new Set(openDatasets.flatMap((d) => datasetFiles(d.id)));
  const foreign = readdirSync(dir).filter((name) => !ours.has(name) && !litter.test(name));
  if (foreign.length === 0) return;
  const shown = foreign.slice(0, 3).join("、") + (foreign.length > 3 ? ` 等 ${foreign.length} 項` : "");
  throw new InputError(
    `--out ${out} 有不是開放資料的檔案（${shown}）：匯出會整個替換這個資料夾，為避免誤刪，請指定新的或空的資料夾；先前匯出的開放資料可直接覆寫。`,
  );
}

/**
 * Runs `use` on the open datasets exported into a temporary folder, then removes the folder: for
 * the site's data loaders, which publish the same files `sqd export-open-data` writes.
 */
export async function exportOpenDataTemporarily<T>(
  db: string,
  office: Office,
  use: (dir: string, datasets: ExportedDataset[]) => Promise<T> | T,
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "sqd-open-data-"));
  try {
    return await use(dir, await exportOpenData({ db, office, out: dir }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
