import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { InputError } from "../../lib/InputError.ts";
import { filesUnder, parseLakeFilePath } from "./lakeFilePath.ts";
import { manifestsFolder, readManifest, type LakeManifest } from "./lakeManifest.ts";
import { refuseRemoteLake } from "./refuseRemoteLake.ts";
import { sha256File } from "../../data-loaders/ingest/sha256File.ts";

export interface VerifiedLake {
  /** As given on the command line (for messages). */
  lake: string;
  /** Absolute path. */
  dir: string;
  manifests: LakeManifest[];
}

/**
 * Checks every lake before anything reads it: each office's manifest has this code's lake schema
 * version; every file it lists is where it says, with its bytes and SHA-256; no Parquet file lies
 * in the lake that no manifest lists (it would be read unchecked); no office appears twice (its
 * rows would count twice). Any problem is an {@link InputError} naming the lake, the file and what
 * to do.
 */
export async function verifyLakes(lakes: readonly string[]): Promise<VerifiedLake[]> {
  const offices = new Map<string, string>();
  const verified: VerifiedLake[] = [];
  for (const lake of lakes) {
    refuseRemoteLake("--lake", lake);
    const dir = resolve(lake);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(`--lake ${lake}：找不到這個資料夾。`);
    const folder = join(dir, manifestsFolder);
    const names = existsSync(folder)
      ? readdirSync(folder)
          .filter((f) => f.endsWith(".json"))
          .sort()
      : [];
    if (names.length === 0)
      throw new InputError(
        `--lake ${lake}：沒有 ${manifestsFolder}/*.json，不是 sqd export-lake 寫出的資料湖（或還沒有任何機關匯出到這裡）。`,
      );
    const listed = new Set<string>();
    const manifests: LakeManifest[] = [];
    for (const name of names) {
      const shown = `${lake}/${manifestsFolder}/${name}`;
      const manifest = readManifest(join(folder, name), shown);
      const { code } = manifest.office;
      if (name !== `${code}.json`)
        throw new InputError(
          `${shown} 記載的機關代碼是 ${code}，與檔名不符：請該所重新執行 sqd export-lake，不要改名或搬移清單。`,
        );
      const seen = offices.get(code);
      if (seen !== undefined)
        throw new InputError(
          `機關 ${code}（${manifest.office.name}）同時出現在資料湖 ${seen} 與 ${lake}：同一機關只能給一份，否則它的資料會重複計算。請移除其中一個 --lake。`,
        );
      offices.set(code, lake);
      for (const f of manifest.files) {
        const p = parseLakeFilePath(f.path);
        if (!p || p.office !== code || p.table !== f.table)
          throw new InputError(
            `${shown} 記載的 ${f.path} 不是 ${code} 的資料湖檔案路徑：清單已損毀，請該所重新執行 sqd export-lake。`,
          );
        const file = join(dir, f.path);
        const redo = `請向 ${manifest.office.name} 重新取得匯出（sqd export-lake），不要手動修改資料湖中的檔案。`;
        if (!existsSync(file))
          throw new InputError(`資料湖 ${lake} 缺少 ${f.path}（${shown} 有記載）：檔案未傳完或被刪除。${redo}`);
        if (statSync(file).size !== f.bytes || (await sha256File(file)) !== f.sha256) {
          throw new InputError(
            `資料湖 ${lake} 的 ${f.path} 與 ${shown} 記載的 sha256 不符：檔案在匯出後被修改、損毀或未傳完。${redo}`,
          );
        }
        listed.add(f.path);
      }
      manifests.push(manifest);
    }
    const stray = filesUnder(dir, "")
      .filter((path) => path.endsWith(".parquet") && !listed.has(path))
      .sort();
    if (stray.length > 0) {
      throw new InputError(
        `資料湖 ${lake} 中的 ${stray[0]}${stray.length > 1 ? ` 等 ${stray.length} 個檔案` : ""} 不在任何機關的清單（${manifestsFolder}/*.json）中：不是 sqd export-lake 寫入的檔案，不會讀取。請移除它，或請該所重新匯出。`,
      );
    }
    verified.push({ lake, dir, manifests });
  }
  return verified;
}
