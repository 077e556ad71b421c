import { writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import Papa from "papaparse";
import type { Contract } from "../contracts/contract.ts";
import { namedSource } from "../contracts/namedSource.ts";
import { detectSource } from "../readers/detectSource.ts";
import type { ColumnSource, HeaderMatch } from "../readers/findHeader.ts";
import { monthInFileName, monthInTitle } from "../layouts/monthInText.ts";
import { areaMemberSql, columnSourceSql, outOfAreaSql } from "../validation/columnSourceSql.ts";
import { prepareUtf8 } from "../readers/prepareUtf8.ts";
import { readHead } from "../readers/readHead.ts";
import { MissingSheet, OversizedWorkbook, readXlsx, xlsxCellText } from "../readers/readXlsx.ts";
import type { FileScan } from "../readers/scanFile.ts";
import { stageColumn, type CsvLayout } from "../readers/stageFiles.ts";
import { detectEncoding } from "../readers/textEncoding.ts";
import { RejectedFile } from "./RejectedFile.ts";

export interface PrepareContext {
  /** Names the temporary UTF-8 copy. */
  loadId: string;
  /** Source contracts to choose from; the folder name or `source` narrows them. */
  contracts: readonly Contract[];
  source?: string;
  /** Worksheet of an XLSX file to read (default: the first). */
  sheet?: string;
  /** The month of every row (`YYYY-MM`, --month), over what the file says. */
  month?: string;
  /** A folder for temporary UTF-8 copies. */
  tempDir: string;
  /** Called once the file is known not to be empty, as its reading starts. */
  onRead?: () => void;
}

/** A file read far enough to be staged: its source, header, encoding and a UTF-8 file for DuckDB. */
export interface PreparedFile {
  path: string;
  contract: Contract;
  header: HeaderMatch;
  /** As the load report names it: `utf-8 (BOM)`, `big5`, `xlsx`… */
  encoding: string;
  layout: CsvLayout;
  /** The UTF-8 file DuckDB reads (the original when it can). */
  stagedPath: string;
  /** Contract column alias → SQL for its raw text over the stage columns. */
  mapping: Map<string, string>;
  /**
   * SQL over the stage columns for the service-area member a row names, and true for a row out of
   * the area; absent when the file names none (all its rows are the office's).
   */
  area?: { member: string; outOfArea: string };
  /** Every stage column with the file's own header text, for the raw record of a quarantined row. */
  headers: { column: string; header: string }[];
}

/** The contracts a file may belong to: the named source, its inbox folder's, or all of them. */
function candidatesFor(path: string, context: PrepareContext): Contract[] {
  if (context.source) return [namedSource(context.contracts, context.source)];
  const match = context.contracts.filter((c) => c.name === basename(dirname(path)));
  return match.length ? match : [...context.contracts];
}

async function prepareText(path: string, scan: FileScan, context: PrepareContext, candidates: Contract[]) {
  const { head } = scan;
  const isUtf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!isUtf16 && head.includes(0))
    throw new RejectedFile("binary_file", `${path}：不是文字檔或 Excel 活頁簿（含二進位資料）。請匯出為 CSV 或 XLSX。`);
  const detected = await detectEncoding(path, scan);
  if (!detected)
    throw new RejectedFile(
      "undecodable",
      `${path}：無法以 UTF-8、UTF-16 或 Big5 解讀，可能已損毀。請以 Excel 另存為「CSV UTF-8」後重試。`,
    );
  if (scan.size === detected.bomLength)
    throw new RejectedFile("empty_file", `${path}：檔案是空的（只有位元組順序記號 BOM，沒有內容）。請重新匯出。`);
  const text = new TextDecoder(detected.encoding, { ignoreBOM: true }).decode(head.subarray(detected.bomLength));
  const { delimiter, records } = readHead(text);
  const found = detectSource(records, candidates, path);
  const width = Math.max(records[found.header.index]!.length, 1);
  const stagedPath = await prepareUtf8(
    path,
    detected,
    scan.blankLine,
    delimiter,
    join(context.tempDir, `${context.loadId}.csv`),
  );
  return {
    ...found,
    records,
    encoding: detected.encoding + (detected.bomLength ? " (BOM)" : ""),
    layout: { delimiter, width },
    stagedPath,
  };
}

