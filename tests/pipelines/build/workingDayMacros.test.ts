import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { addWorkingDayCases, workingDaysBetweenCases } from "../../data-loaders/calendar/workingDayCases2025.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

let w: TestWarehouse;
beforeAll(async () => {
  w = await TestWarehouse.open();
  await buildModels(w.connection, w.office, { asOf: "2025-06-30" });
});
afterAll(() => w.close());

const one = async (sql: string) => Object.values((await w.rows(sql))[0]!)[0];

describe("the working_days SQL macros (the 2025 cases shared with OfficeCalendar)", () => {
  it.each(addWorkingDayCases)("add_working_days(%s, %i) is %s: %s", async (from, n, expected) => {
    expect(await one(`SELECT strftime(add_working_days(DATE '${from}', ${n}), '%Y-%m-%d') AS d`)).toBe(expected);
  });

  it.each(workingDaysBetweenCases)("working_days_between(%s, %s) is %s: %s", async (a, b, expected) => {
    expect(await one(`SELECT CAST(working_days_between(DATE '${a}', DATE '${b}') AS INTEGER) AS n`)).toBe(expected);
  });

  it("gives a complaint received Fri 2025-01-24 with a 6-working-day deadline the due date Sat 2025-02-08", async () => {
    // The make-up Saturday is day 6 (worked out in workingDayCases2025.ts); a reply that day is on time.
    const row = (
      await w.rows(
        `SELECT strftime(add_working_days(DATE '2025-01-24', 6), '%Y-%m-%d') AS due, DATE '2025-02-08' <= add_working_days(DATE '2025-01-24', 6) AS on_time`,
      )
    )[0];
    expect(row).toEqual({ due: "2025-02-08", on_time: true });
  });
});

describe("the calendar_days model", () => {
  it("holds the same days, working flags, notes and working day numbers as OfficeCalendar, 2023 to 2026", async () => {
    const rows = await w.rows(
      "SELECT strftime(date, '%Y-%m-%d') AS date, working, note, working_day_number FROM calendar_days ORDER BY date",
    );
    const expected = w.office.calendar
      .days()
      .map((d) => ({ ...d, working_day_number: w.office.calendar.workingDayNumber(d.date) }));
    expect(rows).toEqual(expected);
    expect(rows).toHaveLength(1461); // 365 + 366 (2024) + 365 + 365
  });

  it("numbers 2025-02-07 and the make-up Saturday 02-08 one apart, and Sunday 02-09 like 02-08", async () => {
    const [fri, sat, sun] = (
      await w.rows(
        "SELECT working_day_number AS n FROM calendar_days WHERE date BETWEEN '2025-02-07' AND '2025-02-09' ORDER BY date",
      )
    ).map((r) => r.n as number);
    expect([sat! - fri!, sun! - sat!]).toEqual([1, 0]);
  });
});
