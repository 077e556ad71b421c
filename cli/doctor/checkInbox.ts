import { existsSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { listInputFiles, skippedFolderLinks } from "../../data-loaders/ingest/listInputFiles.ts";
import { sha256File } from "../../data-loaders/ingest/sha256File.ts";
import type { DoctorCheck } from "./DoctorCheck.ts";

/**
 * The inbox exists with a folder per source (ingest names a file's source by its folder), and how
 * many files wait in it; with the warehouse's loaded files (sha256) given, how many are not yet loaded.
 */
export async function checkInbox(
  inbox: string,
  sources: readonly string[],
  loaded: ReadonlySet<string> | null,
): Promise<DoctorCheck> {
  const label = "收件匣";
  if (!existsSync(inbox) || !statSync(inbox).isDirectory()) {
    return {
      status: "fail",
      label,
      detail: `找不到資料夾 ${inbox}`,
      fix: `在工作資料夾中執行 sqd init 建立收件匣，或以 --inbox 指定收件匣；各來源的資料夾為 ${sources.map((s) => `${s}/`).join("、")}。`,
    };
  }
  const missing = sources.filter((s) => !existsSync(join(inbox, s)));
  const files = listInputFiles([inbox]);
  const pending: string[] = [];
  if (loaded) for (const f of files) if (!loaded.has(await sha256File(f))) pending.push(f);
  const bySource = countBy(pending.map((f) => relative(inbox, f).split(sep)[0]!));
  const waiting =
    loaded === null ? "" : pending.length === 0 ? "，都已匯入" : `，其中 ${pending.length} 個尚未匯入（${bySource}）`;
  // A shortcut to a folder is not entered by ingest: its files would wait there unseen.
  const links = skippedFolderLinks([inbox]);
  const linked = links.length ? `；${links.map((l) => `${l.link} 是指向資料夾的捷徑，不會匯入`).join("、")}` : "";
  const detail = `${inbox}：${sources.length - missing.length}/${sources.length} 個來源資料夾，${files.length} 個檔案${waiting}${linked}`;
  if (missing.length) {
    return {
      status: "warn",
      label,
      detail: `${detail}；缺少 ${missing.map((s) => `${s}/`).join("、")}`,
      fix: `建立資料夾 ${missing.map((s) => join(inbox, s)).join("、")}（放在來源資料夾中的檔案不必靠標題列判斷來源）。`,
    };
  }
  if (pending.length)
    return { status: "warn", label, detail, fix: `執行 sqd ingest ${inbox} 匯入，再執行 sqd build。` };
  if (links.length)
    return {
      status: "warn",
      label,
      detail,
      fix: `把捷徑所指資料夾中的檔案放進收件匣，或直接執行 sqd ingest ${links.map((l) => l.target).join(" ")}。`,
    };
  return { status: "ok", label, detail, fix: null };
}

/** `cases 2、surveys 1`, in first-seen order; a file directly in the inbox counts under its own name. */
function countBy(keys: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k} ${n}`).join("、");
}
