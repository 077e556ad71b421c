import Papa from "papaparse";

export interface DelimitedHead {
  delimiter: string;
  /** The first records as cells, blank records kept so indexes are Excel row numbers − 1. */
  records: string[][];
}

const candidates = [",", "\t", ";", "|"];

/**
 * Parses the first records of a decoded text to find its delimiter (papaparse's sniffing, limited
 * to the delimiters offices use) and the rows in which to look for the header.
 */
export function readHead(text: string, maxRecords = 12): DelimitedHead {
  const parsed = Papa.parse<string[]>(text, {
    preview: maxRecords,
    delimitersToGuess: candidates,
    skipEmptyLines: false,
  });
  const delimiter = candidates.includes(parsed.meta.delimiter) ? parsed.meta.delimiter : ",";
  return { delimiter, records: parsed.data };
}
