import type { Command } from "./Command.ts";

/** Every `sqd` subcommand, in the order `sqd --help` lists them. */
export const commands: Command[] = [];
