import { afterAll, beforeAll } from "vitest";
import type { FileOutcome } from "../../data-loaders/ingest/ingestFiles.ts";
import { fixturePath } from "./fixturePath.ts";
import { TestWarehouse } from "./TestWarehouse.ts";

/** One command over a folder of tests/fixtures/ingest, shared by a test file's tests. */
export interface IngestedFolder {
  w: TestWarehouse;
  /** Every file's outcome, in the order the command processed them. */
  outcomes: FileOutcome[];
}

/** Ingests the fixture folder into a fresh warehouse before the file's tests, and removes the warehouse after them. */
export function ingestedFolder(folder: string): IngestedFolder {
  const ingested = {} as IngestedFolder;
  beforeAll(async () => {
    ingested.w = await TestWarehouse.open();
    ingested.outcomes = await ingested.w.ingest([fixturePath(folder)]);
  });
  afterAll(() => ingested.w?.close());
  return ingested;
}
