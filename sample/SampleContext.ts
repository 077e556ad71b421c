import type { Office } from "../data-loaders/profile/loadOffice.ts";
import type { Random } from "./createRandom.ts";
import type { SampleOffice } from "./sampleOffices.ts";

/** What every source generator gets: the configuration, one office, the months and its random. */
export interface SampleContext {
  office: Office;
  site: SampleOffice;
  /** Generated months `YYYY-MM`, in order. */
  months: readonly string[];
  /** The last generated date: nothing happens after it (later completions stay pending). */
  lastDay: string;
  /** This office's random source; generators fork it per source and period. */
  random: Random;
  casesPerDay: number;
  /** True with more than one office: rows carry 機關代碼 and file names the office code. */
  multiOffice: boolean;
  /**
   * Where a file of a source goes: `<out>/<source>/<source>[-<office code>][-<period>].<ext>`;
   * the folder is created.
   */
  filePath(source: string, period: string | null, ext: string): string;
}

export interface SampleFile {
  path: string;
  source: string;
  /** How the file is written, e.g. `CSV, Big5 (CP950), CRLF, title row`. */
  form: string;
  /** Data rows: every row an ingest counts in rows_read (not title, header, blank or footer rows). */
  rows: number;
  /** Reason code, warning, special value or `pattern:…` → how many rows of the file carry it. */
  planted: Record<string, number>;
}
