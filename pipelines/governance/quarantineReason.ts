import type { Contract } from "../../data-loaders/contracts/contract.ts";
import { reasonCodes } from "../../data-loaders/contracts/reasonCodes.ts";
import { columnTypeText } from "../../data-loaders/contracts/columnText.ts";

export interface QuarantinedRow {
  row: number;
  /** The column alias the reason names (NULL for none). */
  column: string | null;
  reason: string;
}

const sentence = (s: string) => s.replace(/。$/, "");

/**
 * Why a row was quarantined, in the steward's words: its Excel row, the column's Chinese header
 * and the reason code's meaning, e.g. 「第 5 列：「填答日期」不是可讀的日期、時間或數字（應為：日期）」;
 * cross-column rules speak with their contract description (「第 7 列：回覆時間早於收件時間…」).
 */
export function quarantineReason(contract: Contract, q: QuarantinedRow): string {
  const at = `第 ${q.row} 列：`;
  const rule = contract.rules?.find((r) => r.code === q.reason);
  if (rule) return at + sentence(rule.description);
  const column = contract.columns.find((c) => c.alias === q.column);
  const meaning = reasonCodes[q.reason as keyof typeof reasonCodes] ?? q.reason;
  if (!column) return at + meaning;
  if (q.reason === "duplicate_key") {
    const keys = contract.keys.map((k) => contract.columns.find((c) => c.alias === k)!.header).join("、");
    return `${at}「${keys}」${meaning}（同一筆資料只能有一列）`;
  }
  if (q.reason === "missing_required") return `${at}「${column.header}」${meaning}`;
  return `${at}「${column.header}」${meaning}（應為：${columnTypeText(column)}）`;
}
