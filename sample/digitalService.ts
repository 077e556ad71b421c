import type { Random } from "./createRandom.ts";

/**
 * How digital a month's service is, rising slowly from the first generated month (docs/sample-data.md):
 * online cases (電子戶籍謄本) as a share of counter cases, the share of online cases authenticated digitally, the mobile certificate's share of those, and the
 * share of counter cases whose certificates were verified electronically (免附書證).
 */
export const digitalTrend = {
  online: { start: 0.014, perMonth: 0.0008, max: 0.05 },
  digitalAuth: { start: 0.78, perMonth: 0.005, max: 0.95 },
  mobileCertificate: { start: 0.15, perMonth: 0.015, max: 0.6 },
  /** Of the digital ones, by 健保卡 (the rest by 自然人憑證 or 行動自然人憑證). */
  healthCard: 0.12,
  /** Online cases whose export left 認證方式 blank. */
  unrecorded: 0.03,
  paperless: { start: 0.08, perMonth: 0.004, max: 0.3 },
} as const;

const rate = (r: { start: number; perMonth: number; max: number }, monthIndex: number) =>
  Math.min(r.max, r.start + r.perMonth * monthIndex);

/** Online cases per counter case in a month (a day draws around it). */
export const onlineShare = (monthIndex: number) => rate(digitalTrend.online, monthIndex);

/**
 * 認證方式 and 免附書證 of a case: online cases mostly by certificate (else identity checked at the
 * counter on collection, or not recorded); counter cases by identity check, some with their
 * certificates verified electronically; outreach always by identity check on paper.
 */
export function digitalService(
  channel: string,
  monthIndex: number,
  random: Random,
): { auth_method: string; paperless: string } {
  if (channel === "線上申辦") {
    if (random.chance(digitalTrend.unrecorded)) return { auth_method: "", paperless: "" };
    if (!random.chance(rate(digitalTrend.digitalAuth, monthIndex)))
      return { auth_method: "臨櫃身分核對", paperless: "否" };
    const method = random.chance(digitalTrend.healthCard)
      ? "健保卡"
      : random.chance(rate(digitalTrend.mobileCertificate, monthIndex))
        ? "行動自然人憑證"
        : "自然人憑證";
    return { auth_method: method, paperless: "否" };
  }
  if (channel === "行動戶所" || channel === "到府服務") return { auth_method: "臨櫃身分核對", paperless: "否" };
  return {
    auth_method: "臨櫃身分核對",
    paperless: random.chance(rate(digitalTrend.paperless, monthIndex)) ? "是" : "否",
  };
}
