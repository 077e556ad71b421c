import type { CaseTypeColumn } from "../site/publicCaseTypes.ts";
import type { CrossTableColumns } from "./suppressCrossTable.ts";

/** A column of an open dataset: its published (Chinese) name, the mart column it comes from, type and meaning. */
export interface OpenField {
  name: string;
  column: string;
  type: "VARCHAR" | "INTEGER" | "DOUBLE" | "BOOLEAN";
  description: string;
}

/** One open dataset (docs/open-data.md): what it is, its columns, and the query that reads its rows. */
export interface OpenDataset {
  /** File name stem: `<id>.csv`, `<id>.json`, `<id>.parquet`, `<id>.metadata.json`. */
  id: string;
  title: string;
  description: string;
  /** The data.gov.tw 更新頻率. */
  frequency: string;
  fields: readonly OpenField[];
  /** SELECT over the warehouse's marts, returning every field's `column`. */
  sql: string;
  /** Figures withheld where the row's `too_small` is set (the public build's rule, publicRows). */
  withheldWhenSmall?: readonly string[];
  /** Counts from personal data: published as two-way tables under the profile's `open_data.min_cell` (suppressCrossTable). */
  crossTable?: CrossTableColumns;
  /** The 申辦項目 column, shown as 其他 outside the SOP list (publicCaseTypes). */
  caseTypes?: CaseTypeColumn;
}

/** A column of an open dataset. */
const field = (name: string, column: string, type: OpenField["type"], description: string): OpenField => ({
  name,
  column,
  type,
  description,
});

/** Fields every dataset has. */
const shared = {
  officeCode: field("機關代碼", "office_code", "VARCHAR", "戶政事務所機關代碼"),
  month: field("年月", "month", "VARCHAR", "統計年月（西元 YYYY-MM）"),
  tooSmall: field("樣本不足", "too_small", "BOOLEAN", "樣本數少於最小樣本數，比例僅供參考或不公布"),
};

/**
 * The office's open datasets, read from the marts (docs/metrics.md defines every figure). Complaint
 * counts get disclosure control in exportOpenData; population is published as the office publishes it.
 */
