import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findChromium, isLocalRequest, pdfPageCount } from "../../../pipelines/report/chromium.ts";

/** An executable file at `parts` under `root`, standing in for an installed browser. */
function fakeBrowser(root: string, ...parts: string[]): string {
  const file = join(root, ...parts);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, "");
  chmodSync(file, 0o755);
  return file;
}

describe("findChromium", () => {
  it("takes CHROMIUM_PATH when it is set, and says so when it is missing", () => {
    const root = mkdtempSync(join(tmpdir(), "sqd-browser-"));
    const browser = fakeBrowser(root, "chrome");
    expect(findChromium({ CHROMIUM_PATH: browser }, "linux")).toEqual({
      path: browser,
      where: `CHROMIUM_PATH=${browser}`,
    });
    expect(findChromium({ CHROMIUM_PATH: join(root, "none") }, "linux").path).toBeNull();
  });

  it("finds Microsoft Edge on a Windows PC with no Chromium, before Chrome", () => {
    const programs = mkdtempSync(join(tmpdir(), "sqd-programs-"));
    const edge = fakeBrowser(programs, "Microsoft", "Edge", "Application", "msedge.exe");
    fakeBrowser(programs, "Google", "Chrome", "Application", "chrome.exe");
    expect(findChromium({ "ProgramFiles(x86)": programs }, "win32").path).toBe(edge);
  });

  it("falls back to Chrome in the user's own folder, where it installs without admin rights", () => {
    const local = mkdtempSync(join(tmpdir(), "sqd-local-"));
    const chrome = fakeBrowser(local, "Google", "Chrome", "Application", "chrome.exe");
    expect(findChromium({ LOCALAPPDATA: local }, "win32").path).toBe(chrome);
  });

  it("names every place it looked when there is no browser", () => {
    const empty = mkdtempSync(join(tmpdir(), "sqd-empty-"));
    const found = findChromium({ ProgramFiles: empty }, "win32");
    expect(found.path).toBeNull();
    expect(found.where).toBe(
      [
        join(empty, "Microsoft", "Edge", "Application", "msedge.exe"),
        join(empty, "Google", "Chrome", "Application", "chrome.exe"),
      ].join("、"),
    );
  });
});

describe("isLocalRequest", () => {
  it("lets a page reach its own host and inline data, and nothing else", () => {
    expect(isLocalRequest("http://127.0.0.1:4321/reports/2025-08.html", "127.0.0.1")).toBe(true);
    expect(isLocalRequest("data:image/png;base64,AAAA", "127.0.0.1")).toBe(true);
    expect(isLocalRequest("blob:http://127.0.0.1:4321/0d1c", "127.0.0.1")).toBe(true);
    expect(isLocalRequest("https://fonts.googleapis.com/css2", "127.0.0.1")).toBe(false);
    expect(isLocalRequest("not a url", "127.0.0.1")).toBe(false);
  });
});

describe("pdfPageCount", () => {
  it("counts the page objects of a PDF, not its page tree", () => {
    const pdf = "<< /Type /Pages /Count 2 >>\n<< /Type /Page /Parent 1 0 R >>\n<</Type/Page/Parent 1 0 R>>";
    expect(pdfPageCount(new TextEncoder().encode(pdf))).toBe(2);
    expect(pdfPageCount(new Uint8Array())).toBe(0);
  });
});
