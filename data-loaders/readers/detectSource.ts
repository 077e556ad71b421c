import type { Contract } from "../contracts/contract.ts";
import { RejectedFile } from "../ingest/RejectedFile.ts";
import { findHeader, type HeaderMatch } from "./findHeader.ts";

export interface DetectedSource {
  contract: Contract;
  header: HeaderMatch;
}

const list = (items: readonly string[]) => items.map((i) => `「${i}」`).join("、");

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
    .sort((a, b) => b.header.positions.size - a.header.positions.size);
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
        `${file}：第 ${only.header.index + 1} 列的標題缺少必要欄位 ${list(only.header.missingRequired)}。請補上欄位後重新匯入。`,
      );
    }
    return only;
  }
  const [best, second] = complete;
  if (best && (!second || best.header.positions.size > second.header.positions.size)) return best;
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
    `${file}：無法判斷資料來源。${closest.length ? `最接近的是 ${closest.join("；")}。` : "前 11 列沒有任何已知欄名。"}請以 --source 指定或修正標題列。`,
  );
}
