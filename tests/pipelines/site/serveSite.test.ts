import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveSite, type SiteServer } from "../../../pipelines/site/serveSite.ts";

let base: string;
let server: SiteServer;

/** A GET with the path sent exactly as written (fetch would normalise `/../` away). */
function get(
  path: string,
): Promise<{ status: number; type: string | undefined; location: string | undefined; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: "127.0.0.1", port: server.port, path }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        done({
          status: res.statusCode ?? 0,
          type: res.headers["content-type"],
          location: res.headers.location,
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
    });
    req.on("error", fail);
    req.end();
  });
}

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), "sqd-serve-"));
  const site = join(base, "site");
  mkdirSync(join(site, "reports"), { recursive: true });
  writeFileSync(join(site, "index.html"), "<!DOCTYPE html><p>總覽</p>");
  writeFileSync(join(site, "reports", "index.html"), "<p>報告</p>");
  writeFileSync(join(site, "data.json"), '{"n":1}');
  writeFileSync(join(site, "chart.svg"), "<svg></svg>");
  writeFileSync(join(site, "table.arrow"), "ARROW1");
  writeFileSync(join(base, "secret.txt"), "outside the site");
  server = await serveSite(site, { port: 3900, log: () => {} });
});

afterAll(async () => {
  await server?.close();
  rmSync(base, { recursive: true, force: true });
});

describe("serveSite", () => {
  it("serves a file with its content type", async () => {
    const res = await get("/data.json");
    expect(res).toMatchObject({ status: 200, type: "application/json; charset=utf-8", body: '{"n":1}' });
    expect((await get("/chart.svg")).type).toBe("image/svg+xml");
    expect((await get("/table.arrow")).type).toBe("application/vnd.apache.arrow.file");
  });

  it("serves index.html for the root and for folders", async () => {
    expect(await get("/")).toMatchObject({
      status: 200,
      type: "text/html; charset=utf-8",
      body: "<!DOCTYPE html><p>總覽</p>",
    });
    expect((await get("/reports/")).body).toBe("<p>報告</p>");
  });

  it("redirects a folder without its trailing slash, so that relative links work", async () => {
    expect(await get("/reports")).toMatchObject({ status: 301, location: "/reports/" });
  });

  it("refuses paths that climb out of the site folder, plain or encoded", async () => {
    for (const path of ["/../secret.txt", "/reports/../../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt"]) {
      const res = await get(path);
      expect(res.status, path).toBe(403);
      expect(res.body, path).not.toContain("outside the site");
    }
  });

  it("answers 404 for a missing file", async () => {
    expect((await get("/nothing.html")).status).toBe(404);
  });

  it("prints its address as http://localhost:PORT/", () => {
    expect(server.url).toBe(`http://localhost:${server.port}/`);
  });

  it("moves on to the next port when the first is taken", async () => {
    const blocker: Server = createServer();
    await new Promise<void>((done) => blocker.listen(0, "127.0.0.1", done));
    const taken = (blocker.address() as { port: number }).port;
    const lines: string[] = [];
    const second = await serveSite(join(base, "site"), { port: taken, log: (l) => lines.push(l) });
    try {
      expect(second.port).toBeGreaterThan(taken);
      expect(lines.join("\n")).toContain(`http://localhost:${second.port}/`);
    } finally {
      await second.close();
      await new Promise((done) => blocker.close(done));
    }
  });
});
