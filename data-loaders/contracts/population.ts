import { integer, month, text } from "./column.ts";
import { defineContract } from "./contract.ts";
import { districtsOf } from "./districts.ts";
import type { OfficeProfile } from "./officeProfile.ts";

const count = (header: string, description: string) => integer({ header, min: 0, description });

/**
 * 人口統計: one row per 里 per month, the office's open population statistics. Published files
 * cover a whole city or the country (rows of other districts are out of area), and come apart:
 * births and deaths in one file, the population in another, filling the same rows.
 */
export function populationContract(profile: OfficeProfile) {
  const districts = districtsOf(profile);
  return defineContract({
    name: "population",
    title: "人口統計",
    description: "各里每月戶數、人口數及人口動態（開放資料）。",
    kind: "source",
    owner: profile.data_owners.population,
    cadence: "monthly",
    dataDate: "month",
    keys: ["month", "district", "village"],
    columns: {
      month: month({
        header: "年月",
        required: true,
        description:
          "統計年月（114/03、11403、2025-03）。沒有此欄時取年、月兩欄，或標題列、檔名中的年月（115年01月），或 --month。",
      }),
      district: text({
        header: "區域別",
        description:
          "行政區（縣市加鄉鎮市區，或只寫鄉鎮市區）；沒有此欄時為本所的服務區。服務區以外的列不匯入，計為轄區外。",
        ...(districts[0] ? { defaultValue: districts[0].name } : {}),
      }),
      village: text({ header: "里別", required: true, description: "里名。" }),
      neighborhoods: count("鄰數", "鄰數。"),
      households: count("戶數", "戶數。"),
      male: count("男", "男性人口數；與女、人口數同在或同缺（只有出生、死亡等的檔案可不含）。"),
      female: count("女", "女性人口數；與男、人口數同在或同缺。"),
      population: count("人口數", "人口數，須等於男 + 女；與男、女同在或同缺。"),
      births: count("出生", "當月出生登記數。"),
      deaths: count("死亡", "當月死亡登記數。"),
      marriages: count("結婚", "當月結婚登記對數。"),
      divorces: count("離婚", "當月離婚登記對數。"),
      moves_in: count("遷入", "當月遷入人數。"),
      moves_out: count("遷出", "當月遷出人數。"),
    },
    rules: [
      {
        code: "sum_mismatch",
        description: "人口數不等於男 + 女。",
        column: "population",
        violation: "population <> male + female",
      },
    ],
    together: [["male", "female", "population"]],
    partialFiles: true,
    area: {
      column: "district",
      nameHeaders: [],
      codeHeaders: ["區域別代碼"],
      labelColumn: "village",
      members: districts,
      noun: "行政區",
    },
  });
}
