import { readFileSync } from "node:fs";

/** The text of one of the governance queries, `pipelines/governance/<name>.sql`, without its trailing semicolon. */
export function governanceSql(name: "source_quality" | "load_quality" | "reason_pass_rates" | "quarantine_rows"): string {
  return readFileSync(new URL(`./${name}.sql`, import.meta.url), "utf8").replace(/[\s;]+$/, "");
}
