import { describe, expect, it } from "vitest";
import { text } from "../../../data-loaders/contracts/column.ts";
import { defineContract, type Contract } from "../../../data-loaders/contracts/contract.ts";
import { loadOffice } from "../../../data-loaders/profile/loadOffice.ts";
import { catalogEntries, modelDescription } from "../../../pipelines/governance/catalogEntries.ts";
import { martReaders } from "../../../pipelines/governance/martReaders.ts";

const office = loadOffice();
const complaints = office.contracts.complaints;
// The shipped complaints contract with one column more, as an office adding 陳情地點 would write it.
const widened = defineContract({
  ...complaints,
  columns: {
    ...Object.fromEntries(
      complaints.columns
        .filter((c) => c.alias !== "office_code")
        .map((c) => [c.alias, complaints.schema.shape[c.alias as keyof typeof complaints.schema.shape]]),
    ),
    location: text({ header: "陳情地點", otherHeaders: ["地點"], description: "陳情所指的地點。" }),
  },
});

// Two marts: complaint_replies reads the source through its view, complaint_monthly reads complaint_replies.
const nodes = [
  { name: "src_complaints", sql: "SELECT * FROM complaints" },
  { name: "complaint_replies", sql: "-- One row per complaint. Its deadline.\nSELECT case_no FROM src_complaints" },
  { name: "complaint_monthly", sql: "SELECT count(*) AS received FROM complaint_replies" },
];
const marts = new Set(["complaint_replies", "complaint_monthly"]);
const tableColumns = [
  { table_name: "complaints", column_name: "case_no", data_type: "VARCHAR" },
  { table_name: "complaints", column_name: "location", data_type: "VARCHAR" },
  { table_name: "complaint_monthly", column_name: "received", data_type: "INTEGER" },
];

const catalog = (contracts: readonly Contract[] = [widened as unknown as Contract]) =>
  catalogEntries({
    contracts,
    tableColumns,
    marts: [...marts].map((name) => ({ name, description: modelDescription(nodes.find((n) => n.name === name)!.sql) })),
    readers: martReaders(nodes, marts),
  });

describe("the data catalog", () => {
  it("lists a column added to a contract, with its Chinese header, other headers, type, required flag and description", () => {
    const [entry] = catalog();
    expect(entry!.columns.map((c) => c.alias)).toEqual([
      ...complaints.columns.filter((c) => c.alias !== "office_code").map((c) => c.alias),
      "location",
      "office_code",
    ]);
    expect(entry!.columns.find((c) => c.alias === "location")).toEqual({
      alias: "location",
      header: "陳情地點",
      otherHeaders: ["地點"],
      type: "text",
      sqlType: "VARCHAR",
      required: false,
      description: "陳情所指的地點。",
      values: null,
      personal: null,
    });
  });

  it("takes everything about a source from its contract: title, owner, cadence in words, dating column, personal flags", () => {
    const [entry] = catalog([complaints as unknown as Contract]);
    expect(entry).toMatchObject({
      name: "complaints",
      kind: "source",
      title: "陳情及民眾意見",
      owner: "戶籍行政課",
      cadence: "monthly",
      cadenceLabel: "每月",
      dataDate: "received_at",
    });
    expect(entry!.columns.find((c) => c.alias === "complainant")).toMatchObject({
      header: "陳情人",
      personal: "name",
      required: false,
    });
    expect(entry!.columns.find((c) => c.alias === "case_no")).toMatchObject({
      header: "案號",
      required: true,
      sqlType: "VARCHAR",
    });
    // a column the warehouse table lacks keeps its contract type and says it is not stored
    expect(entry!.columns.find((c) => c.alias === "phone")).toMatchObject({ type: "text", sqlType: null });
  });

  it("puts sources before reference tables, then only the marts the warehouse holds, with columns from information_schema", () => {
    const entries = catalog([office.contracts.sop, complaints] as unknown as Contract[]);
    expect(entries.map((e) => `${e.kind}:${e.name}`)).toEqual([
      "source:complaints",
      "reference:sop",
      "mart:complaint_monthly",
    ]);
    expect(entries[2]).toMatchObject({
      cadenceLabel: "每次建置",
      owner: null,
      columns: [{ alias: "received", type: "INTEGER", header: null }],
    });
  });

  it("names the marts that read a source through its view and through other marts", () => {
    const entries = catalog();
    expect(entries[0]!.readBy).toEqual(["complaint_monthly", "complaint_replies"]);
    expect(entries.find((e) => e.name === "complaint_monthly")!.readBy).toEqual([]);
  });
});

describe("a model's description", () => {
  it("is the first sentence of the comment its file opens with", () => {
    expect(modelDescription(nodes[1]!.sql)).toBe("One row per complaint.");
    expect(modelDescription("-- Satisfaction per month, e.g. 3.5 points: a\n-- share. More.\nSELECT 1")).toBe(
      "Satisfaction per month, e.g. 3.5 points: a share.",
    );
    expect(modelDescription("SELECT 1")).toBeNull();
  });
});
