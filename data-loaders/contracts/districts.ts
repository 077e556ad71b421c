import type { AreaMember } from "./contract.ts";
import type { OfficeProfile } from "./officeProfile.ts";

/**
 * The district a 戶政事務所's full name names: 高雄市大寮戶政事務所 → 高雄市大寮區, 苗栗縣大湖鄉戶政事務所
 * → 苗栗縣大湖鄉. A city's offices drop the 區 from their names; a county's keep 鄉, 鎮 or 市, so
 * without one it cannot be told: null.
 */
export function districtOfOfficeName(officeName: string, city: string): string | null {
  if (!officeName.endsWith("戶政事務所")) return null;
  const core = officeName.replace(/戶政事務所$/, "").replace(new RegExp(`^${city}`), "");
  if (!core) return null;
  if (/[區鄉鎮市]$/.test(core)) return city + core;
  return city.endsWith("市") ? `${city}${core}區` : null;
}

/** The city a full name begins with (高雄市林園戶政事務所, 高雄市大寮區 → 高雄市), else null. */
export function cityOfName(name: string): string | null {
  return /^(\p{Script=Han}{2}[市縣])\p{Script=Han}/u.exec(name)?.[1] ?? null;
}

/** The district without its city: 高雄市大寮區 → 大寮區, as a city's own tables write it. */
const withoutCity = (name: string) => name.slice(cityOfName(name)?.length ?? 0);

/**
 * The districts the office serves: office.json's service_area, else the one its name names, with
 * the office's code (a 戶政事務所's code is its district's: 高雄市大寮區 = 64000140). Empty when
 * neither says (a county office named without its 鄉鎮市): population files then need the profile's.
 */
export function districtsOf(profile: OfficeProfile): AreaMember[] {
  const named = districtOfOfficeName(profile.office.name, profile.office.city);
  const area = profile.service_area ?? (named ? [{ name: named, code: profile.office.code }] : []);
  return area.map((d) => ({ name: d.name, spellings: [d.name, withoutCity(d.name)], code: d.code }));
}

/**
 * The office as a complaint system's 受理機關 names it: its full name, or its district's with
 * 戶政事務所 (高雄市大寮區戶政事務所, 大寮區戶政事務所).
 */
export function agencyOf(profile: OfficeProfile): AreaMember {
  const name = profile.office.name;
  const spellings = districtsOf(profile).flatMap((d) => d.spellings.map((s) => `${s}戶政事務所`));
  return { name, spellings: [name, ...spellings.filter((s) => s !== name)] };
}
