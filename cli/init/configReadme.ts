import type { Contract } from "../../data-loaders/contracts/contract.ts";
import type { Contracts } from "../../data-loaders/contracts/contracts.ts";
import { contractSection } from "../docs/contractSection.ts";

/**
 * config/README.md of a working folder: what each file is for and, for the CSV files (which have
 * no room for comments), their columns from the reference contracts.
 */
export function configReadme(all: Contracts): string {
  return [
    "# 設定檔說明（sqd init 產生）",
    "",
    "每次執行 sqd 都會讀取並檢查本資料夾；有錯時訊息會指出檔案、列與欄位。修改後可執行 `sqd doctor` 確認。",
    "",
    "| 檔案 | 內容 |",
    "|---|---|",
    "| `office.json` | 本所基本資料、業務單位、目標值、滿意度題項、電話禮貌評分表、陳情管道等；每個欄位上方以 `//` 註明用途與允許範圍 |",
    "| `sop.csv` | 各申辦項目的處理時限（「暫定值」為「是」者為系統預設，請換成本所核定的時限） |",
    "| `calendar/<西元年>.csv` | 人事行政總處公布的「政府行政機關辦公日曆表」，每年一個檔案，原檔（Big5）即可 |",
    "| `calendar/overrides.csv` | 本所另外的停止上班日或補班（例如颱風停班），優先於辦公日曆 |",
    "| `plan-items/<西元年>.csv` | 本所年度提升服務工作計畫的工作重點，每年一個檔案 |",
    "",
    "CSV 檔可用 Excel 編輯，另存為 CSV（UTF-8 或 Big5 皆可）；第 1 列為標題列。各檔的欄位如下。",
    "",
    ...([all.sop, all.calendar, all.plan_items] as Contract[]).map((c) => contractSection(c) + "\n"),
  ].join("\n");
}
