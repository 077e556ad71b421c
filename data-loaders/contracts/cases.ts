import { boolean, datetime, integer, oneOf, text } from "./column.ts";
import { defineContract, notInSop, outOfOrder } from "./contract.ts";
import type { OfficeProfile } from "./officeProfile.ts";

export const caseChannels = ["臨櫃", "線上申辦", "跨域", "行動戶所", "到府服務"] as const;
/** The 認證方式 that are digital: what the share of digital authentication counts (docs/metrics.md). */
export const digitalAuthMethods = ["自然人憑證", "行動自然人憑證", "健保卡"] as const;
/** 認證方式: how the applicant's identity was established. */
export const authMethods = [...digitalAuthMethods, "臨櫃身分核對", "其他"] as const;

/** 案件辦理時間: one row per transaction, from the queue-ticket and registration systems. */
export function casesContract(profile: OfficeProfile) {
  return defineContract({
    name: "cases",
    title: "案件辦理時間",
    description: "取號、叫號、受理與完成時間，一列一件申辦案件。",
    kind: "source",
    owner: profile.data_owners.cases,
    cadence: "monthly",
    dataDate: "received_at",
    keys: ["case_id"],
    columns: {
      case_id: text({ header: "案件編號", required: true, description: "案件編號，同一機關內不重複。" }),
      case_type: text({
        header: "申辦項目",
        required: true,
        description: "申辦項目，對照處理時限表；不在表中者照載並標記 unknown_case_type。",
      }),
      channel: oneOf(caseChannels, {
        header: "受理方式",
        defaultValue: "臨櫃",
        description: "受理方式；空白視為臨櫃。",
      }),
      ticket_at: datetime({ header: "取號時間", description: "取號時間。" }),
      called_at: datetime({ header: "叫號時間", description: "叫號時間。" }),
      received_at: datetime({ header: "受理時間", required: true, description: "受理時間。" }),
      completed_at: datetime({ header: "完成時間", description: "完成時間；空白表示尚未完成。" }),
      counter: integer({ header: "櫃檯", min: 1, max: 99, description: "受理櫃檯號碼。" }),
      staff_id: text({ header: "承辦人員", personal: "staff", description: "承辦人員代號（僅限內部版）。" }),
      quantity: integer({ header: "件數", min: 1, max: 10000, defaultValue: 1, description: "件數；空白視為 1。" }),
      // Newer exports only: a file without these columns loads as before, with the values blank.
      auth_method: oneOf(authMethods, {
        header: "認證方式",
        synonyms: {
          MOICA: "自然人憑證",
          "TW FidO": "行動自然人憑證",
          健保卡註冊碼: "健保卡",
          臨櫃核對: "臨櫃身分核對",
        },
        description: `申請人身分的認證方式；${digitalAuthMethods.join("、")}為數位認證。空白表示匯出檔未記錄（不計入線上申辦數位認證比例的分母）。`,
      }),
      paperless: boolean({
        header: "免附書證",
        otherHeaders: ["電子查驗", "免附書證／電子查驗"],
        description: "是 = 證明文件以跨機關電子查驗取得，民眾免附紙本書證；空白表示未記錄。",
      }),
    },
    rules: [
      {
        code: "time_order",
        description: "取號 ≤ 叫號 ≤ 受理 ≤ 完成（有值者）順序不符。",
        column: "completed_at",
        violation: outOfOrder("ticket_at", "called_at", "received_at", "completed_at"),
      },
    ],
    warnings: [
      {
        code: "unknown_case_type",
        description: "申辦項目不在處理時限表中。",
        column: "case_type",
        when: notInSop("case_type"),
      },
    ],
  });
}
