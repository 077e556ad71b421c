import type { Command } from "./Command.ts";
import { docsCommand } from "./commands/docs.ts";

/** Every `sqd` subcommand, in the order `sqd --help` lists them. */
export const commands: Command[] = [
  docsCommand,
];
