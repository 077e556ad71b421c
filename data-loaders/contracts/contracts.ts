import { actionsContract } from "./actions.ts";
import { annotationsContract } from "./annotations.ts";
import { calendarContract } from "./calendar.ts";
import { casesContract } from "./cases.ts";
import { complaintsContract } from "./complaints.ts";
import { courtesyContract } from "./courtesy.ts";
import { evidenceContract } from "./evidence.ts";
import type { OfficeProfile } from "./officeProfile.ts";
import { planItemsContract } from "./planItems.ts";
import { populationContract } from "./population.ts";
import { serviceCountsContract } from "./serviceCounts.ts";
import { sopContract } from "./sop.ts";
import { surveysContract } from "./surveys.ts";

/** Every contract of an office, sources first, in the order the docs list them. */
export function contracts(profile: OfficeProfile) {
  const aliased = <C extends { name: string }>(c: C) => ({
    ...c,
    aliases: profile.column_aliases[c.name as keyof OfficeProfile["column_aliases"]],
  });
  return {
    surveys: aliased(surveysContract(profile)),
    courtesy: aliased(courtesyContract(profile)),
    complaints: aliased(complaintsContract(profile)),
    cases: aliased(casesContract(profile)),
    population: aliased(populationContract(profile)),
    evidence: aliased(evidenceContract(profile)),
    actions: aliased(actionsContract(profile)),
    annotations: aliased(annotationsContract(profile)),
    service_counts: aliased(serviceCountsContract(profile)),
    sop: sopContract(profile),
    calendar: calendarContract(profile),
    plan_items: planItemsContract(profile),
  };
}

export type Contracts = ReturnType<typeof contracts>;
export type ContractName = keyof Contracts;
