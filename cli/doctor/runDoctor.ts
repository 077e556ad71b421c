import { InputError } from "../../lib/InputError.ts";
import { inboxSources } from "../init/inboxSources.ts";
import { shippedConfigDir } from "../init/initWorkingFolder.ts";
import { loadOffice } from "../../data-loaders/profile/loadOffice.ts";
import { checkCjkFonts } from "./checkCjkFonts.ts";
import { checkChromium } from "./checkChromium.ts";
import { checkConfig, loadConfig } from "./checkConfig.ts";
import { checkDiskSpace } from "./checkDiskSpace.ts";
import { checkInbox } from "./checkInbox.ts";
import { checkNode } from "./checkNode.ts";
import { checkPlaceholders } from "./checkPlaceholders.ts";
import { checkWarehouse } from "./checkWarehouse.ts";
import type { DoctorCheck } from "./DoctorCheck.ts";
import { loadedFiles } from "./loadedFiles.ts";

export interface DoctorPaths {
  db: string;
  configDir: string;
  inbox: string;
}

/** Every check, in the order a new office sets things up: program, configuration, data, printing, disk. */
export async function runDoctor(paths: DoctorPaths): Promise<DoctorCheck[]> {
  const loaded = loadConfig(paths.configDir);
  const office = loaded instanceof InputError ? null : loaded;
  // The sources are the contracts', whatever the office's profile; a broken one falls back to the shipped.
  const sources = inboxSources((office ?? loadOffice(shippedConfigDir)).profile).map((s) => s.name);
  return [
    checkNode(),
    checkConfig(paths.configDir, loaded),
    ...(office ? [checkPlaceholders(office)] : []),
    await checkInbox(paths.inbox, sources, await loadedFiles(paths.db)),
    await checkWarehouse(paths.db),
    checkChromium(),
    checkCjkFonts(),
    checkDiskSpace(paths.db),
  ];
}
