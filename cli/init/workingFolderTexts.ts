import type { Contract } from "../../data-loaders/contracts/contract.ts";
import type { Contracts } from "../../data-loaders/contracts/contracts.ts";
import { officeProfileSchema, type OfficeProfile } from "../../data-loaders/contracts/officeProfile.ts";
import { commentedJson } from "../../data-loaders/profile/commentedJson.ts";
import { profileJsonSchema } from "../../data-loaders/profile/profileJsonSchema.ts";
import { contractSection } from "../docs/contractSection.ts";

/**
 * What a working folder keeps out of version control: the warehouse and the inbox hold personal
 * data (names, phones, staff ids); the built sites are regenerated from them.
 */
export const workingFolderGitignore = [
  "# sqd init：資料倉儲、收件匣（含個人資料）與建置出的網站不納入版本控制",
  "data/*.duckdb",
  "data/*.duckdb.wal",
  "data/inbox/",
  "dist/",
  "dist-public/",
] as const;

const officeJsonHeader = [
  "本所設定檔 office.json（由 sqd init 產生）。",
  "以 // 開頭的是說明，sqd 讀取時略過，可自行增刪；其餘須為 JSON（字串用雙引號，項目間以逗號分隔，最後一項後面不加逗號）。",
  "每次執行 sqd 都會檢查本檔：數值超出範圍時會指出欄位與允許範圍。修改後可執行 sqd doctor 確認。",
];

/**
 * office.json for a new office, every field commented from the schema's descriptions; each
 * data owner's comment is its dataset's title from the contracts, and the contact is written
 * commented out for the office to complete.
 */
export function officeJsonText(
  profile: Record<string, unknown>,
  contactExample: OfficeProfile["contact"],
  all: Contracts,
): string {
  const notes = Object.fromEntries((Object.values(all) as Contract[]).map((c) => [`data_owners.${c.name}`, c.title]));
  notes.contact = "填好 unit 與 phone 後刪除下一行開頭的 //";
  return commentedJson(profile, profileJsonSchema(officeProfileSchema), {
    header: officeJsonHeader,
    notes,
    disabled: { contact: contactExample },
  });
}

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
