import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countsOf } from "../../support/countsOf.ts";
import { loadedOutcome, rejectedOutcome } from "../../support/outcomeNamed.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";
import { decodeText } from "../../../data-loaders/readers/textEncoding.ts";

let w: TestWarehouse;
beforeAll(async () => {
  w = await TestWarehouse.open();
});
afterAll(() => w?.close());

const header = "案號,來源管道,收件時間,案由摘要,承辦單位";
const lines = (id: string) => [
  header,
  `${id}-01,1999,114/03/03,等候過久,戶籍課`,
  `${id}-02,臉書,114/03/04,櫃檯人員態度不佳,櫃檯`,
];

/** Writes bytes into the complaints inbox folder under the test warehouse. */
function file(name: string, bytes: Buffer): string {
  const folder = join(w.dir, "inbox", "complaints");
  mkdirSync(folder, { recursive: true });
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

/** A Big5 export whose last cell (承辦單位 of row 3) was pasted in as UTF-8. */
const mixed = Buffer.concat([
  iconv.encode(lines("M").join("\r\n").slice(0, -"櫃檯".length), "big5"),
  Buffer.from("櫃檯\r\n", "utf8"),
]);

describe("mixed encodings", () => {
  it("holds a UTF-8 cell whose bytes are also valid Big5 (the case the check exists for)", () => {
    expect(new TextDecoder("big5", { fatal: true }).decode(Buffer.from("櫃檯", "utf8"))).toBe("瑹\uF076狗");
  });

  it("rejects a Big5 file with one UTF-8 cell, naming the file, the row and what to do", async () => {
    const path = file("mixed.csv", mixed);
    const [outcome] = await w.ingest([path]);
    const o = rejectedOutcome([outcome!], "mixed.csv");
    expect(o.error_code).toBe("undecodable");
    expect(o.error).toContain(path);
    expect(o.error).toContain("第 3 列");
    expect(o.error).toContain("「櫃檯」");
    expect(o.error).toContain("CSV UTF-8");
    expect(await w.rows("SELECT case_no FROM complaints WHERE case_no LIKE 'M-%'")).toEqual([]);
  });

  it("rejects such a file as a reference table too", () => {
    expect(decodeText(mixed)).toBeNull();
  });

  it.each([
    ["big5.csv", "big5", "B"],
    ["utf8.csv", "utf8", "U"],
  ])("still loads the same rows from a plain file (%s)", async (name, encoding, id) => {
    const o = loadedOutcome(await w.ingest([file(name, iconv.encode(lines(id).join("\r\n"), encoding))]), name);
    expect(countsOf(o)).toEqual({ read: 2, loaded: 2, quarantined: 0, duplicate: 0, replaced: 0, ignored: 0 });
    expect(await w.rows(`SELECT case_no, unit FROM complaints WHERE load_id = '${o.load_id}' ORDER BY 1`)).toEqual([
      { case_no: `${id}-01`, unit: "戶籍課" },
      { case_no: `${id}-02`, unit: "櫃檯" },
    ]);
  });
});
