import type { Command } from "./Command.ts";
import { buildCommand } from "./commands/build.ts";
import { checkCommand } from "./commands/check.ts";
import { docsCommand } from "./commands/docs.ts";
import { doctorCommand } from "./commands/doctor.ts";
import { evidenceCommand } from "./commands/evidence.ts";
import { exportLakeCommand } from "./commands/exportLake.ts";
import { exportOpenDataCommand } from "./commands/exportOpenData.ts";
import { ingestCommand } from "./commands/ingest.ts";
import { initCommand } from "./commands/init.ts";
import { reportCommand } from "./commands/report.ts";
import { unloadCommand } from "./commands/unload.ts";
import { quarantineCommand } from "./commands/quarantine.ts";
import { templatesCommand } from "./commands/templates.ts";
import { purgeCommand } from "./commands/purge.ts";
import { sampleCommand } from "./commands/sample.ts";
import { siteCommand } from "./commands/site.ts";
import { startCommand } from "./commands/start.ts";

/** Every `sqd` subcommand, in the order `sqd --help` lists them. */
export const commands: Command[] = [
  initCommand,
  sampleCommand,
  ingestCommand,
  unloadCommand,
  quarantineCommand,
  templatesCommand,
  purgeCommand,
  buildCommand,
  checkCommand,
  doctorCommand,
  docsCommand,
  siteCommand,
  reportCommand,
  exportOpenDataCommand,
  exportLakeCommand,
  evidenceCommand,
  startCommand,
];
