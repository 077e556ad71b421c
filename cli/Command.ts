import type { parseArgs, ParseArgsConfig } from "node:util";

/** The options of a command, as parseArgs takes them. */
export type Options = NonNullable<ParseArgsConfig["options"]>;

/** The values parseArgs gives for `options`, typed from them: a command reads its options without casts. */
export type OptionValues<O extends Options> = ReturnType<
  typeof parseArgs<{ options: O; allowPositionals: true }>
>["values"];

/** A `sqd` subcommand: one file in `cli/commands/`, listed by `sqd --help`. */
export interface Command<O extends Options = Options> {
  name: string;
  /** One line, zh-TW, shown in `sqd --help`. */
  summary: string;
  /** Usage and options, shown by `sqd <name> --help`. */
  usage: string;
  options: O;
  /** Returns the process exit code. */
  run(values: OptionValues<O>, positionals: string[]): Promise<number>;
}

/** A command, its `run` given values typed from its `options`. */
export const command = <const O extends Options>(c: Command<O>): Command<O> => c;
