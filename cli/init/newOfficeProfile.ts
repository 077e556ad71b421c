import { cityOfName, districtOfOfficeName } from "../../data-loaders/contracts/districts.ts";
import { officeProfileSchema, type OfficeProfile } from "../../data-loaders/contracts/officeProfile.ts";
import { InputError } from "../../lib/InputError.ts";

export interface NewOffice {
  code: string;
  name: string;
  city: string;
  /** The district it serves (高雄市林園區), with the office's code as the district's; null when not known. */
  district: string | null;
}

/** What `sqd init` calls each field of `office`, so an error names the option to fix. */
const optionOf: Record<keyof NewOffice, string> = {
  code: "--office-code",
  name: "--office-name",
  city: "--city",
  district: "--district",
};

/**
 * The new office's code, name, city and district, checked against the profile schema with errors
 * that name the option; the city, when not given, is the one the full name begins with, and the
 * district the one the name names (高雄市林園戶政事務所 → 高雄市林園區) — none when it does not tell
 * (a county office named without its 鄉鎮市, a city's 民政局): office.json then gets no service_area,
 * which sqd doctor asks for.
 */
export function checkNewOffice(
  given: Omit<NewOffice, "city" | "district"> & { city?: string; district?: string },
): NewOffice {
  const city = given.city ?? cityOfName(given.name) ?? "";
  const district = given.district ?? ((city && districtOfOfficeName(given.name, city)) || null);
  const office = { ...given, city, district: district ?? "" };
  const checked = officeProfileSchema.shape.office.safeParse(office);
  const area = officeProfileSchema.shape.service_area.safeParse(
    district ? [{ name: district, code: given.code }] : undefined,
  );
  if (checked.success && area.success) return { ...checked.data, district };
  // The district is checked once the office is valid: its code is the district's.
  const issues = [
    ...(checked.error?.issues ?? []).map((i) => ({ field: i.path[0] as keyof NewOffice, message: i.message })),
    ...(checked.success ? (area.error?.issues ?? []) : []).map((i) => ({
      field: "district" as const,
      message: i.message,
    })),
  ];
  const lines = issues.map(({ field, message }) => {
    if (field === "city" && !given.city)
      return `無法從「${given.name}」判斷所在縣市：請以 --city 指定，例如 --city 高雄市。`;
    return `${optionOf[field] ?? String(field)}：${message}（收到「${office[field] ?? ""}」）`;
  });
  throw new InputError(lines.join("\n"));
}

/**
 * The shipped profile (as written, not with defaults filled in) for another office: its own code,
 * name and city, and no contact, which only the office can give (the switchboard is published in
 * the open-data metadata, so a copied or made-up number must never go out).
 */
export function newOfficeProfile(
  shipped: Record<string, unknown>,
  office: NewOffice,
): { profile: Record<string, unknown>; contactExample: OfficeProfile["contact"] } {
  const { contact, ...rest } = shipped as Record<string, unknown> & { contact?: OfficeProfile["contact"] };
  // The shipped service area is the sample office's: replaced in place, or left out when unknown.
  const profile: Record<string, unknown> = {
    ...rest,
    office: { code: office.code, name: office.name, city: office.city },
    service_area: office.district ? [{ name: office.district, code: office.code }] : undefined,
  };
  if (!office.district) delete profile.service_area;
  const contactExample = {
    unit: contact?.unit ?? (rest as unknown as OfficeProfile).units[0]!.name,
    phone: "（請填本所總機）",
  };
  return { profile, contactExample };
}
