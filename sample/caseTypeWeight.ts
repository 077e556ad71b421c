// How often each SOP case type comes to the counter: 謄本 and 印鑑證明 dominate, 門牌編釘 is rare.
const weights: Readonly<Record<string, number>> = {
  戶籍謄本: 30,
  印鑑證明: 18,
  遷入登記: 8,
  換領國民身分證: 6,
  印鑑登記: 6,
  住址變更登記: 4,
  補領國民身分證: 4,
  戶口名簿: 4,
  遷出登記: 3,
  出生登記: 3,
  死亡登記: 2.5,
  結婚登記: 2,
  初領國民身分證: 2,
  離婚登記: 0.8,
  姓名變更登記: 0.8,
  戶籍資料更正: 0.8,
  初設戶籍登記: 0.6,
  門牌編釘: 0.15,
};

/** Relative frequency of a case type; a type the office added to its SOP gets 1. */
export function caseTypeWeight(caseType: string): number {
  return weights[caseType] ?? 1;
}

/** Done at every 戶政事務所 but not in the shipped SOP table: rows carrying it test `unknown_case_type`. */
export const unknownCaseType = "自然人憑證";
