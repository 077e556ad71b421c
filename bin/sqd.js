#!/usr/bin/env node
// The `sqd` command runs TypeScript directly through tsx: no build step for the CLI.
import { register } from "tsx/esm/api";

register();
const { sqd } = await import("../pipelines/cli/sqd.ts");
process.exitCode = await sqd(process.argv.slice(2));
