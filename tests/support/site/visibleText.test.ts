import { describe, expect, it } from "vitest";
import { latinWords, visibleTextProblems } from "./visibleText.ts";

describe("visibleTextProblems", () => {
  it("passes Chinese with the allow-listed terms, figures, units and record numbers", () => {
    const text =
      "滿意度 89.6%（n = 125，p = 0.737），下載 CSV、JSON；編號 R-11412-01、案號 C114-0039，114年12月31日，A4 橫式";
    expect(visibleTextProblems(text)).toEqual([]);
  });

  it("names the Latin-letter words outside the allow-list, once each", () => {
    expect(visibleTextProblems("執行 npx sqd build，再執行 npx sqd ingest（office.json）")).toEqual([
      "Latin-letter words: npx, sqd, build, ingest, office, json",
    ]);
  });

  it("names dates written the ISO or slashed way", () => {
    expect(visibleTextProblems("最後匯入 2026-12-07 02:23，資料至 2025-12，115/12/07")).toEqual([
      "dates not in the office's style: 2026-12-07, 2025-12, 115/12/07",
    ]);
  });

  it("reads a letter run joined to digits as its letters", () => {
    expect(latinWords("等候時間 p50 與 p90，UTF-8")).toEqual(["p", "p", "UTF"]);
  });
});
