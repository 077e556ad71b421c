// Framework data loader for one month's staff-meeting report (/reports/2025-03): the month's
// figures (pipelines/report/reportData.ts) and the sentences each section says. `sqd report` runs
// this same loader for the deck, so the page, the PDF and the PowerPoint say the same thing.
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadProfile } from "../../pipelines/profile/loadOffice.ts";
import { reportData } from "../../pipelines/report/reportData.ts";
import { reportSections } from "../../pipelines/report/reportSections.ts";
import { siteInputs } from "../../pipelines/site/siteInputs.ts";
import { reportSummary } from "../components/reportSummary.ts";

const { values } = parseArgs({ options: { month: { type: "string" } } });
const month = values.month ?? "";
if (!/^\d{4}-\d{2}$/.test(month)) throw new Error(`月報需要 --month=YYYY-MM（收到 ${month || "空白"}）。`);
const { db, configDir, audience } = siteInputs();
const { office, recommendations } = loadProfile(join(configDir, "office.json"));
const data = await reportData(db, month, { code: office.code, name: office.name }, audience, recommendations.quarantine_pct);
process.stdout.write(JSON.stringify(data ? { ...data, sections: reportSections, summary: reportSummary(data) } : null));
