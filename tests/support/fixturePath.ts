import { fileURLToPath } from "node:url";

/** The fixtures of the ingest tests: tests/fixtures/ingest, as an absolute path. */
const root = fileURLToPath(new URL("../fixtures/ingest/", import.meta.url));

/** Absolute path of a fixture: `fixturePath("reasons", "cases-reasons.csv")`. */
export const fixturePath = (...parts: string[]) => root + parts.join("/");
