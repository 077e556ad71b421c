import { InputError } from "../../lib/InputError.ts";
import { audiences, type Audience } from "./siteInputs.ts";

/** The `--audience` option: internal (default) or public; anything else is a clear error. */
export function parseAudience(value: string | undefined): Audience {
  if (value === undefined) return "internal";
  if ((audiences as readonly string[]).includes(value)) return value as Audience;
  throw new InputError(`--audience 只能是 internal（內部版）或 public（公開版）（收到 ${value}）。`);
}
