import type { z } from "zod";
import { date, integer, number, text, time } from "./column.ts";
import { defineContract } from "./contract.ts";
import type { OfficeProfile } from "./officeProfile.ts";

/** 電話禮貌測試: one row per test call; the rubric items and their maxima come from the profile. */
export function courtesyContract(profile: OfficeProfile) {
  const rubric: Record<string, z.ZodType> = Object.fromEntries(
    profile.courtesy.rubric.map((item) => [
      item.alias,
      number({
        header: item.header,
        required: true,
        min: 0,
        max: item.max,
        description: item.description ?? `評分項目「${item.header}」得分（0–${item.max}）。`,
      }),
    ]),
  );
  // The stored total is always the sum of the items: a typed total that disagrees only warns.
  const sum = `(${profile.courtesy.rubric.map((r) => r.alias).join(" + ")})`;
  return defineContract({
    name: "courtesy",
    title: "電話禮貌測試",
    description: "不預警電話服務品質及禮貌測試，一列一通測試電話。",
    kind: "source",
    owner: profile.data_owners.courtesy,
    cadence: "monthly",
    dataDate: "date",
    keys: ["test_id"],
    derivedKey: true,
    columns: {
      test_id: text({ header: "測試編號", description: "測試編號；未提供時由機關與該列內容產生穩定編號。" }),
      date: date({ header: "測試日期", required: true, description: "測試日期。" }),
      time: time({ header: "測試時間", description: "測試時間（HH:MM）。" }),
      unit: text({ header: "受測單位", required: true, description: "受測單位（課）。" }),
      extension: text({ header: "分機", description: "受測分機。" }),
      staff: text({ header: "受測人員", personal: "staff", description: "受測人員（僅限內部版）。" }),
      rings: integer({ header: "響鈴聲數", min: 0, description: "接聽前響鈴聲數。" }),
      ...rubric,
      total: number({
        header: "總分",
        min: 0,
        description: "總分；與各項合計相差超過 0.5 時以合計載入並警示 total_mismatch。",
      }),
      remark: text({ header: "備註", personal: "free_text", description: "測試備註（自由文字）。" }),
    },
    warnings: [
      {
        code: "total_mismatch",
        description: "總分與各評分項目合計相差超過 0.5。",
        column: "total",
        when: `(total IS NOT NULL AND abs(total - ${sum}) > 0.5)`,
      },
    ],
    computed: { total: sum },
  });
}
