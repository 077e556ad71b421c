import { describe, expect, it } from "vitest";
import { officesOf } from "../../../src/components/officesOf.ts";

describe("officesOf", () => {
  it("lists the offices with rows, the configured office first as the overview orders them, others by code", () => {
    const known = [
      { code: "64000140", name: "大寮" },
      { code: "64000130", name: "64000130" },
      { code: "64000150", name: "64000150" },
    ];
    const rows = [
      { office_code: "64000150" },
      { office_code: "64000130" },
      { office_code: "64000140" },
      { office_code: "64000130" },
      { office_code: "X9" },
    ];
    expect(officesOf(rows, known).map((o) => o.code)).toEqual(["64000140", "64000130", "64000150", "X9"]);
    expect(officesOf(rows, known).at(-1)).toEqual({ code: "X9", name: "X9" });
    expect(officesOf([], known)).toEqual([]);
  });
});
