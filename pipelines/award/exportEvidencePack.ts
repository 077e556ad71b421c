import { awardIndicatorsOf } from "../../data-loaders/contracts/awardIndicators.ts";
import { copyFileSync, existsSync, mkdirSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { InputError } from "../../lib/InputError.ts";
import type { Office } from "../../data-loaders/profile/loadOffice.ts";
import { coverageCsv } from "./coverageCsv.ts";
import { evidenceIndexHtml } from "./evidenceIndexHtml.ts";
import { evidencePackNames as names } from "./evidencePackNames.ts";
import { evidenceRegisterCsv } from "./evidenceRegisterCsv.ts";
import { indicatorAppendixCsv } from "./indicatorAppendixCsv.ts";
import { loadEvidencePack, type EvidencePack } from "./loadEvidencePack.ts";
import { preparePackFolder } from "./preparePackFolder.ts";
import { resolveEvidenceLinks, type EvidenceLinkStatus } from "./resolveEvidenceLinks.ts";
import { isWithin } from "../../lib/isWithin.ts";
import { checkPublicOutput } from "../privacy/checkPublicOutput.ts";
import { replaceFolder } from "../../lib/replaceFolder.ts";

export interface EvidencePackOptions {
  db: string;
  office: Office;
  year: number;
  out: string;
  /** More folders to look for the register's files in, after the register's own (--files). */
  files?: readonly string[];
}

export interface WrittenPackFile {
  /** Path inside the pack folder (`附件/` for the attachments). */
  name: string;
  /** What it holds, as the command prints it. */
  what: string;
}

export interface ExportedEvidencePack {
  dir: string;
  pack: EvidencePack;
  written: WrittenPackFile[];
  /** Register entries by what became of their link. */
  links: Record<EvidenceLinkStatus, number>;
}

/** The --files folders, each checked to exist and to lie outside the pack (which a run replaces). */
function filesFolders(files: readonly string[], dir: string): string[] {
  return files.map((f) => {
    const folder = resolve(f);
    if (!existsSync(folder) || !statSync(folder).isDirectory())
      throw new InputError(`--files ${f} 不是資料夾：請指定放佐證檔案的資料夾。`);
    if (isWithin(existsSync(dir) ? realpathSync(dir) : dir, realpathSync(folder)))
      throw new InputError(`--files ${f} 在輸出資料夾之內；輸出資料夾每次匯出都會清空，請改放其他資料夾。`);
    return folder;
  });
}

/**
 * Writes the award evidence pack of one year (docs/award.md「匯出佐證資料包」) into `out`, from the
 * award marts of a built warehouse: index.html, 涵蓋情形.csv, 佐證資料清冊.csv, an appendix CSV per
 * indicator and the register's files found (resolveEvidenceLinks) copied to 附件/. For reviewers
 * outside the office: every text through privacy masking, no personal column, and the finished
 * pack scanned (checkPublicOutput) before it replaces the previous one.
 */
export async function exportEvidencePack({
  db,
  office,
  year,
  out,
  files = [],
}: EvidencePackOptions): Promise<ExportedEvidencePack> {
  const dir = preparePackFolder(out);
  const filesDirs = filesFolders(files, dir);
  const pack = await loadEvidencePack(db, office.profile.office.code, year);
  const links = resolveEvidenceLinks(pack.entries, filesDirs);

  const written: WrittenPackFile[] = [];
  const copied = new Map(
    links.flatMap((l) => (l.attachment ? [[l.attachment.name, l.attachment.source] as const] : [])),
  );
  // Written beside the previous pack and swapped in whole: a failure half-way leaves that one as it was.
  await replaceFolder(dir, async (work) => {
    mkdirSync(join(work, names.attachments), { recursive: true });
    const write = (name: string, text: string, what: string) => {
      writeFileSync(join(work, name), text);
      written.push({ name, what });
    };
    const appendices = pack.indicators.map((indicator) => {
      const months = pack.months.filter((m) => m.indicator === indicator.indicator);
      const file = names.appendix(indicator.position, indicator.label);
      return { file, indicator, months };
    });
    for (const [name, source] of copied) copyFileSync(source, join(work, names.attachments, name));

    write(
      names.index,
      evidenceIndexHtml({ officeName: office.profile.office.name, pack, links, appendices }),
      `佐證資料總覽，${pack.items.length} 項工作重點`,
    );
    write(
      names.coverage,
      coverageCsv(pack.items, pack.summary, awardIndicatorsOf(office.profile)),
      `涵蓋情形，${pack.items.length} 項與合計`,
    );
    write(names.register, evidenceRegisterCsv(pack.entries, links), `佐證資料清冊，${pack.entries.length} 筆`);
    for (const { file, indicator, months } of appendices)
      write(
        file,
        indicatorAppendixCsv(indicator, months, pack.year),
        `${indicator.label}，${months.length} 個月與年度值`,
      );
    // Before the swap: a pack with personal data left in it never replaces the previous one.
    const switchboard = office.profile.contact?.phone;
    await checkPublicOutput(work, "佐證資料包", { allowed: new Set(switchboard ? [switchboard] : []) });
  });

  const count = (status: EvidenceLinkStatus) => links.filter((l) => l.status === status).length;
  const counts = { 已附: count("已附"), 未找到: count("未找到"), 網址: count("網址"), 未附: count("未附") };
  written.push({
    name: `${names.attachments}/`,
    what: `附件 ${copied.size} 個檔案（${counts.已附} 筆登錄引用）${counts.未找到 > 0 ? `；${counts.未找到} 筆的檔案未找到` : ""}`,
  });
  return { dir, pack, written, links: counts };
}
