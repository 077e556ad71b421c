import { describe, expect, it } from "vitest";
import { describeSite } from "../../../pipelines/site/buildSite.ts";

describe("describeSite", () => {
  it("says which build, how many pages, where, and each page's data largest first in KB", () => {
    const lines = describeSite(
      {
        out: "/work/dist-public",
        audience: "public",
        pages: ["index.html", "cases.html", "about.html"],
        seconds: 12.34,
        dataSizes: [
          { page: "index.html", files: ["_file/a.json"], bytes: 9000, gzipBytes: 2048 },
          { page: "cases.html", files: ["_file/b.json"], bytes: 90000, gzipBytes: 30720 },
          { page: "about.html", files: [], bytes: 0, gzipBytes: 0 },
        ],
      },
      "/work",
    );
    expect(lines).toEqual([
      "已建置公開版 3 頁網站：dist-public（12.3 秒）",
      "各頁資料量（gzip）：cases.html 30.0 KB、index.html 2.0 KB",
    ]);
  });
});
