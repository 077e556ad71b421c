import type { Layout } from "./Layout.ts";

/**
 * The layouts government offices publish, as ../shared/real-exports/README.md describes them:
 * detection tries each beside the project's own headers, and the one naming most columns wins.
 * Alternatives are tried in order (the newer edition first).
 */
export const presets: readonly Layout[] = [
  {
    // 村里戶數、單一年齡人口數 and 村里生死結離, every edition: 113 年起 adds 區域別代碼, renames 村里
    // to 村里名稱 and splits marriages and divorces into 異性 and 同性.
    name: "內政部村里統計",
    source: "population",
    columns: {
      年月: ["統計年月"],
      里別: ["村里名稱", "村里"],
      男: ["人口數-男", "人口數_男"],
      女: ["人口數-女", "人口數_女"],
      人口數: ["人口數-合計", "人口數_合計"],
      出生: ["出生數"],
      死亡: ["死亡數"],
      結婚: [{ sum: ["結婚對數_異性", "結婚對數_同性"] }, "結婚對數"],
      離婚: [{ sum: ["離婚對數_異性", "離婚對數_同性"] }, "離婚對數"],
    },
  },
  {
    // A city's monthly table with the year and the month in columns of their own and a 總計 row.
    name: "直轄市各里人口統計（年、月欄）",
    source: "population",
    columns: {
      年月: [{ year: "年", month: "月" }],
      區域別: ["隸屬區"],
      里別: ["里"],
      人口數: ["合計"],
    },
  },
  {
    // 「115年01月臺北市各里人口數戶數」: the month in the title row, a 總計 row and a subtotal row
    // per district whose 里別 is the district's own name.
    name: "直轄市各里人口數戶數（標題列年月）",
    source: "population",
    columns: {
      區域別: ["行政區"],
      鄰數: ["鄰數_戶籍登記"],
      男: ["人口數-男"],
      女: ["人口數-女"],
      人口數: ["人口數-合計"],
    },
  },
  {
    // 臺北市陳情系統: every agency's cases (受理機關); a case reaches the office on its 送達日期, and
    // 結案日期 is when it was answered. Its categories are the city's, not the office's: left out.
    name: "臺北市陳情系統",
    source: "complaints",
    columns: {
      案號: ["案件編號"],
      來源管道: [{ value: "市長信箱" }],
      收件時間: ["送達日期", "受理日期"],
      回覆時間: ["結案日期"],
      承辦單位: ["受理科室"],
    },
  },
  {
    // 高雄市 1999 API: every agency's cases (UnitName_), with no reply time (the metrics say so).
    name: "高雄市 1999 話務中心",
    source: "complaints",
    columns: {
      案號: ["FileNo_"],
      來源管道: [{ value: "1999" }],
      收件時間: ["Cre_Date_"],
      案由摘要: ["BeforeDesc_"],
    },
  },
];
