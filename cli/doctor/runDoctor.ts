import { InputError } from "../../lib/InputError.ts";
import { inboxSources } from "../init/workingFolderContents.ts";
import { shippedConfigDir } from "../init/initWorkingFolder.ts";
import { loadOffice } from "../../data-loaders/profile/loadOffice.ts";
import { checkConfig, checkPlaceholders, loadConfig } from "./configChecks.ts";
import { checkInbox } from "./checkInbox.ts";
import type { DoctorCheck } from "./DoctorCheck.ts";
import { checkChromium, checkCjkFonts, checkDiskSpace, checkNode } from "./machineChecks.ts";
import { checkWarehouse, loadedFiles } from "./warehouseChecks.ts";

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
