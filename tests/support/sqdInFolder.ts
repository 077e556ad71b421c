import { sqdInProcess } from "./sqdInProcess.ts";

/**
 * Runs `sqd` in this process (see sqdInProcess) with `folder` as the working folder, as a user
 * would run it there, then returns to the previous one. Relative defaults (config/, data/) then
 * point into `folder`: pass --config and --db.
 */
export async function sqdInFolder(
  folder: string,
  ...args: string[]
): Promise<Awaited<ReturnType<typeof sqdInProcess>>> {
  const previous = process.cwd();
  process.chdir(folder);
  try {
    return await sqdInProcess(...args);
  } finally {
    process.chdir(previous);
  }
}
