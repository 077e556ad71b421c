import { afterEach, describe, expect, it } from "vitest";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

let w: TestWarehouse | undefined;
afterEach(() => w?.close());

async function labels(dateStyle: "roc" | "gregorian") {
  w = await TestWarehouse.open();
  const office = { ...w.office, profile: { ...w.office.profile, date_style: dateStyle } };
  await buildModels(w.connection, office, { asOf: "2025-04-15" });
  const [row] = await w.rows("SELECT roc_month('2025-03') AS month, roc_date(DATE '2025-03-05') AS day");
  return row;
}

describe("the month and date labels of SQL-written messages", () => {
  it("writes 民國 by default: 2025-03 as 114年3月, 2025-03-05 as 114年3月5日", async () => {
    expect(await labels("roc")).toEqual({ month: "114年3月", day: "114年3月5日" });
  });

  it("follows the office's gregorian date style: 2025年3月, 2025年3月5日", async () => {
    expect(await labels("gregorian")).toEqual({ month: "2025年3月", day: "2025年3月5日" });
  });
});
