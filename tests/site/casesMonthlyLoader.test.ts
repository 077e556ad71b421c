import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../pipelines/site/siteInputs.ts";

const loader = join(projectRoot, "src", "data", "cases-monthly.json.ts");
const base = mkdtempSync(join(tmpdir(), "sqd-loader-"));

/** Runs the data loader as Framework does: a child process writing JSON to stdout. */
function runLoader(inbox: string) {
  const result = spawnSync(join(projectRoot, "node_modules", ".bin", "tsx"), [loader], {
    cwd: projectRoot,
    env: { ...process.env, SQD_INBOX: inbox },
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("the cases-monthly data loader", () => {
  it("emits an empty series when the inbox has no case files", () => {
    const result = runLoader(join(base, "empty-inbox"));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ files: 0, skipped: 0, months: [] });
  });

  it("fails, naming the column, when the case files have no 受理時間", () => {
    const inbox = join(base, "no-received");
    mkdirSync(join(inbox, "cases"), { recursive: true });
    writeFileSync(join(inbox, "cases", "2025-03.csv"), "\uFEFF案件編號,取號時間,叫號時間\nC1,2025-03-05 09:00:00,2025-03-05 09:04:00\n");
    const result = runLoader(inbox);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("案件檔缺少「受理時間」欄位");
  });
});
