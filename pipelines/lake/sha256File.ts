import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

/** A file's SHA-256, hex. Lake partitions are a month of one office: small enough to read whole. */
export const sha256File = (path: string): string => createHash("sha256").update(readFileSync(path)).digest("hex");
