import { InputError } from "../../lib/InputError.ts";

/**
 * Refuses a lake given as a URL (`s3://…`, `gs://…`, `https://…`): DuckDB reads those through its
 * httpfs extension, which this offline build cannot install (no extension installs, no network).
 * docs/scaling.md says how the same lake is served from object storage.
 */
export function refuseRemoteLake(option: string, path: string): void {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(path)?.[1];
  if (!scheme) return;
  throw new InputError(
    `${option} ${path}：${scheme}:// 路徑要用 DuckDB 的 httpfs 擴充套件讀寫，本系統離線執行、不能安裝擴充套件。` +
      "請先把資料湖複製到本機資料夾（例如 aws s3 sync s3://… 資料湖/），再以 --lake 資料湖/ 建置；以物件儲存直接提供資料湖的做法見 docs/scaling.md。",
  );
}
