import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadOffice } from "../../../data-loaders/profile/loadOffice.ts";
import type { PageData } from "../../../pipelines/site/pageLoader.ts";
import { projectRoot, siteInputs } from "../../../pipelines/site/siteInputs.ts";

const loader = (path: string) => join(projectRoot, "src", path);
/** Runs a loader the way Framework does: its own process, route parameters as `--name=value`. */
const runAsFramework = (path: string, ...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", loader(path), ...args], {
    cwd: projectRoot,
    encoding: "utf8",
    env: { ...process.env, SQD_CONFIG: join(projectRoot, "config") },
  });

describe("page loaders", () => {
  it("write the same JSON run by Framework as their function returns when imported, and nothing when imported", async () => {
    const write = process.stdout.write;
    let written = "";
    process.stdout.write = ((chunk: string) => ((written += chunk), true)) as typeof process.stdout.write;
    let data: PageData;
    try {
      data = (await import(loader("data/profile.json.ts"))).default as PageData;
    } finally {
      process.stdout.write = write;
    }
    expect(written).toBe("");
    const returned = await data(siteInputs({ SQD_CONFIG: join(projectRoot, "config") }), {});
    const run = runAsFramework("data/profile.json.ts");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(JSON.stringify(returned));
    expect(returned).toMatchObject({ office: { name: "高雄市大寮戶政事務所" } });
  });

  it("read the office their caller loaded (writePageData, once for every page), else load it from the configuration folder", async () => {
    const data = (await import(loader("data/profile.json.ts"))).default as PageData;
    const inputs = siteInputs({ SQD_CONFIG: join(projectRoot, "config") });
    const office = loadOffice(inputs.configDir);
    const renamed = {
      ...office,
      profile: { ...office.profile, office: { ...office.profile.office, name: "另一個戶政事務所" } },
    };
    expect(await data({ ...inputs, office: renamed }, {})).toMatchObject({ office: { name: "另一個戶政事務所" } });
    expect(await data(inputs, {})).toMatchObject({ office: { name: "高雄市大寮戶政事務所" } });
  });

  it("hand a route's --month=… to the report loader, which refuses a run without one", () => {
    expect(runAsFramework("reports/[month].json.ts", "--month=2025-13x").stderr).toContain(
      "月報需要 --month=YYYY-MM（收到 2025-13x）",
    );
    expect(runAsFramework("reports/[month].json.ts").stderr).toContain("月報需要 --month=YYYY-MM（收到 空白）");
  });
});
