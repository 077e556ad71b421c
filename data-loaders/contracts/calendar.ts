import { oneOf, text, yyyymmdd } from "./column.ts";
import { defineContract } from "./contract.ts";
import type { OfficeProfile } from "./officeProfile.ts";

/** 行政機關辦公日曆: 行政院人事行政總處's official calendar files, plus the office's overrides. */
export function calendarContract(profile: OfficeProfile) {
  return defineContract({
    name: "calendar",
    title: "行政機關辦公日曆",
    description: "政府行政機關辦公日曆（人事行政總處開放資料）及本所停班等異動。",
    kind: "reference",
    owner: profile.data_owners.calendar,
    cadence: "yearly",
    keys: ["date"],
    columns: {
      date: yyyymmdd({ header: "西元日期", required: true, description: "西元日期（YYYYMMDD）。" }),
      weekday: oneOf(["一", "二", "三", "四", "五", "六", "日"], { header: "星期", description: "星期。" }),
      day_off: oneOf(["0", "2"], { header: "是否放假", required: true, description: "0 = 上班日，2 = 放假。" }),
      note: text({ header: "備註", description: "節日名稱、補假、補行上班、颱風停班等。" }),
    },
  });
}
