import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pageDataSizes } from "../../../pipelines/site/pageDataSizes.ts";

const out = mkdtempSync(join(tmpdir(), "sqd-sizes-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const register = (name: string, path: string) =>
  `registerFile("./data/${name}", {"name":"./data/${name}","mimeType":"application/json","path":"${path}","size":1});`;

describe("pageDataSizes", () => {
  it("adds up the files each page registers, pages in folders included, each file once", () => {
    mkdirSync(join(out, "_file", "data"), { recursive: true });
    mkdirSync(join(out, "reports"), { recursive: true });
    writeFileSync(join(out, "_file", "data", "a.1.json"), "x".repeat(1000));
    writeFileSync(join(out, "_file", "data", "b.2.json"), "0123456789");
    writeFileSync(
      join(out, "index.html"),
      `<script>${register("a.json", "./_file/data/a.1.json")}\n${register("a.json", "./_file/data/a.1.json")}\n${register("b.json", "./_file/data/b.2.json")}</script>`,
    );
    writeFileSync(
      join(out, "reports", "2025-03.html"),
      `<script>${register("b.json", "../_file/data/b.2.json")}</script>`,
    );
    writeFileSync(join(out, "plain.html"), "<p>無資料</p>");
    const [index, report, plain] = pageDataSizes(out, ["index.html", "reports/2025-03.html", "plain.html"]);
    expect(index).toMatchObject({
      page: "index.html",
      files: ["_file/data/a.1.json", "_file/data/b.2.json"],
      bytes: 1010,
    });
    // a thousand x's compress to a few dozen bytes
    expect(index!.gzipBytes).toBeLessThan(100);
    expect(report).toMatchObject({ files: ["_file/data/b.2.json"], bytes: 10 });
    expect(plain).toEqual({ page: "plain.html", files: [], bytes: 0, gzipBytes: 0 });
  });
});
