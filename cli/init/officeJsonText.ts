import type { Contract } from "../../data-loaders/contracts/contract.ts";
import type { Contracts } from "../../data-loaders/contracts/contracts.ts";
import { officeProfileSchema, type OfficeProfile } from "../../data-loaders/contracts/officeProfile.ts";
import { commentedJson } from "../../data-loaders/profile/commentedJson.ts";
import { profileJsonSchema } from "../../data-loaders/profile/profileJsonSchema.ts";

const header = [
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
    header,
    notes,
    disabled: { contact: contactExample },
  });
}
