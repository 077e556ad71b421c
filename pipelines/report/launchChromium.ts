import { chromium, type Browser } from "playwright-core";
import { chromiumArgs } from "./findChromium.ts";

/** Starts the given Chromium headless, with the arguments that keep it quiet and offline. */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: [...chromiumArgs] });
}
