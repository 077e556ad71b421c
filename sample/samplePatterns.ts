/**
 * The patterns planted in the configured office's data, on fixed calendar months, for a good
 * analysis to find (docs/sample-data.md lists them). A pattern appears only where the generated
 * months cover it; other offices never carry them, so they also serve as a comparison.
 */
export const samplePatterns = {
  /** (1) Two counter staff on parental leave: waits climb three months running, counters close. */
  shortStaffed: {
    from: "2025-07-01",
    to: "2025-09-30",
    /** Median wait multiplier per month. */
    waitFactor: { "2025-07": 1.6, "2025-08": 2.1, "2025-09": 2.6 } as Readonly<Record<string, number>>,
    countersClosed: 2,
    kpi: "平均等候時間",
    note: "櫃檯人力 2 人育嬰留停",
  },
  /** (2) One unit's staff keep not naming unit and self on the phone. */
  courtesyMiss: { from: "2025-01", to: "2025-12", rubricAlias: "self_identification", share: 0.7 },
  /** (3) Complaints about efficiency spike while waits are long. */
  complaintSpike: { month: "2025-08", category: "作業效率", extra: 10 },
  /** (4) One case type keeps breaking its SOP minutes after a procedure change. */
  slowCaseType: { caseType: "印鑑證明", from: "2025-03", to: "2025-12", medianShareOfDeadline: 0.8 },
  /** (5) Exactly one complaint replied late, with the reason. */
  lateComplaint: {
    received: "2025-05-06",
    receivedSeconds: 10 * 3600 + 15 * 60,
    channel: "市長信箱",
    category: "法令規定",
    workingDaysLate: 3,
    delayReason: "須向他機關調閱戶籍資料，公文往返未及於期限內回覆",
  },
  /** (6) One case left open long past its deadline (waiting on another agency): 逾期未結 to the export's end. */
  stuckCase: { date: "2025-11-17", caseType: "戶籍資料更正" },
} as const;

/** True when month `YYYY-MM` lies in [from, to] (inclusive, ISO order). */
export function inMonths(month: string, from: string, to: string): boolean {
  return month >= from.slice(0, 7) && month <= to.slice(0, 7);
}
