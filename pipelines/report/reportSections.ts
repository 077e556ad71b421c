/**
 * The monthly report's sections, in order: one A4 landscape page and one 16:9 slide each. The page,
 * the PDF (one page per section) and the deck (one slide per section) all follow this list. 本月重點
 * comes right after the cover: the meeting opens with it.
 */
export const reportSections = [
  { id: "title", title: "封面" },
  { id: "highlights", title: "本月重點" },
  { id: "kpis", title: "關鍵指標" },
  { id: "satisfaction", title: "服務滿意度" },
  { id: "courtesy", title: "電話禮貌測試" },
  { id: "complaints", title: "陳情與民眾意見" },
  { id: "cases", title: "案件處理時限" },
  { id: "waiting", title: "等候時間" },
  { id: "recommendations", title: "改善建議" },
  { id: "followUp", title: "決議與列管" },
  { id: "dataQuality", title: "資料品質" },
] as const;

export type ReportSectionId = (typeof reportSections)[number]["id"];