export const openDatasets: readonly OpenDataset[] = [
  {
    id: "kpi_monthly",
    title: "服務品質關鍵績效指標（每月）",
    description:
      "本所每月五項服務品質指標：滿意度、電話禮貌平均分、陳情如期回覆率、案件如期完成率、等候時間中位數，附目標值與樣本數。",
    frequency: "每月",
    fields: [
      shared.officeCode,
      shared.month,
      field("指標", "label", "VARCHAR", "指標名稱"),
      field("單位", "unit", "VARCHAR", "數值單位（%、分、分鐘）"),
      field("數值", "value", "DOUBLE", "當月數值；無資料或樣本不足時空白"),
      field("信賴區間下限", "ci_low", "DOUBLE", "95% 信賴區間下限（僅滿意度）"),
      field("信賴區間上限", "ci_high", "DOUBLE", "95% 信賴區間上限（僅滿意度）"),
      field("樣本數", "n", "INTEGER", "計算數值的份數、通數或件數"),
      shared.tooSmall,
      field("目標值", "target", "DOUBLE", "本所設定的目標"),
      field("達成目標", "meets_target", "BOOLEAN", "數值是否達成目標"),
    ],
    sql: "SELECT office_code, month, label, unit, value, ci_low, ci_high, n, too_small, target, meets_target FROM kpi_monthly ORDER BY office_code, month, position",
  },
  {
    id: "satisfaction_monthly",
    title: "服務滿意度調查結果（每月，依題項）",
    description:
      "臨櫃服務滿意度問卷每月各題項與整體的滿意比例（非常滿意及滿意所占比例）與 95% 信賴區間；作答少於最小樣本數的月份不公布比例。",
    frequency: "每月",
    fields: [
      shared.officeCode,
      shared.month,
      field("題項", "header", "VARCHAR", "問卷題項（整體滿意度或各題）"),
      field("作答份數", "n", "INTEGER", "該題有效作答份數"),
      field("滿意比例", "satisfied_pct", "DOUBLE", "答非常滿意或滿意的比例（%）"),
      field("信賴區間下限", "ci_low", "DOUBLE", "滿意比例 95% Wilson 信賴區間下限（%）"),
      field("信賴區間上限", "ci_high", "DOUBLE", "滿意比例 95% Wilson 信賴區間上限（%）"),
      field("平均分數", "mean_score", "DOUBLE", "5 分量表平均分數"),
      shared.tooSmall,
    ],
    sql: "SELECT office_code, month, header, n, satisfied_pct, ci_low, ci_high, mean_score, too_small FROM satisfaction_monthly ORDER BY office_code, month, position",
    withheldWhenSmall: ["satisfied_pct", "ci_low", "ci_high", "mean_score"],
  },
  {
    id: "case_monthly",
    title: "申辦案件處理時限達成情形（每月，依申辦項目）",
    description:
      "各申辦項目每月案件量、於處理時限內完成的比例，以及服務與等候時間中位數；案件數少於最小樣本數的項目不公布比例與時間。",
    frequency: "每月",
    fields: [
      shared.officeCode,
      shared.month,
      field("申辦項目", "case_type", "VARCHAR", "申辦項目（全部為各項目合計）"),
      field("處理時限", "deadline", "INTEGER", "標準作業程序的處理時限"),
      field("時限單位", "deadline_unit", "VARCHAR", "處理時限的單位（分鐘或工作天）"),
      field("案件數", "transactions", "INTEGER", "當月受理案件數"),
      field("已完成件數", "completed", "INTEGER", "已完成案件數"),
      field("如期完成件數", "on_time", "INTEGER", "於處理時限內完成的件數"),
      field("如期完成率", "compliance_pct", "DOUBLE", "如期完成件數占可判定件數的比例（%）"),
      shared.tooSmall,
      field("服務時間中位數", "p50_service_minutes", "DOUBLE", "受理至完成的分鐘數中位數"),
      field("等候時間中位數", "p50_wait_minutes", "DOUBLE", "取號至叫號的分鐘數中位數"),
    ],
    sql: `SELECT office_code, month, case_type, deadline, deadline_unit, transactions, completed, on_time, compliance_pct, too_small,
      p50_service_minutes, p50_wait_minutes FROM case_monthly ORDER BY office_code, month, case_type = '全部' DESC, case_type`,
    withheldWhenSmall: ["compliance_pct", "p50_service_minutes", "p50_wait_minutes"],
    caseTypes: { column: "case_type", counts: ["transactions", "completed", "on_time"] },
  },
  {
    id: "complaint_monthly",
    title: "陳情案件收件數（每月，依來源管道及類別）",
    description:
      "每月各來源管道、各類別陳情收件數，含「全部」小計。為保護陳情人，未滿門檻的件數及足以推算它的件數不公布（空白）。",
    frequency: "每月",
    fields: [
      shared.officeCode,
      shared.month,
      field("來源管道", "channel", "VARCHAR", "陳情來源管道（全部為各管道合計）"),
      field("類別", "category", "VARCHAR", "陳情類別（全部為各類別合計）"),
      field("收件數", "received", "INTEGER", "收件數；空白為依個資保護不公布"),
    ],
    sql: `SELECT office_code, month, channel, coalesce(category, '未分類') AS category, received FROM complaint_monthly ORDER BY office_code, month`,
    crossTable: { by: ["office_code", "month"], row: "channel", column: "category", count: "received", total: "全部" },
  },
  {
    id: "population_monthly",
    title: "各里人口統計（每月）",
    description:
      "本所轄區各里每月鄰數、戶數、男女人口數及出生、死亡、結婚、離婚、遷入、遷出（全區為各里合計），與本所公布之人口統計相同。",
    frequency: "每月",
    fields: [
      shared.officeCode,
      shared.month,
      field("區域別", "district", "VARCHAR", "行政區（縣市加鄉鎮市區；全區列空白）"),
      field("里別", "village", "VARCHAR", "里名（全區為當月各里合計）"),
      field("鄰數", "neighborhoods", "INTEGER", "鄰數"),
      field("戶數", "households", "INTEGER", "戶數"),
      field("男", "male", "INTEGER", "男性人口數"),
      field("女", "female", "INTEGER", "女性人口數"),
      field("人口數", "population", "INTEGER", "人口數（男 + 女）"),
      field("出生", "births", "INTEGER", "當月出生登記人數"),
      field("死亡", "deaths", "INTEGER", "當月死亡登記人數"),
      field("結婚", "marriages", "INTEGER", "當月結婚登記對數"),
      field("離婚", "divorces", "INTEGER", "當月離婚登記對數"),
      field("遷入", "moves_in", "INTEGER", "當月遷入人數"),
      field("遷出", "moves_out", "INTEGER", "當月遷出人數"),
    ],
    sql: `SELECT office_code, month, district, village, neighborhoods, households, male, female, population, births, deaths, marriages, divorces, moves_in, moves_out
      FROM population_monthly ORDER BY office_code, month, is_total DESC, file_order, district, village`,
  },
];
