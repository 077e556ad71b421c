import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { InputError } from "../../lib/InputError.ts";

/**
 * The absolute path a command will write its file to, its folder created; refuses a path that is
 * a folder before any work starts (writing there would fail only after the build).
 */
export function prepareOutputFile(path: string, option: string): string {
  const file = resolve(path);
  if (existsSync(file) && statSync(file).isDirectory()) {
    throw new InputError(
      `${option} ${path} 是資料夾，請指定檔案名稱，例如 ${option} ${path.replace(/\/+$/, "")}/月報.${option.slice(2)}。`,
    );
  }
  const folder = dirname(file);
  if (existsSync(folder) && !statSync(folder).isDirectory())
    throw new InputError(`${option} ${path}：${folder} 是檔案而不是資料夾，請改用其他路徑。`);
  mkdirSync(folder, { recursive: true });
  return file;
}
