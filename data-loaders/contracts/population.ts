import { integer, month, text } from "./column.ts";
import { defineContract } from "./contract.ts";
import type { OfficeProfile } from "./officeProfile.ts";

const count = (header: string, description: string, required = false) =>
  integer({ header, min: 0, required, description });

/** 人口統計: one row per 里 per month, the office's open population statistics. */
export function populationContract(profile: OfficeProfile) {
  return defineContract({
    name: "population",
    title: "人口統計",
    description: "各里每月戶數、人口數及人口動態（開放資料）。",
    kind: "source",
    owner: profile.data_owners.population,
    cadence: "monthly",
    dataDate: "month",
    keys: ["month", "village"],
    columns: {
      month: month({ header: "年月", required: true, description: "統計年月（114/03、11403、2025-03）。" }),
      village: text({ header: "里別", required: true, description: "里名。" }),
      neighborhoods: count("鄰數", "鄰數。"),
      households: count("戶數", "戶數。"),
      male: count("男", "男性人口數。", true),
      female: count("女", "女性人口數。", true),
      population: count("人口數", "人口數，須等於男 + 女。", true),
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
  });
}
