import { InputError } from "../../lib/InputError.ts";
import type { Contract } from "./contract.ts";

/**
 * The source contract a `--source` option names. A misspelt name is the command's error, not any
 * one file's: it would be the same for every file, so nothing is attempted.
 */
export function namedSource(contracts: readonly Contract[], name: string): Contract {
  const found = contracts.find((c) => c.name === name);
  if (!found)
    throw new InputError(`沒有「${name}」這個資料來源。可用的來源：${contracts.map((c) => c.name).join("、")}。`);
  return found;
}
