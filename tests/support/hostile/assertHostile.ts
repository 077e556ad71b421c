import fc from "fast-check";

/** The run in progress: fast-check abandons, but cannot stop, a run it interrupts or times out. */
let inFlight: Promise<unknown> = Promise.resolve();

/** How long an abandoned run may take to finish before the next property goes ahead anyway. */
const abandonedRunGrace = 20_000;

/**
 * Checks a hostile property: a fixed seed (HOSTILE_SEED overrides it to explore, HOSTILE_RUNS the
 * number of runs; fast-check prints seed and path of a failure to replay it), each run bounded
 * and the whole property too, so that a hang fails instead of stalling the suite. Nothing asserts
 * a duration. Runs share one scratch warehouse, so a run abandoned at the time limit is waited
 * for before the next property starts.
 */
export async function assertHostile<T>(
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => Promise<unknown>,
  numRuns: number,
): Promise<void> {
  try {
    await fc.assert(
      fc.asyncProperty(arbitrary, (value) => {
        const run = predicate(value);
        inFlight = run.catch(() => undefined);
        return run.then(() => undefined);
      }),
      {
        seed: Number(process.env.HOSTILE_SEED ?? 20250305),
        numRuns: Number(process.env.HOSTILE_RUNS ?? numRuns),
        plugins: [fc.timeout(20_000), fc.interruptAfterTimeLimit(45_000)],
      },
    );
  } finally {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([inFlight, new Promise((resolve) => (timer = setTimeout(resolve, abandonedRunGrace)))]);
    clearTimeout(timer);
  }
}

/** Vitest's limit for one hostile property: above the property's own bounds, so fast-check reports first. */
export const hostileTestTimeout = 120_000;
