import type { ParseArgsConfig } from "node:util";

/** A `sqd` subcommand: one file in `cli/commands/`, listed by `sqd --help`. */
export interface Command {
  name: string;
  /** One line, zh-TW, shown in `sqd --help`. */
  summary: string;
  /** Usage and options, shown by `sqd <name> --help`. */
  usage: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  /** Returns the process exit code. */
  run(values: Record<string, string | boolean | string[] | boolean[] | undefined>, positionals: string[]): Promise<number>;
}
