import type { ReportData } from "../reportData.ts";

/**
 * What the deck is built from: the month's report as the Framework data loader
 * src/reports/[month].json.ts writes it, i.e. ReportData plus the ordered sections and the summary
 * sentences per section id. Rows are JSON, so every field is read defensively.
 */
export interface DeckReport extends ReportData {
  sections: readonly { id: string; title: string }[];
  summary: Record<string, readonly string[]>;
}

export type DeckRow = Record<string, unknown>;
