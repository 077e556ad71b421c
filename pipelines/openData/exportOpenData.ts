import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { InputError } from "../../lib/InputError.ts";
import { sqlName, sqlString } from "../../lib/sqlText.ts";
import type { Office } from "../../data-loaders/profile/loadOffice.ts";
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

/** A dataset's mart rows with its disclosure rules applied: the public build's small-cell rule, and a cross table's counts suppressed. */
function disclosed(dataset: OpenDataset, rows: Row[], minCell: number): Row[] {
  const shown = publicRows(rows, "public", dataset.withheldWhenSmall ?? []);
  return dataset.crossTable ? suppressCrossTable(shown, dataset.crossTable, minCell) : shown;
}

/**
 * Writes the open datasets (openDatasets) from a built warehouse, read READ_ONLY, into `out`: for
 * each one `<id>.csv` (UTF-8 with BOM, CRLF), `<id>.json`, `<id>.parquet` and `<id>.metadata.json`
 * (data.gov.tw fields). Only aggregates leave: no mart here has a personal column, and complaint
 * counts under the profile's `open_data.min_cell` are withheld with their complements.
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
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new InputError(`--out ${out} 是檔案，不是資料夾。`);
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
  mkdirSync(dir, { recursive: true });

  // Parquet is written by DuckDB from the JSON just written, typed by the dataset's fields.
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const exported: ExportedDataset[] = [];
    for (const dataset of openDatasets) {
      const rows = disclosed(dataset, marts[dataset.id] ?? [], office.profile.open_data.min_cell);
      const records = rows.map((r) =>
        Object.fromEntries(dataset.fields.map((f) => [f.name, (r[f.column] ?? null) as CsvCell])),
      );
      const files = ["csv", "json", "parquet", "metadata.json"].map((ext) => join(dir, `${dataset.id}.${ext}`));
      const [csvFile, jsonFile, parquetFile, metadataFile] = files as [string, string, string, string];
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
      exported.push({ id: dataset.id, rows: records.length, files });
    }
    return exported;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
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
