import { month, number, oneOf, text } from "./column.ts";
import { defineContract } from "./contract.ts";
import type { OfficeProfile } from "./officeProfile.ts";

/**
 * 服務量統計: monthly figures the office gets from other systems (電子謄本, 跨機關電子查驗, 網路預約, 志工
 * and 研習 hours, …), kept by hand, one row per month and indicator; the indicators are the profile's.
 */
export function serviceCountsContract(profile: OfficeProfile) {
  const indicators = profile.service_count_indicators;
  const names = indicators.map((i) => i.name) as [string, ...string[]];
  const synonyms = Object.fromEntries(indicators.flatMap((i) => i.synonyms.map((s) => [s, i.name])));
  return defineContract({
    name: "service_counts",
    title: "服務量統計",
    description:
      "本所由內政部、市府等其他系統取得、自己的匯出檔沒有的每月服務量（電子謄本、跨機關電子查驗、網路預約、志工與研習時數等），一列一個月份的一項指標。",
    kind: "source",
    owner: profile.data_owners.service_counts,
    cadence: "monthly",
    dataDate: "month",
    keys: ["month", "indicator"],
    columns: {
      month: month({
        header: "年月",
        required: true,
        description: "統計年月（114/03、11403、2025-03）。沒有此欄時取標題列、檔名中的年月，或 --month。",
      }),
      indicator: oneOf(names, {
        header: "指標",
        required: true,
        synonyms,
        description:
          "指標名稱，須為 config/office.json 的 service_count_indicators 所列之一；不在清單中的列隔離（invalid_value），要新增本所自己的指標時先在該清單加上名稱與單位。",
      }),
      value: number({
        header: "數值",
        required: true,
        min: 0,
        description: "當月的件數、人次或時數（單位見指標清單，時數可有小數）。負數或非數字的列隔離。",
      }),
      origin: text({ header: "資料來源", description: "數字的出處，例如 內政部戶役政資訊系統、市府志工管理系統。" }),
      remark: text({
        header: "備註",
        personal: "free_text",
        description: "備註（自由文字，可能含個人資料；不得出現在公開版）。",
      }),
    },
  });
}
