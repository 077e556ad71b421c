import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { InputError } from "../../lib/InputError.ts";
import { evidencePackNames as names } from "./evidencePackNames.ts";

/** What file managers leave in a folder someone opened: removed with the pack. */
const litter = /^(\.DS_Store|Thumbs\.db|desktop\.ini)$/i;

/** What in `dir` is not a file the pack writes (empty for a previous pack). */
function foreignEntries(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const name = entry.name;
    if (litter.test(name)) return [];
    if (
      entry.isFile() &&
      (name === names.index ||
        name === names.pdf ||
        name === names.register ||
        name === names.coverage ||
        names.appendixPattern.test(name))
    )
      return [];
    if (entry.isDirectory() && name === names.attachments) {
      return readdirSync(join(dir, name), { withFileTypes: true })
        .filter((a) => !(litter.test(a.name) || (a.isFile() && names.attachmentPattern.test(a.name))))
        .map((a) => `${name}/${a.name}`);
    }
    return [name];
  });
}

/**
 * The folder an evidence pack is written to, as an absolute path. It may be missing, empty, or a
 * previous pack: an index.html that `sqd evidence` wrote (its marker) and nothing but the files a
 * pack writes, which the new pack then replaces whole, so that no attachment of the last run is
 * left behind. Anything else is refused before any work, so that a run never deletes a file it did
 * not write.
 */
export function preparePackFolder(out: string): string {
  const dir = resolve(out);
  if (!existsSync(dir)) return dir;
  if (!statSync(dir).isDirectory()) throw new InputError(`--out ${out} 是檔案，不是資料夾。`);
  const entries = readdirSync(dir).filter((n) => !litter.test(n));
  if (entries.length === 0) return dir;
  const index = join(dir, names.index);
  const isPack = existsSync(index) && statSync(index).isFile() && readFileSync(index, "utf8").includes(names.marker);
  const foreign = isPack ? foreignEntries(dir) : entries;
  if (!isPack || foreign.length > 0) {
    const shown = foreign.slice(0, 3).join("、") + (foreign.length > 3 ? ` 等 ${foreign.length} 項` : "");
    throw new InputError(
      `--out ${out} 不是空的資料夾${isPack ? "：它是先前的佐證資料包，但另有不是資料包的檔案" : "，也不是先前匯出的佐證資料包"}（${shown}）。請指定新的或空的資料夾；先前的資料包可直接覆寫。`,
    );
  }
  return dir;
}
