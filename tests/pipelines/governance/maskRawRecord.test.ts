import { describe, expect, it } from "vitest";
import { maskRawRecord } from "../../../pipelines/governance/maskRawRecord.ts";
import { loadOffice } from "../../../data-loaders/profile/loadOffice.ts";

const complaints = loadOffice().contracts.complaints;

describe("a quarantined row's raw cells as the steward sees them", () => {
  it("hides the name and phone columns whole and masks personal data inside free text", () => {
    const raw = JSON.stringify({
      案號: "P-01",
      陳情人: "王小明",
      聯絡電話: "0912345678",
      案由摘要: "民眾陳大華來電 0987654321 詢問",
      類別: null,
    });
    expect(maskRawRecord(raw, complaints)).toEqual({
      案號: "P-01",
      陳情人: "＊＊＊",
      聯絡電話: "＊＊＊",
      案由摘要: "民眾陳○華來電 0987****** 詢問",
      類別: null,
    });
  });

  it("gives nothing for a row without raw content", () => {
    expect(maskRawRecord(null, complaints)).toEqual({});
  });
});
