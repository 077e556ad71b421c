import { basename, dirname, join, resolve } from "node:path";
import { maskPersonalData } from "../privacy/maskPersonalData.ts";
import { attachmentFolder } from "../../data-loaders/contracts/evidence.ts";
import { findAttachment } from "./findAttachment.ts";
import type { EvidenceEntry } from "./loadEvidencePack.ts";

/** What became of an entry's `檔案或連結` (the register's 狀態 column). */
export type EvidenceLinkStatus = "已附" | "未找到" | "網址" | "未附";

export interface EvidenceLink {
  status: EvidenceLinkStatus;
  /** The link as typed, through privacy masking; null where the entry has none. */
  shown: string | null;
  /** For 網址: the address to link to, where it is http(s) and masking left it whole. */
  href: string | null;
  /** For 已附: `附件01`, the file's name in the pack's 附件 folder, and where it was found. */
  attachment: { number: string; name: string; source: string } | null;
}

/** Characters Windows refuses in a file name (reviewers open the pack there). */
const unsafe = /[\\/:*?"<>|\u0000-\u001f]/g;

/**
 * Each entry's link resolved for the pack. A file is looked up beside the register that loaded
 * the entry and in its 附件 folder, then in each of `filesDirs` (findAttachment); files found are
 * numbered 附件01, 附件02, … in the order of `entries`, one number per file however often it is
 * named, and renamed `附件01_<name as typed, masked>`. A relative register path is read from `cwd`,
 * where ingest is run.
 */
export function resolveEvidenceLinks(
  entries: readonly EvidenceEntry[],
  filesDirs: readonly string[],
  cwd = process.cwd(),
): EvidenceLink[] {
  const found = entries.map((e) => {
    if (e.link === null || e.link.trim() === "" || e.link_kind !== "file") return null;
    const folders =
      e.register === null
        ? []
        : [dirname(resolve(cwd, e.register)), join(dirname(resolve(cwd, e.register)), attachmentFolder)];
    return findAttachment(e.link, [...folders, ...filesDirs.map((d) => resolve(cwd, d))]);
  });
  const files = [...new Set(found.filter((f) => f !== null))];
  const width = Math.max(2, String(files.length).length);
  const attachments = new Map<string, { number: string; name: string; source: string }>();
  return entries.map((e, i) => {
    const shown = e.link === null || e.link.trim() === "" ? null : maskPersonalData(e.link.trim());
    const source = found[i];
    if (shown === null) return { status: "未附", shown, href: null, attachment: null };
    if (e.link_kind === "url") {
      const href = /^https?:\/\//i.test(shown) && shown === e.link!.trim() ? shown : null;
      return { status: "網址", shown, href, attachment: null };
    }
    if (!source) return { status: "未找到", shown, href: null, attachment: null };
    if (!attachments.has(source)) {
      const number = `附件${String(files.indexOf(source) + 1).padStart(width, "0")}`;
      attachments.set(source, {
        number,
        name: `${number}_${basename(shown.replaceAll("\\", "/")).replace(unsafe, "_")}`,
        source,
      });
    }
    return { status: "已附", shown, href: null, attachment: attachments.get(source)! };
  });
}
