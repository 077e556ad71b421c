import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Contract } from "../../data-loaders/contracts/contract.ts";
import { contracts } from "../../data-loaders/contracts/contracts.ts";
import type { OfficeProfile } from "../../data-loaders/contracts/officeProfile.ts";

export interface ConfigFile {
  /** Path inside `config/`, with `/` separators. */
  path: string;
  content: string | Buffer;
}

export interface ConfigCopy {
  files: ConfigFile[];
  /** What the office must still replace, one sentence each, for the printed next steps. */
  todo: string[];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && !e.name.startsWith("."))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
}

/**
 * Every file of the shipped configuration, for a new office: copied as they are (files added to
 * config/ later come along), except what belongs to the sample office — office.json (given),
 * the city's own days off in calendar/overrides.csv when the city differs (header kept), and
 * the yearly plans, copied as a template the office must replace.
 */
export function workingConfigFiles(shippedDir: string, officeJson: string, sameCity: boolean): ConfigCopy {
  const todo: string[] = [];
  const files = filesUnder(shippedDir).map((path): ConfigFile => {
    const bytes = readFileSync(join(shippedDir, path));
    if (path === "office.json") return { path, content: officeJson };
    if (path === "calendar/overrides.csv" && !sameCity) {
      todo.push(
        "config/calendar/overrides.csv 原有的停止上班日屬於示範機關所在縣市，已清空：請填入本所所在縣市公告的停班日（例如颱風停班）。",
      );
      const eol = bytes.indexOf(0x0a);
      return { path, content: eol < 0 ? bytes : bytes.subarray(0, eol + 1) };
    }
    if (/^plan-items\/\d{4}\.csv$/.test(path)) {
      todo.push(
        `config/${path} 是示範機關的年度提升服務工作計畫，只供格式參考：請換成本所自己的工作計畫（每年一個檔案，檔名為西元年）。`,
      );
    }
    return { path, content: bytes };
  });
  return { files, todo };
}

/** The inbox sub-folders, one per source contract (ingest names a file's source by its folder). */
export function inboxSources(profile: OfficeProfile): { name: string; title: string }[] {
  return (Object.values(contracts(profile)) as Contract[])
    .filter((c) => c.kind === "source")
    .map((c) => ({ name: c.name, title: c.title }));
}
