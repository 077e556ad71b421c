import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

// Office X's 服務量統計, built as of 2025-04-15:
//   電子謄本核發張數  2024-03 150, 2025-02 190, 2025-03 180
//     → a row every month 2024-03..2025-03 (13); 2024-04..2025-01 unreported (NULL, reported false);
//       2025-03 against 2024-03: +30 = +20 %; 2025-02 against the unreported 2024-02: no comparison
//   通譯服務人次      2025-02 5 (first reported), 2025-03 not reported
//     → 2025-02 and 2025-03 (the office's latest month), the latter unreported; none a year before
//   舊指標           2025-03 7, an indicator no longer in office.json's list → no unit, listed last
let w: TestWarehouse;
beforeAll(async () => {
  w = await TestWarehouse.open();
  await w.connection.run(`INSERT INTO service_counts (office_code, month, indicator, value) VALUES
    ('X', '2024-03', '電子謄本核發張數', 150), ('X', '2025-02', '電子謄本核發張數', 190),
    ('X', '2025-03', '電子謄本核發張數', 180), ('X', '2025-02', '通譯服務人次', 5),
    ('X', '2025-03', '舊指標', 7)`);
  await buildModels(w.connection, w.office, { asOf: "2025-04-15" });
});
afterAll(() => w.close());

const rows = (where: string) =>
  w.rows(`SELECT month, indicator, value, reported, last_year_value, change_vs_last_year, change_pct_vs_last_year
    FROM service_counts_monthly WHERE ${where} ORDER BY indicator, month`);

describe("service_counts_monthly: the hand-kept figures by month, against the same month a year before", () => {
  it("gives each indicator a row every month from its first report to the office's latest month", async () => {
    const all = await rows("true");
    expect(all.filter((r) => r.indicator === "電子謄本核發張數").map((r) => r.month)).toEqual([
      "2024-03",
      "2024-04",
      "2024-05",
      "2024-06",
      "2024-07",
      "2024-08",
      "2024-09",
      "2024-10",
      "2024-11",
      "2024-12",
      "2025-01",
      "2025-02",
      "2025-03",
    ]);
    expect(all.filter((r) => r.indicator === "通譯服務人次")).toEqual([
      {
        month: "2025-02",
        indicator: "通譯服務人次",
        value: 5,
        reported: true,
        last_year_value: null,
        change_vs_last_year: null,
        change_pct_vs_last_year: null,
      },
      {
        month: "2025-03",
        indicator: "通譯服務人次",
        value: null,
        reported: false,
        last_year_value: null,
        change_vs_last_year: null,
        change_pct_vs_last_year: null,
      },
    ]);
  });

  it("shows an unfilled month as unreported, not 0, and compares a month with the same month last year", async () => {
    expect(await rows("indicator = '電子謄本核發張數' AND month IN ('2024-06', '2025-02', '2025-03')")).toEqual([
      {
        month: "2024-06",
        indicator: "電子謄本核發張數",
        value: null,
        reported: false,
        last_year_value: null,
        change_vs_last_year: null,
        change_pct_vs_last_year: null,
      },
      {
        month: "2025-02",
        indicator: "電子謄本核發張數",
        value: 190,
        reported: true,
        last_year_value: null,
        change_vs_last_year: null,
        change_pct_vs_last_year: null,
      },
      {
        month: "2025-03",
        indicator: "電子謄本核發張數",
        value: 180,
        reported: true,
        last_year_value: 150,
        change_vs_last_year: 30,
        change_pct_vs_last_year: 20,
      },
    ]);
  });

  it("carries each indicator's unit and its place in office.json's list, an indicator no longer listed last", async () => {
    const march = await w.rows(
      "SELECT indicator, unit FROM service_counts_monthly WHERE month = '2025-03' ORDER BY office_code, month, position NULLS LAST, indicator",
    );
    expect(march).toEqual([
      { indicator: "電子謄本核發張數", unit: "張" },
      { indicator: "通譯服務人次", unit: "人次" },
      { indicator: "舊指標", unit: null },
    ]);
  });
});
