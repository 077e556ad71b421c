import { wholeOffice, type OfficeProfile } from "../contracts/officeProfile.ts";
import { InputError } from "../../lib/InputError.ts";

/**
 * Every 業務單位 of `sop.csv` must be one of the profile's units (or 全所各課): a typo or a unit
 * renamed in office.json would otherwise split a unit's cases in two on every page.
 */
export function checkSopUnits(file: string, sop: readonly { unit: string }[], profile: OfficeProfile): void {
  const units = [...profile.units.map((u) => u.name), wholeOffice];
  const at = sop.findIndex((s) => !units.includes(s.unit));
  if (at < 0) return;
  throw new InputError(
    `${file} 第 ${at + 2} 列「業務單位」欄：「${sop[at]!.unit}」不在 office.json 的 units 名單中（可用：${units.join("、")}）。`,
  );
}
