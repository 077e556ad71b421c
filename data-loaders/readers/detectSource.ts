import type { Contract } from "../contracts/contract.ts";
import { RejectedFile } from "../ingest/RejectedFile.ts";
import { normalizeHeader } from "../values/normalizeCell.ts";
import { findHeader, namedColumns, type HeaderMatch } from "./findHeader.ts";

export interface DetectedSource {
  contract: Contract;
  header: HeaderMatch;
}

const list = (items: readonly string[]) => items.map((i) => `「${i}」`).join("、");

/** Header cells that may be a missing column under another name: one holds the other (人口數-男 and 男). */
function nearMatches(missing: string, header: HeaderMatch): string[] {
  const wanted = normalizeHeader(missing);
  return header.ignored.filter((cell) => {
    const name = normalizeHeader(cell);
    return name.includes(wanted) || wanted.includes(name);
  });
}

/** What a header lacks, with the cells that may be those columns and the header row as the file has it. */
function missingText(match: DetectedSource): string {
  const { header } = match;
  const hints = header.missingRequired.map((h) => {
    const near = nearMatches(h, header).slice(0, 3);
    return near.length ? `找不到「${h}」；檔案中有${list(near)}，是否為同一欄？` : `找不到「${h}」。`;
  });
  return `${hints.join("")}檔案第 ${header.index + 1} 列的標題為：${header.names.filter(Boolean).slice(0, 30).join("、")}${header.names.length > 30 ? "…" : ""}。若欄名不同，可在 config/office.json 的 column_aliases.${match.contract.name} 加上別名（見 docs/input-formats.md）。`;
}

/**
 * Finds the header of a file for a known source, or — with no source given — the one source
 * whose required columns all appear in a header. Errors name the closest sources and what they lack.
 */
export function detectSource(
  records: readonly string[][],
  candidates: readonly Contract[],
  file: string,
): DetectedSource {
  const matches = candidates
    .map((contract) => ({ contract, header: findHeader(records, contract) }))
    .filter((m): m is DetectedSource => m.header !== null)
    .sort((a, b) => namedColumns(b.header) - namedColumns(a.header));
  const complete = matches.filter((m) => m.header.missingRequired.length === 0);
  if (candidates.length === 1) {
    const [only] = matches;
    if (!only)
      throw new RejectedFile(
        "no_header",
        `${file}：前 11 列找不到「${candidates[0]!.title}」的標題列（例如 ${list(candidates[0]!.columns.filter((c) => c.required).map((c) => c.header))}）。請確認檔案種類或編碼。`,
      );
    if (only.header.missingRequired.length) {
      throw new RejectedFile(
        "missing_columns",
        `${file}：第 ${only.header.index + 1} 列的標題缺少必要欄位 ${list(only.header.missingRequired)}。${missingText(only)}`,
      );
    }
    return only;
  }
  const [best, second] = complete;
  if (best && (!second || namedColumns(best.header) > namedColumns(second.header))) return best;
  if (best && second) {
    throw new RejectedFile(
      "ambiguous_source",
      `${file}：標題列同時符合「${best.contract.title}」與「${second.contract.title}」。請放在 inbox/<來源>/ 資料夾或以 --source 指定。`,
    );
  }
  const closest = matches
    .slice(0, 2)
    .map((m) => `「${m.contract.title}」（${m.contract.name}）缺少 ${list(m.header.missingRequired)}`);
  throw new RejectedFile(
    matches.length ? "unknown_source" : "no_header",
    `${file}：無法判斷資料來源。${closest.length ? `最接近的是 ${closest.join("；")}。${missingText(matches[0]!)}` : "前 11 列沒有任何已知欄名。"}請以 --source 指定或修正標題列。`,
  );
}
