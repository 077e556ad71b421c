import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compressSite } from "../../../pipelines/site/compressSite.ts";
import { serveSite, type SiteServer } from "../../../pipelines/site/serveSite.ts";

let site: string;
let server: SiteServer;
// A page's script as Framework bundles it: long and repetitive, as code is.
const script = Array.from(
  { length: 400 },
  (_, i) => `export function chart${i}(data) { return data.map((d) => d.value * ${i}); }\n`,
).join("");
const json = JSON.stringify(Array.from({ length: 300 }, (_, i) => ({ month: `2025-${(i % 12) + 1}`, value: i })));

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), "sqd-compress-"));
  mkdirSync(join(site, "_file", "data"), { recursive: true });
  writeFileSync(join(site, "index.html"), "<!DOCTYPE html><p>總覽</p>");
  writeFileSync(join(site, "app.js"), script);
  writeFileSync(join(site, "_file", "data", "kpis.json"), json);
  writeFileSync(join(site, "photo.png"), Buffer.alloc(4096, 1));
  await compressSite(site);
  server = await serveSite(site, { port: 0, log: () => {} });
});
afterAll(async () => {
  await server?.close();
  rmSync(site, { recursive: true, force: true });
});

/** A GET (or HEAD) with the Accept-Encoding given, the body as received. */
function get(path: string, acceptEncoding?: string, method = "GET") {
  return new Promise<{ headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
    const headers = acceptEncoding === undefined ? {} : { "Accept-Encoding": acceptEncoding };
    const req = request({ host: "127.0.0.1", port: server.port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => done({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", fail);
    req.end();
  });
}

describe("compressSite", () => {
  it("writes a brotli and a gzip copy beside each text file, each decoding to the file", () => {
    for (const file of ["app.js", "_file/data/kpis.json"]) {
      const original = readFileSync(join(site, file));
      expect(brotliDecompressSync(readFileSync(join(site, `${file}.br`)))).toEqual(original);
      expect(gunzipSync(readFileSync(join(site, `${file}.gz`)))).toEqual(original);
      expect(readFileSync(join(site, `${file}.br`)).length).toBeLessThan(original.length / 5);
    }
  });

  it("leaves files under 1 KB and images as they are", () => {
    expect(existsSync(join(site, "index.html.br"))).toBe(false);
    expect(existsSync(join(site, "index.html.gz"))).toBe(false);
    expect(existsSync(join(site, "photo.png.br"))).toBe(false);
  });
});

describe("serveSite sends the build's compressed copies", () => {
  it("sends brotli to a browser that takes it, with its type, length and Vary", async () => {
    const reply = await get("/app.js", "gzip, deflate, br, zstd");
    expect(reply.headers["content-encoding"]).toBe("br");
    expect(reply.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(reply.headers.vary).toBe("Accept-Encoding");
    expect(Number(reply.headers["content-length"])).toBe(readFileSync(join(site, "app.js.br")).length);
    expect(brotliDecompressSync(reply.body).toString()).toBe(script);
  });

  it("sends gzip where brotli is not taken, or refused with q=0", async () => {
    for (const accept of ["gzip", "br;q=0, gzip;q=0.8"]) {
      const reply = await get("/_file/data/kpis.json", accept);
      expect(reply.headers["content-encoding"], accept).toBe("gzip");
      expect(gunzipSync(reply.body).toString()).toBe(json);
    }
  });

  it("sends the file as it is to a client that asks for no encoding, still saying it varies", async () => {
    for (const accept of [undefined, "identity", "gzip;q=0, br;q=0"]) {
      const reply = await get("/app.js", accept);
      expect(reply.headers["content-encoding"], accept).toBeUndefined();
      expect(reply.headers.vary).toBe("Accept-Encoding");
      expect(reply.body.toString()).toBe(script);
    }
  });

  it("takes * as any encoding, and answers HEAD with the headers of the GET", async () => {
    expect((await get("/app.js", "*")).headers["content-encoding"]).toBe("br");
    const head = await get("/app.js", "br", "HEAD");
    expect(head.body.length).toBe(0);
    expect(Number(head.headers["content-length"])).toBe(readFileSync(join(site, "app.js.br")).length);
  });

  it("sends a small page and an image as they are, the image without Vary", async () => {
    expect((await get("/", "br")).headers["content-encoding"]).toBeUndefined();
    const image = await get("/photo.png", "br");
    expect(image.headers["content-encoding"]).toBeUndefined();
    expect(image.headers.vary).toBeUndefined();
  });
});
