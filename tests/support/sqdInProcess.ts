import { vi } from "vitest";
import { sqd } from "../../cli/sqd.ts";

/**
 * Runs `sqd` in this process with console output captured: the same code as bin/sqd.js without a
 * child process's start-up second (tests that need another process use sqdCommand).
 */
export async function sqdInProcess(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void out.push(a.join(" ") + "\n"));
  const error = vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void err.push(a.join(" ") + "\n"));
  try {
    const status = await sqd(args);
    return { status, stdout: out.join(""), stderr: err.join("") };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}
