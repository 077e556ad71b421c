import { describe, expect, it } from "vitest";
import { publicCaseTypes } from "../../../pipelines/site/publicCaseTypes.ts";

const sop = [{ case_type: "出生登記" }, { case_type: "印鑑證明" }];
const cases = { column: "case_type", counts: ["transactions", "completed"] };
const row = (case_type: string, transactions: number, completed: number, p50: number | null) => ({
  office_code: "X",
  month: "2025-03",
  case_type,
  transactions,
  completed,
  p50_service_minutes: p50,
  too_small: false,
});

describe("publicCaseTypes", () => {
  it("shows a 申辦項目 outside the SOP list as 其他 in the public build, keeping 全部 and the listed ones", () => {
    expect(
      publicCaseTypes(
        [row("全部", 10, 9, 12), row("出生登記", 7, 7, 10), row("代辦 A123456789", 3, 2, 20)],
        "public",
        sop,
        cases,
      ).map((r) => r.case_type),
    ).toEqual(["全部", "出生登記", "其他"]);
  });

  it("merges two unknown items of one month: counts 3 + 1, the median withheld and the row too small", () => {
    expect(publicCaseTypes([row("代辦 A123456789", 3, 2, 20), row("出生登機", 1, 1, 8)], "public", sop, cases)).toEqual(
      [
        {
          office_code: "X",
          month: "2025-03",
          case_type: "其他",
          transactions: 4,
          completed: 3,
          p50_service_minutes: null,
          too_small: true,
        },
      ],
    );
  });

  it("keeps what was loaded in the internal build", () => {
    const rows = [row("代辦 A123456789", 3, 2, 20)];
    expect(publicCaseTypes(rows, "internal", sop, cases)).toBe(rows);
  });

  it("touches only the rows that hold a 申辦項目 (satisfaction groups of the service_type dimension)", () => {
    const groups = [
      { dimension: "service_type", group_value: "遷入 0912345678", n: 4 },
      { dimension: "age_group", group_value: "30-39歲", n: 9 },
    ];
    expect(
      publicCaseTypes(groups, "public", sop, {
        column: "group_value",
        applies: (r) => r.dimension === "service_type",
        counts: ["n"],
      }).map((r) => r.group_value),
    ).toEqual(["其他", "30-39歲"]);
  });
});
