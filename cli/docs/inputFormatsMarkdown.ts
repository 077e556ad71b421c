import { cadences, type Contract } from "../../data-loaders/contracts/contract.ts";
import type { Office } from "../../data-loaders/profile/loadOffice.ts";
import { contractSection } from "./contractSection.ts";

/**
 * docs/input-formats.md, written from the contracts of the shipped office profile so that the
 * documentation can never drift from what the loaders accept.
 */
export function inputFormatsMarkdown(office: Office): string {
  const all = Object.values(office.contracts) as Contract[];
  return [
    "<!-- 本檔由 `sqd docs` 依資料契約（data-loaders/contracts/）產生，請勿手動編輯。 -->",
    "",
    "# 輸入資料格式（資料契約）",
    "",
    `以下依 ${office.profile.office.name} 的設定檔（config/office.json）產生：滿意度題項、電話禮貌測試評分項目與陳情管道皆可由各所自訂。`,
    "每一欄可用中文欄名或英文代稱（不分大小寫，前後空白與全形空白忽略）。多出的欄位列為「略過欄位」，不視為錯誤。",
    "各來源皆可另有選填欄位「機關代碼」（office_code）。",
    "",
    "## 欄名對應、發布格式與年月",
    "",
    '- **欄名別名**：本所匯出檔的欄名與下表不同時，不必在 Excel 改欄名：在 config/office.json 的 `column_aliases` 寫上「下表欄名: [本所欄名, …]」，例如 `"population": { "男": ["人口數-男"], "結婚": [{ "sum": ["結婚對數_異性", "結婚對數_同性"] }] }`。一欄可由數欄相加（`sum`）；年與月分兩欄時寫 `{ "year": "年", "month": "月" }`；檔案沒有某欄而每列都相同時寫 `{ "value": "1999" }`（只在檔案沒有該欄時使用）。別名依序嘗試，先於下表的欄名。',
    "- **服務區**：config/office.json 的 `service_area` 列出本所服務的行政區（名稱與 8 碼區域代碼，`sqd init` 依機關全銜或 `--district` 填入）。全市、全國或各機關合併的檔案只匯入本所的列，其他列計為「轄區外」（`rows_out_of_area`），與合計列、頁尾一樣不計入讀取列數，也不逐列隔離。",
    "- **發布格式**：內政部與直轄市公布的格式（見各來源的「自動辨識的發布格式」）依標題列自動辨識，原檔直接匯入。匯入報告與 `sqd ingest --json` 的 `mapping` 列出採用的格式與各欄對應；用不到的欄（例如 0歲-男 …）列在「未使用的欄」，不是錯誤。",
    "- **年月**（按月的來源，例如人口統計）：依序取 `--month`、檔案的年月欄（民國 11501、115/01 或西元 2026-01）或「年」「月」兩欄、標題列中的「115年01月」、檔名中的年月（…_11501.csv、115年01月…、2026-01）；都找不到時拒絕匯入並說明找過哪裡。",
    "- **缺少必要欄位**時，錯誤訊息列出標題列中可能是同一欄的欄名與整個標題列，並提示可加的別名。",
    "",
    "## 資料來源",
    "",
    "| 來源 | 名稱 | 業務單位 | 更新頻率 |",
    "|---|---|---|---|",
    ...all.map((c) => `| ${c.name} | ${c.title} | ${c.owner} | ${cadences[c.cadence].label} |`),
    "",
    ...all.map((c) => contractSection(c) + "\n"),
  ].join("\n");
}
