// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { FilterRow } from "../../../src/components/FilterRow.ts";

describe("FilterRow", () => {
  it("puts the filters in one wrapping row, in the order given", () => {
    const input = (name: string) => Object.assign(document.createElement("form"), { name });
    const row = FilterRow({ month: input("月份"), from: input("期間起"), to: input("期間迄") });
    expect([...row.children].map((c) => (c as HTMLFormElement).name)).toEqual(["月份", "期間起", "期間迄"]);
    expect(row.className).toBe("filter-row");
    expect(row.style.display).toBe("flex");
    expect(row.style.flexWrap).toBe("wrap");
  });
});
