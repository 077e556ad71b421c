import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Contracts } from "../contracts/contracts.ts";
import { InputError } from "../../lib/InputError.ts";
import { readReferenceTable } from "../readers/readReferenceTable.ts";
import { awardIndicatorsOf } from "../contracts/awardIndicators.ts";
import type { OfficeProfile } from "../contracts/officeProfile.ts";

/** One 工作重點 of a year's plan, as the warehouse's `plan_items` table holds it. */
export interface PlanItem {
  /** The plan's year (Gregorian), from the file name. */
  year: number;
  /** Order in the plan. */
  position: number;
  code: string;
  heading: string;
  point: string;
  title: string;
  detail: string | null;
  unit: string | null;
  /** Ids of the award indicators (awardIndicatorsOf) the item cites. */
  indicators: string[];
  /** Those of `indicators` that measure the item only indirectly (written `名稱（間接）`). */
  indirect: string[];
}

// `等候時間中位數（間接）`: a name with a bracketed note; full-width brackets arrive folded to half-width.
const noted = /^(.*?)\s*[(（]\s*([^()（）]*?)\s*[)）]$/;
const notes = ["間接", "直接"];

// 零 (the plan's opening row), a heading 一…十, a point (一)…, an item number; half-width brackets.
const canonicalCode = /^(零|[一二三四五六七八九十]+(\([一二三四五六七八九十]+\)(\d{1,2})?)?)$/;

/**
 * Reads `config/plan-items/<year>.csv` (one file per plan year, as the office writes a plan every
 * year). Each indicator name may carry （間接） when it measures the item only indirectly (（直接）,
 * the default, may be written too). A code that is not in the plan's form, a repeated code, an
 * indicator name not in the list or another note stops the run with the file, row and what is allowed.
 */
export function readPlanItems(
  dir: string,
  contract: Contracts["plan_items"],
  profile: Pick<OfficeProfile, "service_count_indicators">,
): PlanItem[] {
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /^\d{4}\.csv$/.test(f))
        .sort()
    : [];
  if (files.length === 0)
    throw new InputError(
      `${dir}：找不到工作計畫的工作重點檔（例如 2025.csv）。請依年度提升服務工作計畫填寫，格式見 docs/award.md。`,
    );
  const byLabel = new Map(awardIndicatorsOf(profile).map((i) => [i.label, i.id]));
  return files.flatMap((name) => {
    const file = join(dir, name);
    const year = Number(name.slice(0, 4));
    const seen = new Set<string>();
    return readReferenceTable(file, contract).map((r, i) => {
      const where = `${file} 第 ${i + 2} 列`;
      if (!canonicalCode.test(r.code))
        throw new InputError(
          `${where}「編號」欄：${r.code} 不是工作重點編號。請寫成 一(一)2、二(三) 或 六 這樣的形式，計畫開頭的「訂定計畫」寫 零。`,
        );
      if (seen.has(r.code)) throw new InputError(`${where}「編號」欄：${r.code} 重複。每個工作重點只能有一列。`);
      seen.add(r.code);
      const cited = (r.indicators ?? "")
        .split(/[、,，;；]/)
        .map((s) => s.trim())
        .filter(Boolean)
        .map((written) => {
          const [, label, note] = noted.exec(written) ?? [written, written, "直接"];
          if (!notes.includes(note!))
            throw new InputError(
              `${where}「佐證指標」欄：「${written}」的括號只能寫（間接）或（直接）。只間接佐證這項工作重點的指標寫成「等候時間中位數（間接）」，直接佐證的不必加括號。`,
            );
          return { label: label!, indirect: note === "間接" };
        });
      const unknown = cited.find((c) => !byLabel.has(c.label));
      if (unknown)
        throw new InputError(
          `${where}「佐證指標」欄：沒有「${unknown.label}」這個指標。可用：${[...byLabel.keys()].join("、")}；只間接佐證的指標在名稱後加（間接）。`,
        );
      return {
        year,
        position: i + 1,
        code: r.code,
        heading: r.heading,
        point: r.point,
        title: r.title,
        detail: r.detail ?? null,
        unit: r.unit ?? null,
        indicators: cited.map((c) => byLabel.get(c.label)!),
        indirect: cited.filter((c) => c.indirect).map((c) => byLabel.get(c.label)!),
      };
    });
  });
}
