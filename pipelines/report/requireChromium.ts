import { InputError } from "../../lib/InputError.ts";
import { chromiumInstallHint, findChromium } from "./findChromium.ts";

/** The Chromium to print with; where there is none, an InputError saying how to install it. */
export function requireChromium(env: NodeJS.ProcessEnv = process.env): string {
  const { path, where } = findChromium(env);
  if (path === null) throw new InputError(`製作 PDF 需要 Chromium，但找不到（${where}）。${chromiumInstallHint}。`);
  return path;
}
