import type { OpenDataset, OpenField } from "./OpenDataset.ts";

const office: OpenField = { name: "機關代碼", column: "office_code", type: "VARCHAR", description: "戶政事務所機關代碼" };
const month: OpenField = { name: "年月", column: "month", type: "VARCHAR", description: "統計年月（西元 YYYY-MM）" };
const tooSmall: OpenField = { name: "樣本不足", column: "too_small", type: "BOOLEAN", description: "樣本數少於最小樣本數，比例僅供參考或不公布" };

/**
 * The office's open datasets, read from the marts (docs/metrics.md defines every figure). Complaint
 * counts get disclosure control in exportOpenData; population is published as the office publishes it.
 */
export const openDatasets: readonly OpenDataset[] = [
  {
    id: "kpi_monthly",
    title: "服務品質關鍵績效指標（每月）",
    description: "本所每月五項服務品質指標：滿意度、電話禮貌平均分、陳情如期回覆率、案件如期完成率、等候時間中位數，附目標值與樣本數。",
    frequency: "每月",
    fields: [
      office, month,
      { name: "指標", column: "label", type: "VARCHAR", description: "指標名稱" },
      { name: "單位", column: "unit", type: "VARCHAR", description: "數值單位（%、分、分鐘）" },
      { name: "數值", column: "value", type: "DOUBLE", description: "當月數值；無資料或樣本不足時空白" },
      { name: "信賴區間下限", column: "ci_low", type: "DOUBLE", description: "95% 信賴區間下限（僅滿意度）" },
      { name: "信賴區間上限", column: "ci_high", type: "DOUBLE", description: "95% 信賴區間上限（僅滿意度）" },
      { name: "樣本數", column: "n", type: "INTEGER", description: "計算數值的份數、通數或件數" },
      tooSmall,
      { name: "目標值", column: "target", type: "DOUBLE", description: "本所設定的目標" },
      { name: "達成目標", column: "meets_target", type: "BOOLEAN", description: "數值是否達成目標" },
    ],
    sql: "SELECT office_code, month, label, unit, value, ci_low, ci_high, n, too_small, target, meets_target FROM kpi_monthly ORDER BY office_code, month, position",
  },
  {
    id: "satisfaction_monthly",
    title: "服務滿意度調查結果（每月，依題項）",
    description: "臨櫃服務滿意度問卷每月各題項與整體的滿意比例（非常滿意及滿意所占比例）與 95% 信賴區間；作答少於最小樣本數的月份不公布比例。",
    frequency: "每月",
    fields: [
      office, month,
      { name: "題項", column: "header", type: "VARCHAR", description: "問卷題項（整體滿意度或各題）" },
      { name: "作答份數", column: "n", type: "INTEGER", description: "該題有效作答份數" },
      { name: "滿意比例", column: "satisfied_pct", type: "DOUBLE", description: "答非常滿意或滿意的比例（%）" },
      { name: "信賴區間下限", column: "ci_low", type: "DOUBLE", description: "滿意比例 95% Wilson 信賴區間下限（%）" },
      { name: "信賴區間上限", column: "ci_high", type: "DOUBLE", description: "滿意比例 95% Wilson 信賴區間上限（%）" },
      { name: "平均分數", column: "mean_score", type: "DOUBLE", description: "5 分量表平均分數" },
      tooSmall,
    ],
    sql: "SELECT office_code, month, header, n, satisfied_pct, ci_low, ci_high, mean_score, too_small FROM satisfaction_monthly ORDER BY office_code, month, position",
    withheldWhenSmall: ["satisfied_pct", "ci_low", "ci_high", "mean_score"],
  },
  {
    id: "case_monthly",
    title: "申辦案件處理時限達成情形（每月，依申辦項目）",
    description: "各申辦項目每月案件量、於處理時限內完成的比例，以及服務與等候時間中位數；案件數少於最小樣本數的項目不公布比例與時間。",
    frequency: "每月",
    fields: [
      office, month,
      { name: "申辦項目", column: "case_type", type: "VARCHAR", description: "申辦項目（全部為各項目合計）" },
      { name: "處理時限", column: "deadline", type: "INTEGER", description: "標準作業程序的處理時限" },
      { name: "時限單位", column: "deadline_unit", type: "VARCHAR", description: "處理時限的單位（分鐘或工作天）" },
      { name: "案件數", column: "transactions", type: "INTEGER", description: "當月受理案件數" },
      { name: "已完成件數", column: "completed", type: "INTEGER", description: "已完成案件數" },
      { name: "如期完成件數", column: "on_time", type: "INTEGER", description: "於處理時限內完成的件數" },
      { name: "如期完成率", column: "compliance_pct", type: "DOUBLE", description: "如期完成件數占可判定件數的比例（%）" },
      tooSmall,
      { name: "服務時間中位數", column: "p50_service_minutes", type: "DOUBLE", description: "受理至完成的分鐘數中位數" },
      { name: "等候時間中位數", column: "p50_wait_minutes", type: "DOUBLE", description: "取號至叫號的分鐘數中位數" },
    ],
    sql: `SELECT office_code, month, case_type, deadline, deadline_unit, transactions, completed, on_time, compliance_pct, too_small,
      p50_service_minutes, p50_wait_minutes FROM case_monthly ORDER BY office_code, month, case_type = '全部' DESC, case_type`,
    withheldWhenSmall: ["compliance_pct", "p50_service_minutes", "p50_wait_minutes"],
  },
  {
    id: "complaint_monthly",
    title: "陳情案件收件數（每月，依來源管道及類別）",
    description: "每月各來源管道、各類別陳情收件數，含「全部」小計。為保護陳情人，未滿門檻的件數及足以推算它的件數不公布（空白）。",
    frequency: "每月",
    fields: [
      office, month,
      { name: "來源管道", column: "channel", type: "VARCHAR", description: "陳情來源管道（全部為各管道合計）" },
      { name: "類別", column: "category", type: "VARCHAR", description: "陳情類別（全部為各類別合計）" },
      { name: "收件數", column: "received", type: "INTEGER", description: "收件數；空白為依個資保護不公布" },
    ],
    sql: `SELECT office_code, month, channel, coalesce(category, '未分類') AS category, received FROM complaint_monthly ORDER BY office_code, month`,
    crossTable: { by: ["office_code", "month"], row: "channel", column: "category", count: "received", total: "全部" },
  },
  {
    id: "population_monthly",
    title: "各里人口統計（每月）",
    description: "本所轄區各里每月鄰數、戶數、男女人口數及出生、死亡、結婚、離婚、遷入、遷出（全區為各里合計），與本所公布之人口統計相同。",
    frequency: "每月",
    fields: [
      office, month,
      { name: "里別", column: "village", type: "VARCHAR", description: "里名（全區為當月各里合計）" },
      { name: "鄰數", column: "neighborhoods", type: "INTEGER", description: "鄰數" },
      { name: "戶數", column: "households", type: "INTEGER", description: "戶數" },
      { name: "男", column: "male", type: "INTEGER", description: "男性人口數" },
      { name: "女", column: "female", type: "INTEGER", description: "女性人口數" },
      { name: "人口數", column: "population", type: "INTEGER", description: "人口數（男 + 女）" },
      { name: "出生", column: "births", type: "INTEGER", description: "當月出生登記人數" },
      { name: "死亡", column: "deaths", type: "INTEGER", description: "當月死亡登記人數" },
      { name: "結婚", column: "marriages", type: "INTEGER", description: "當月結婚登記對數" },
      { name: "離婚", column: "divorces", type: "INTEGER", description: "當月離婚登記對數" },
      { name: "遷入", column: "moves_in", type: "INTEGER", description: "當月遷入人數" },
      { name: "遷出", column: "moves_out", type: "INTEGER", description: "當月遷出人數" },
    ],
    sql: `SELECT office_code, month, village, neighborhoods, households, male, female, population, births, deaths, marriages, divorces, moves_in, moves_out
      FROM population_monthly ORDER BY office_code, month, is_total DESC, file_order, village`,
  },
];
