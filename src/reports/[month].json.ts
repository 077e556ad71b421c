// Framework data loader for one month's staff-meeting report (/reports/2025-03): the month's
// figures (pipelines/report/reportData.ts) and the sentences each section says. `sqd report` calls
// this same loader for the deck (loadReport), so the page, the PDF and the PowerPoint say the same.
import { reportData } from "../../pipelines/report/reportData.ts";
import { reportSections } from "../../pipelines/report/reportSections.ts";
import { pageLoader } from "../../pipelines/site/pageLoader.ts";
import { reportSummary } from "../components/reportSummary.ts";

export default await pageLoader(import.meta.url, async ({ db, office, audience }, { month = "" }) => {
  if (!/^\d{4}-\d{2}$/.test(month)) throw new Error(`月報需要 --month=YYYY-MM（收到 ${month || "空白"}）。`);
  const data = await reportData(db, month, office, audience);
  return data ? { ...data, sections: reportSections, summary: reportSummary(data) } : null;
});
