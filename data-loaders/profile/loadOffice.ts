import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { contracts, type Contracts } from "../contracts/contracts.ts";
import { officeProfileSchema, wholeOffice, type OfficeProfile } from "../contracts/officeProfile.ts";
import { InputError } from "../../lib/InputError.ts";
import { readReferenceTable } from "../readers/readReferenceTable.ts";
import { readPlanItems, type PlanItem } from "./readPlanItems.ts";
import { OfficeCalendar } from "../calendar/OfficeCalendar.ts";
import { describeIssues } from "./describeIssues.ts";
import { parseJsonc } from "./parseJsonc.ts";

/** The default configuration folder, shipped with the sample office's profile. */
export const defaultConfigDir = "config";

export interface Office {
  configDir: string;
  profile: OfficeProfile;
  contracts: Contracts;
  sop: ReturnType<Contracts["sop"]["schema"]["parse"]>[];
  calendar: OfficeCalendar;
  /** The yearly plans' 工作重點 (`plan-items/<year>.csv`). */
  planItems: PlanItem[];
}

/**
 * Loads and validates the office configuration on every run: `office.json` (the profile),
 * `sop.csv`, `calendar/*.csv` (official files named by year, plus `overrides.csv`) and
 * `plan-items/*.csv` (the plan of each year).
 * Any problem throws an {@link InputError} naming the file and field.
 */
export function loadOffice(configDir = defaultConfigDir): Office {
  const profile = loadProfile(join(configDir, "office.json"));
  const all = contracts(profile);
  const sopFile = join(configDir, "sop.csv");
  const sop = readReferenceTable(sopFile, all.sop);
  checkSopUnits(sopFile, sop, profile);
  const calendarDir = join(configDir, "calendar");
  const yearFiles = existsSync(calendarDir)
    ? readdirSync(calendarDir)
        .filter((f) => /^\d{4}\.csv$/.test(f))
        .sort()
    : [];
  if (yearFiles.length === 0)
    throw new InputError(
      `${calendarDir}：找不到辦公日曆（例如 2025.csv）。請放入人事行政總處公布的「行政機關辦公日曆表」CSV。`,
    );
  const official = yearFiles.flatMap((f) => readReferenceTable(join(calendarDir, f), all.calendar));
  const overridesFile = join(calendarDir, "overrides.csv");
  const overrides = existsSync(overridesFile) ? readReferenceTable(overridesFile, all.calendar) : [];
  const planItems = readPlanItems(join(configDir, "plan-items"), all.plan_items, profile);
  return { configDir, profile, contracts: all, sop, calendar: new OfficeCalendar(official, overrides), planItems };
}

/**
 * Every 業務單位 of `sop.csv` must be one of the profile's units (or 全所各課): a typo or a unit
 * renamed in office.json would otherwise split a unit's cases in two on every page.
 */
function checkSopUnits(file: string, sop: readonly { unit: string }[], profile: OfficeProfile): void {
  const units = [...profile.units.map((u) => u.name), wholeOffice];
  const at = sop.findIndex((s) => !units.includes(s.unit));
  if (at < 0) return;
  throw new InputError(
    `${file} 第 ${at + 2} 列「業務單位」欄：「${sop[at]!.unit}」不在 office.json 的 units 名單中（可用：${units.join("、")}）。`,
  );
}

/** Reads and validates `office.json`: JSON, where `//` and `/* *\/` comments are allowed (sqd init writes them). */
export function loadProfile(file: string): OfficeProfile {
  const shown = relative(process.cwd(), file) || file;
  if (!existsSync(file))
    throw new InputError(`${shown}：找不到機關設定檔。請以 sqd init 建立，或指定 --config 資料夾。`);
  let json: unknown;
  try {
    json = parseJsonc(readFileSync(file, "utf8"));
  } catch (e) {
    throw new InputError(`${shown}：不是有效的 JSON（${(e as Error).message}）。請檢查逗號與引號。`);
  }
  const result = officeProfileSchema.safeParse(json);
  if (!result.success) throw new InputError(describeIssues(shown, officeProfileSchema, result.error));
  return result.data;
}
