import { officeProfileSchema, type OfficeProfile } from "../../data-loaders/contracts/officeProfile.ts";
import { InputError } from "../../lib/InputError.ts";

export interface NewOffice {
  code: string;
  name: string;
  city: string;
}

/** What `sqd init` calls each field of `office`, so an error names the option to fix. */
const optionOf: Record<keyof NewOffice, string> = { code: "--office-code", name: "--office-name", city: "--city" };

/** The city a full name begins with (高雄市林園戶政事務所 → 高雄市), else null. */
function cityOfName(name: string): string | null {
  return /^(\p{Script=Han}{2}[市縣])\p{Script=Han}/u.exec(name)?.[1] ?? null;
}

/**
 * The new office's code, name and city, checked against the profile schema with errors that name
 * the option; the city, when not given, is the one the full name begins with.
 */
export function checkNewOffice(given: Omit<NewOffice, "city"> & { city?: string }): NewOffice {
  const office = { ...given, city: given.city ?? cityOfName(given.name) ?? "" };
  const result = officeProfileSchema.shape.office.safeParse(office);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => {
    const field = i.path[0] as keyof NewOffice;
    if (field === "city" && !given.city)
      return `無法從「${given.name}」判斷所在縣市：請以 --city 指定，例如 --city 高雄市。`;
    return `${optionOf[field] ?? String(field)}：${i.message}（收到「${office[field] ?? ""}」）`;
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
  const profile = { ...rest, office: { code: office.code, name: office.name, city: office.city } };
  const contactExample = {
    unit: contact?.unit ?? (rest as unknown as OfficeProfile).units[0]!.name,
    phone: "（請填本所總機）",
  };
  return { profile, contactExample };
}
