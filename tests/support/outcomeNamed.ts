import { basename } from "node:path";
import { expect } from "vitest";
import type { FileOutcome } from "../../data-loaders/ingest/ingestFiles.ts";

export type LoadedOutcome = Extract<FileOutcome, { status: "loaded" }>;
export type RejectedOutcome = Extract<FileOutcome, { status: "rejected" }>;

/** The outcome for the file of that name, which must have loaded. */
export function loadedOutcome(outcomes: readonly FileOutcome[], name: string): LoadedOutcome {
  const outcome = outcomes.find((o) => basename(o.file) === name);
  expect(outcome?.status, `${name} should have loaded: ${JSON.stringify(outcome)}`).toBe("loaded");
  return outcome as LoadedOutcome;
}

/** The outcome for the file of that name, which must have been rejected. */
export function rejectedOutcome(outcomes: readonly FileOutcome[], name: string): RejectedOutcome {
  const outcome = outcomes.find((o) => basename(o.file) === name);
  expect(outcome?.status, `${name} should have been rejected: ${JSON.stringify(outcome)}`).toBe("rejected");
  return outcome as RejectedOutcome;
}
