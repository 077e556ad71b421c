import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { personalValues, scanForPersonalData } from "../../../pipelines/privacy/scanForPersonalData.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

const dir = mkdtempSync(join(tmpdir(), "sqd-scan-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("scanForPersonalData", () => {
  it("finds detected and known personal data in published files, not in library bundles", () => {
    mkdirSync(join(dir, "data"), { recursive: true });
    mkdirSync(join(dir, "_node"), { recursive: true });
    writeFileSync(join(dir, "index.html"), "<p>承辦人 R012 已回覆</p>");
    writeFileSync(join(dir, "data", "page.json"), JSON.stringify({ note: "請電 0912345678" }));
    writeFileSync(join(dir, "_node", "lib.js"), "const x = '0912345678';");
    writeFileSync(join(dir, "clean.html"), "<p>滿意度 90.4%</p>");
    expect(scanForPersonalData(dir, new Set(["R012"]))).toEqual([
      { file: "data/page.json", column: "note", kind: "mobile", text: "0912345678", masked: "0912******" },
      { file: "index.html", kind: "known", text: "R012" },
    ]);
  });
});

describe("scanForPersonalData, allowed values", () => {
  it("lets through what the office publishes on purpose, its switchboard, and still finds a mobile beside it", () => {
    const office = join(dir, "office");
    mkdirSync(office, { recursive: true });
    writeFileSync(join(office, "meta.json"), JSON.stringify({ 聯絡電話: "(07)788-1234", 備註: "0912345678" }));
    expect(scanForPersonalData(office, new Set(), new Set(["(07)788-1234"]))).toEqual([
      { file: "meta.json", column: "備註", kind: "mobile", text: "0912345678", masked: "0912******" },
    ]);
  });
});

describe("personalValues", () => {
  it("collects the personal columns' values and what the detector finds in free text", async () => {
    const w = await TestWarehouse.open();
    try {
      await w.connection
        .run(`INSERT INTO complaints (office_code, case_no, channel, received_at, complainant, phone, summary)
        VALUES ('X', 'p1', '1999', TIMESTAMPTZ '2025-02-03 10:00:00+08', '林美華', '07-7812345', '陳情人林美華身分證A123456789要求補發')`);
      await w.connection.run(
        `INSERT INTO cases (office_code, case_id, case_type, received_at, staff_id) VALUES ('X', 'c1', '出生登記', TIMESTAMPTZ '2025-02-05 09:00:00+08', 'R007')`,
      );
      const values = await personalValues(w.connection, Object.values(w.office.contracts));
      expect([...values].sort()).toEqual(["07-7812345", "A123456789", "R007", "林美華"].sort());
    } finally {
      w.close();
    }
  });
});
