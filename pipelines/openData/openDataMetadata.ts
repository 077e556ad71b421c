import type { OfficeProfile } from "../../data-loaders/contracts/officeProfile.ts";
import type { OpenDataset } from "./openDatasets.ts";

/** The license every dataset is published under, as data.gov.tw names it. */
export const openDataLicense = "政府資料開放授權條款-第1版";

/**
 * A dataset's metadata in the fields of the national open-data portal (data.gov.tw). The contact is
 * a unit and the office switchboard from the profile, never a person.
 */
export function openDataMetadata(
  dataset: OpenDataset,
  { officeName, contact }: { officeName: string; contact: NonNullable<OfficeProfile["contact"]> },
  info: { rows: number; months: string[]; asOf: string },
): Record<string, string | number> {
  return {
    資料集名稱: `${officeName}${dataset.title}`,
    資料集描述: dataset.description,
    主要欄位說明: dataset.fields.map((f) => `${f.name}(${f.description})`).join("、"),
    提供機關: officeName,
    更新頻率: dataset.frequency,
    授權方式: openDataLicense,
    計費方式: "免費",
    編碼格式: "UTF-8",
    檔案格式: "CSV;JSON;Parquet",
    聯絡單位: contact.unit,
    聯絡電話: contact.phone,
    資料期間: info.months.length === 0 ? "" : `${info.months[0]}至${info.months.at(-1)}`,
    資料筆數: info.rows,
    資料基準日: info.asOf,
  };
}
