import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../../lib/InputError.ts";

const readable = /\.(csv|tsv|txt|xlsx)$/i;

/** The files named (folders walked), data files only, in lexical path order as the spec wants. */
export function listInputFiles(inputs: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      if (entry.name.startsWith(".") || entry.name.startsWith("~$")) continue;
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (readable.test(entry.name)) files.push(full);
    }
  };
  for (const input of inputs) {
    if (!existsSync(input)) throw new InputError(`找不到 ${input}：請確認路徑。`);
    if (statSync(input).isDirectory()) walk(input);
    else files.push(input);
  }
  return [...new Set(files)].sort();
}
