import { buildModels } from "../../pipelines/build/buildModels.ts";
import { TestWarehouse } from "./TestWarehouse.ts";

/**
 * Issue 22: what a careless clerk's export puts in columns that are not free text, and the forms
 * the detector missed, each where it reaches a public surface. Every one must leave masked, or as
 * 其他 (an unknown 申辦項目), or not at all.
 */
export const leaks = {
  /** 受測單位 of a courtesy test: courtesy_monthly.unit. */
  unit: "戶籍登記課 承辦人林祕密 0911-000-001",
  /** 申辦項目 of a case: case_monthly.case_type. */
  caseType: "代辦 A123456789",
  /** 機關代碼 of a complaint: the office of complaint_monthly and kpi_monthly rows. */
  officeCode: "陳情人林祕密 0922-555-666",
  /** 年齡層 and 申辦項目 of a survey: satisfaction_groups.group_value. */
  ageGroup: "30-39歲 陳情人林祕密 0911-222-333",
  serviceType: "代辦 B223456781",
  /** 里別 with a phone appended: population_monthly.village. */
  village: "光明里 0933-111-222",
  /** A column the ingest ignored, headed with a name, a phone and an ID: load_log.ignored_columns. */
  ignoredColumn: "陳情人王大明 0933123456 A123456789",
  /** An evidence entry's 說明 in the forms the detector missed (finding 4): award_evidence. */
  description: "陳情人（林祕密）、陳情人「林祕密」、A123 456 789、王小明 先生、申請人：Wang Xiaoming、0912/345/678",
};

/** Every personal piece of `leaks` as written: none may appear in any output. */
export const leakedPieces = [
  "林祕密",
  "0911-000-001",
  "A123456789",
  "0922-555-666",
  "0911-222-333",
  "B223456781",
  "0933-111-222",
  "王大明",
  "0933123456",
  "A123 456 789",
  "王小明",
  "Wang Xiaoming",
  "0912/345/678",
];

/**
 * A warehouse of the shipped office holding `leaks` in November 2025 — one courtesy test, one case,
 * one complaint of a mistyped office, one survey, one 里 of population, one evidence entry under
 * 一(一)1 and the load that ignored a column — built as of 2026-01-10 and closed, for the exports to
 * open READ_ONLY. The caller closes the TestWarehouse (which removes its folder).
 */
export async function leakyWarehouse(): Promise<TestWarehouse> {
  const w = await TestWarehouse.open();
  const office = w.office.profile.office.code;
  const q = (v: string) => `'${v.replaceAll("'", "''")}'`;
  await w.connection.run(`
INSERT INTO load_log (load_id, loaded_at, office_code, source, path, size_bytes, sha256, rows_read, rows_quarantined, ignored_columns, status) VALUES
  ('l1', TIMESTAMPTZ '2025-12-01 09:00:00+08', ${q(office)}, 'courtesy', '/data/inbox/courtesy.csv', 1, 'f123456789e0', 1, 0, [${q(leaks.ignoredColumn)}], 'loaded');
INSERT INTO courtesy (office_code, test_id, date, unit, answer_speed, greeting, self_identification, attitude, answer_quality, transfer, closing, total, load_id, source_row) VALUES
  (${q(office)}, 't1', DATE '2025-11-05', ${q(leaks.unit)}, 15, 10, 15, 20, 25, 5, 10, 100, 'l1', 2);
INSERT INTO cases (office_code, case_id, case_type, received_at, completed_at, quantity, load_id, source_row) VALUES
  (${q(office)}, 'c1', ${q(leaks.caseType)}, TIMESTAMPTZ '2025-11-05 09:00:00+08', TIMESTAMPTZ '2025-11-05 09:20:00+08', 1, 'l1', 2),
  (${q(office)}, 'c2', '出生登記', TIMESTAMPTZ '2025-11-05 10:00:00+08', TIMESTAMPTZ '2025-11-05 10:20:00+08', 1, 'l1', 3);
INSERT INTO complaints (office_code, case_no, channel, category, received_at, replied_at, received_at_date_only, replied_at_date_only, load_id, source_row) VALUES
  (${q(leaks.officeCode)}, 'p1', '1999', '作業效率', TIMESTAMPTZ '2025-11-03 10:00:00+08', TIMESTAMPTZ '2025-11-04 15:00:00+08', false, false, 'l1', 2);
INSERT INTO surveys (office_code, response_id, date, service_type, overall, age_group, load_id, source_row) VALUES
  (${q(office)}, 's1', DATE '2025-11-05', ${q(leaks.serviceType)}, 5, ${q(leaks.ageGroup)}, 'l1', 2);
INSERT INTO population (office_code, month, village, households, male, female, population, births, deaths, marriages, divorces, moves_in, moves_out, load_id, source_row) VALUES
  (${q(office)}, '2025-11', ${q(leaks.village)}, 100, 150, 150, 300, 1, 1, 0, 0, 2, 1, 'l1', 2);
INSERT INTO evidence (office_code, plan_item, date, description, load_id, source_row) VALUES
  (${q(office)}, '一(一)1', DATE '2025-11-06', ${q(leaks.description)}, 'l1', 2);`);
  await buildModels(w.connection, w.office, { asOf: "2026-01-10" });
  w.warehouse.close();
  return w;
}
