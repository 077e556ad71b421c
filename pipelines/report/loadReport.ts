import { spawn } from "node:child_process";
import { join } from "node:path";
import { siteEnv, projectRoot, type Audience } from "../site/siteInputs.ts";
import type { DeckReport } from "./buildDeck.ts";

export interface LoadReportOptions {
  db: string;
  configDir: string;
  audience: Audience;
  month: string;
}

/** The month's report loader, the very file the site builds its report pages from. */
const loader = join(projectRoot, "src", "reports", "[month].json.ts");

/**
 * The month's report JSON as the site's page gets it: runs the Framework data loader
 * src/reports/[month].json.ts with the inputs buildSite would hand it, so that the deck and the
 * page (and its PDF) say the same. Null where the warehouse has nothing for the month.
 */
export function loadReport({ db, configDir, audience, month }: LoadReportOptions): Promise<DeckReport | null> {
  const child = spawn(process.execPath, ["--import", "tsx", loader, `--month=${month}`], {
    cwd: projectRoot,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, [siteEnv.db]: db, [siteEnv.configDir]: configDir, [siteEnv.audience]: audience },
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on("data", (c: Buffer) => out.push(c));
  child.stderr.on("data", (c: Buffer) => err.push(c));
  return new Promise((done, fail) => {
    child.on("error", fail);
    child.on("close", (code) => {
      if (code === 0) return done(JSON.parse(Buffer.concat(out).toString("utf8")) as DeckReport | null);
      const message = Buffer.concat(err).toString("utf8").trim().split("\n").find((line) => /Error:/.test(line)) ?? `結束代碼 ${code}`;
      fail(new Error(`月報資料載入器 src/reports/[month].json.ts 失敗：${message.replace(/^.*?Error:\s*/, "")}`));
    });
  });
}
