import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

// Both exports end on Wed 2025-12-31 (holiday 12-25; no receipt, reply or completion after it); the
// live build is a year later, 2026-12-07. Overdue is judged as of the last day each source's data
// speaks of, 12-31 00:00, not the build's date:
//   M1 印鑑證明 (15 min) received 12-31 10:00, not completed: the export ends that day → open.
//   M2 印鑑證明 received 12-30 10:00, not completed: due 12-30 10:15 → overdue.
//   W1 戶籍資料更正 (5 working days) received Mon 12-22: 23, 24, 26, 29, 30 → due 12-30 → overdue.
//   W2 初設戶籍登記 (3 working days) received Fri 12-26: 29, 30, 31 → due 12-31 → open.
//   Q1 complaint (1999, 6 working days) received Fri 12-19: 22, 23, 24, 26, 29, 30 → due 12-30 →
//      overdue, 1 working day late (12-31). Q2 received 12-22 → due 12-31 → open. Q3 received and
//      replied 12-31.
let w: TestWarehouse;
beforeAll(async () => {
  w = await TestWarehouse.open();
  await w.connection.run(`
INSERT INTO cases (office_code, case_id, case_type, received_at, completed_at) VALUES
  ('64000140', 'M1', '印鑑證明', TIMESTAMPTZ '2025-12-31 10:00:00+08', NULL),
  ('64000140', 'M2', '印鑑證明', TIMESTAMPTZ '2025-12-30 10:00:00+08', NULL),
  ('64000140', 'W1', '戶籍資料更正', TIMESTAMPTZ '2025-12-22 10:00:00+08', NULL),
  ('64000140', 'W2', '初設戶籍登記', TIMESTAMPTZ '2025-12-26 10:00:00+08', NULL);
INSERT INTO complaints (office_code, case_no, channel, received_at, replied_at) VALUES
  ('64000140', 'Q1', '1999', TIMESTAMPTZ '2025-12-19 09:00:00+08', NULL),
  ('64000140', 'Q2', '1999', TIMESTAMPTZ '2025-12-22 09:00:00+08', NULL),
  ('64000140', 'Q3', '1999', TIMESTAMPTZ '2025-12-31 09:00:00+08', TIMESTAMPTZ '2025-12-31 16:00:00+08');`);
  await buildModels(w.connection, w.office, { asOf: "2026-12-07" });
});
afterAll(() => w.close());

describe("live pages judge overdue as of the last day each source's data speaks of, not the build's", () => {
  it("keeps cases received in the export's last days open, not overdue, unless their deadline had passed by then", async () => {
    expect(
      await w.rows(
        "SELECT strftime(as_of, '%Y-%m-%d') AS as_of, case_type, overdue, strftime(oldest_due_date, '%Y-%m-%d') AS due, case_ids FROM case_overdue",
      ),
    ).toEqual([
      { as_of: "2025-12-31", case_type: "印鑑證明", overdue: 1, due: "2025-12-30", case_ids: "M2" },
      { as_of: "2025-12-31", case_type: "戶籍資料更正", overdue: 1, due: "2025-12-30", case_ids: "W1" },
    ]);
  });

  it("keeps a complaint not yet due on the export's last day open, and counts lateness to that day", async () => {
    expect(
      await w.rows("SELECT case_no, replied, open_overdue, days_late FROM complaint_replies ORDER BY case_no"),
    ).toEqual([
      { case_no: "Q1", replied: false, open_overdue: true, days_late: 1 },
      { case_no: "Q2", replied: false, open_overdue: false, days_late: null },
      { case_no: "Q3", replied: true, open_overdue: false, days_late: null },
    ]);
  });
});
