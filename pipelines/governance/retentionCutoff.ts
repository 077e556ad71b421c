import type { OfficeProfile } from "../../data-loaders/contracts/officeProfile.ts";

/**
 * The day before which personal data is past the profile's retention: today less
 * `retention.personal_data_years` years (29 February becomes 28 February in a common year).
 */
export function retentionCutoff(profile: Pick<OfficeProfile, "retention">, today: string): string {
  const year = Number(today.slice(0, 4)) - profile.retention.personal_data_years;
  const month = today.slice(5, 7);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = month === "02" && today.slice(8, 10) === "29" && !leap ? "28" : today.slice(8, 10);
  return `${year}-${month}-${day}`;
}
