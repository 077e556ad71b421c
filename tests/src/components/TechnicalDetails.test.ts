// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { TechnicalDetails } from "../../../src/components/TechnicalDetails.ts";
import { tableOf } from "../../../src/components/DataTable.ts";

describe("TechnicalDetails", () => {
  it("folds the steward's detail under a closed 技術細節, strings as paragraphs and tables as they are", () => {
    const table = tableOf([{ name: "surveys" }], [{ label: "資料表名稱", value: (r) => r.name }], "資料表");
    const details = TechnicalDetails(["執行 npx sqd build。", table]);
    expect(details.open).toBe(false);
    expect(details.querySelector(":scope > summary")!.textContent).toBe("技術細節");
    expect(details.querySelector(":scope > p")!.textContent).toBe("執行 npx sqd build。");
    expect(details.querySelector(":scope > table")).toBe(table);
  });
});
