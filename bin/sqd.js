#!/usr/bin/env node
// The `sqd` command runs TypeScript directly through tsx: no build step for the CLI.
import { register } from "tsx/esm/api";

register();
// `sqd doctor | head`: a reader that stops early is not an error of ours.
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
const { sqd } = await import("../cli/sqd.ts");
process.exitCode = await sqd(process.argv.slice(2));