async function prepareWorkbook(path: string, context: PrepareContext, candidates: Contract[]) {
  let rows;
  try {
    rows = await readXlsx(path, context.sheet);
  } catch (e) {
    if (e instanceof OversizedWorkbook) throw new RejectedFile("bad_xlsx", `${path}：${e.message}`);
    if (e instanceof MissingSheet)
      throw new RejectedFile(
        "missing_sheet",
        `${path}：沒有名為「${e.sheet}」的工作表（有：${e.sheets.join("、")}）。請以 --sheet 指定正確的工作表名稱。`,
      );
    throw new RejectedFile(
      "bad_xlsx",
      `${path}：無法開啟此 Excel 活頁簿（檔案損毀或不是 .xlsx）。請在 Excel 重新另存為 .xlsx。`,
    );
  }
  // Records by Excel row number (empty rows are absent from `rows`: they become empty records), so
  // that a header's index is its Excel row − 1 in messages too, as for text files.
  const records: string[][] = Array.from({ length: 12 }, () => []);
  for (const r of rows) if (r.number <= records.length) records[r.number - 1] = r.cells.map((c) => xlsxCellText(c));
  const found = detectSource(records, candidates, path);
  const headerRow = rows.find((r) => r.number === found.header.index + 1)!;
  const width = Math.max(headerRow.cells.length, 1);
  const kinds = new Map(
    found.contract.columns.flatMap((c) => {
      const source = found.header.columns.get(c.alias);
      return source && source.form !== "constant" ? source.cells.map((at) => [at, c.kind] as const) : [];
    }),
  );
  const data = rows
    .filter((r) => r.number > headerRow.number)
    .map((r) => [
      String(r.number),
      ...Array.from({ length: width }, (_, i) => xlsxCellText(r.cells[i] ?? null, kinds.get(i))),
      // Cells right of the header stay: validation quarantines the row (extra_cells), as in a text file.
      ...r.cells.slice(width).map((c) => xlsxCellText(c)),
    ]);
  const stagedPath = join(context.tempDir, `${context.loadId}.csv`);
  await writeFile(stagedPath, Papa.unparse(data, { newline: "\n" }));
  return { ...found, records, encoding: "xlsx", layout: { delimiter: ",", width, rowColumn: true }, stagedPath };
}

/**
 * Reads a file as far as staging needs: rejects what is not a table of a known source (empty,
 * binary, undecodable, no header…), finds its encoding, delimiter, source and header, and gives
 * DuckDB a UTF-8 file with Excel's record numbers (a copy when the original is not one).
 */
export async function prepareFile(path: string, scan: FileScan, context: PrepareContext): Promise<PreparedFile> {
  if (scan.size === 0) throw new RejectedFile("empty_file", `${path}：檔案是空的（0 位元組）。請重新匯出。`);
  context.onRead?.();
  const { head } = scan;
  const candidates = candidatesFor(path, context);
  const isZip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  if (extname(path).toLowerCase() === ".xlsx" && !isZip)
    throw new RejectedFile(
      "bad_xlsx",
      `${path}：副檔名是 .xlsx，內容卻不是 Excel 活頁簿。請在 Excel 重新另存為 .xlsx。`,
    );
  const read = isZip
    ? await prepareWorkbook(path, context, candidates)
    : await prepareText(path, scan, context, candidates);
  // The head's records serve the month's search only: the prepared file keeps none of them.
  const { header, layout, records, ...rest } = read;
  // The raw record keeps the file's own header text; blank or repeated headers get their position.
  const seen = new Set<string>();
  const headers = Array.from({ length: layout.width }, (_, i) => {
    const name = header.names[i] && !seen.has(header.names[i]!) ? header.names[i]! : `欄${i + 1}`;
    seen.add(name);
    return { column: stageColumn(i), header: name };
  });
  const columns = withMonth(read.contract, header, records, path, context.month);
  return {
    path,
    ...rest,
    layout,
    header: { ...header, columns },
    ...mappingOf(read.contract, header, columns),
    headers,
  };
}

/**
 * The columns with the month settled for a source dated by month: --month over all, else the
 * file's own column(s), else the title rows above the header, else the file name; rejected when
 * none says.
 */
function withMonth(
  contract: Contract,
  header: HeaderMatch,
  records: readonly string[][],
  path: string,
  month: string | undefined,
): Map<string, ColumnSource> {
  const alias = contract.dataDate;
  const dated = contract.columns.find((c) => c.alias === alias);
  if (!alias || dated?.kind !== "month") return header.columns;
  const constant = (value: string, spelling: string) =>
    new Map([...header.columns, [alias, { form: "constant", value, spelling } as ColumnSource]]);
  if (month) return constant(month, "--month");
  if (header.columns.has(alias)) return header.columns;
  const title = monthInTitle(records.slice(0, header.index).flat().join(" "));
  if (title) return constant(title, "標題列");
  const named = monthInFileName(basename(path));
  if (named) return constant(named, "檔名");
  throw new RejectedFile(
    "month_not_found",
    `${path}：找不到資料的年月。已找過：第 ${header.index + 1} 列標題中的「${dated.header}」欄與「年」「月」兩欄、標題列之上的文字（例如「115年01月…」）、檔名（例如 …_11501.csv）。請以 --month 2026-01 指定，或在檔案加上「${dated.header}」欄。`,
  );
}

/**
 * Contract column alias → SQL for its raw text, and which rows are out of the service area: its
 * column (a district) is read as the area names its members, from the column or a code column.
 */
function mappingOf(
  contract: Contract,
  header: HeaderMatch,
  columns: Map<string, ColumnSource>,
): Pick<PreparedFile, "mapping" | "area"> {
  const mapping = new Map([...columns].map(([alias, source]) => [alias, columnSourceSql(source, stageColumn)]));
  const area = contract.area;
  const cell = (at: number | undefined) => (at === undefined ? null : stageColumn(at));
  const named = (area?.column && mapping.get(area.column)) || cell(header.areaCells.name);
  const code = cell(header.areaCells.code);
  if (!area?.members.length || !(named || code)) return { mapping };
  const member = areaMemberSql(area.members, named, code);
  if (area.column) mapping.set(area.column, member);
  return { mapping, area: { member, outOfArea: outOfAreaSql(area.members, member) } };
}

/** Files with the same layout key can be staged and validated together. */
export const layoutKey = (f: PreparedFile) =>
  JSON.stringify([f.contract.name, f.layout, [...f.mapping], f.area ?? null, f.headers]);
