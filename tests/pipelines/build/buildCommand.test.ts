import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { describeBuildTotal, describeModel } from "../../../pipelines/build/buildModels.ts";
import { sqdCommand } from "../../support/sqdCommand.ts";

const dir = mkdtempSync(join(tmpdir(), "sqd-build-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("sqd build", () => {
  it("builds a warehouse's models and prints each model's time and the total", () => {
    const run = sqdCommand("build", "--db", join(dir, "w.duckdb"), "--as-of", "2025-06-30", "--marts-only");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/calendar_days\s+1,461 列\s+\d+\.\d\d 秒/);
    expect(run.stdout).toMatch(/working_days\s+巨集/);
    expect(run.stdout).toMatch(/已建置 \d+ 個模型（資料基準日 2025-06-30），共 \d+\.\d\d 秒。/);
  });

  it("answers a malformed --as-of in one line with exit code 2", () => {
    const run = sqdCommand("build", "--db", join(dir, "w.duckdb"), "--as-of", "2025-13-01", "--marts-only");
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe("sqd build：--as-of 必須是有效的日期 YYYY-MM-DD（收到 2025-13-01）。");
  });
});

describe("sqd build --audience", () => {
  it("accepts only internal or public, in one line with exit code 2", () => {
    const run = sqdCommand("build", "--db", join(dir, "w.duckdb"), "--audience", "everyone", "--marts-only");
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      "sqd build：--audience 只能是 internal（內部版）或 public（公開版）（收到 everyone）。",
    );
  });
});

describe("the build's printed lines", () => {
  it("give rows with thousands separators, 視圖 for views, 巨集 for macros, seconds to two places", () => {
    expect(describeModel({ name: "calendar_days", kind: "table", rows: 1461, ms: 23.4 })).toMatch(
      /^ {2}calendar_days +1,461 列 +0\.02 秒$/,
    );
    expect(describeModel({ name: "survey_scores", kind: "view", rows: null, ms: 5 })).toMatch(/視圖 +0\.01 秒$/);
    expect(describeModel({ name: "working_days", kind: "macros", rows: null, ms: 5 })).toMatch(/巨集 +0\.01 秒$/);
    expect(describeBuildTotal({ asOf: "2025-06-30", models: [], ms: 1234 })).toBe(
      "已建置 0 個模型（資料基準日 2025-06-30），共 1.23 秒。",
    );
  });
});
