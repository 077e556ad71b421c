import { boolean, integer, oneOf, text } from "./column.ts";
import { defineContract } from "./contract.ts";
import type { OfficeProfile } from "./officeProfile.ts";

export const deadlineUnits = ["分鐘", "工作天"] as const;

/** 申辦項目處理時限: the office SOP's deadline per case type (`config/sop.csv`). */
export function sopContract(profile: OfficeProfile) {
  return defineContract({
    name: "sop",
    title: "申辦項目處理時限",
    description: "各申辦項目的業務單位與處理時限（隨到隨辦以分鐘計，其餘以工作天計）。",
    kind: "reference",
    owner: profile.data_owners.sop,
    cadence: "yearly",
    keys: ["case_type"],
    columns: {
      case_type: text({ header: "申辦項目", required: true, description: "申辦項目名稱。" }),
      unit: text({ header: "業務單位", required: true, description: "負責的業務單位。" }),
      deadline: integer({ header: "處理時限", required: true, min: 1, max: 10000, description: "處理時限數值。" }),
      deadline_unit: oneOf(deadlineUnits, {
        header: "時限單位",
        required: true,
        description: "分鐘（隨到隨辦）或工作天。",
      }),
      placeholder: boolean({ header: "暫定值", description: "是 = 系統預設值，待本所核定後更新。" }),
    },
  });
}
