/**
 * What each quarantine reason code means, in zh-TW, for the steward. The cross-column codes
 * (`time_order`, `sum_mismatch`) are described by the contract's own rule, not here.
 */
export const reasonCodes = {
  missing_required: "必填欄空白",
  type_error: "不是可讀的日期、時間或數字",
  out_of_range: "超出允許範圍",
  invalid_value: "不是允許的值",
  duplicate_key: "與同一檔案較前一列的鍵相同、內容不同",
  extra_cells: "儲存格比標題列多（多半是內容中有未加引號的逗號），各欄對不上",
} as const;

export type ColumnReasonCode = keyof typeof reasonCodes;
