import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";
import type { Contract } from "../../../../data-loaders/contracts/contract.ts";
import { TestWarehouse } from "../../../support/TestWarehouse.ts";
import { assertHostile, hostileTestTimeout } from "../../../support/hostile/assertHostile.ts";
import { expectSafeIngest } from "../../../support/hostile/expectSafeIngest.ts";
import {
  hostileFile,
  randomBytesFile,
  writeHostileFile,
  type HostileFile,
} from "../../../support/hostile/hostileFile.ts";

// Generated malformed files of every source, each ingested into one scratch warehouse that keeps
// what earlier runs loaded (so later files also meet duplicates and corrections).
let w: TestWarehouse;
let n = 0;
beforeAll(async () => {
  w = await TestWarehouse.open();
});
afterAll(() => w?.close());

const sources = [
  "surveys",
  "courtesy",
  "complaints",
  "cases",
  "population",
  "evidence",
  "actions",
  "annotations",
] as const;
const contract = (name: (typeof sources)[number]) => w.office.contracts[name] as unknown as Contract;

/** Writes the generated files into the scratch inbox and ingests them in one command. */
async function ingestGenerated(files: readonly HostileFile[]): Promise<void> {
  const paths: string[] = [];
  for (const file of files) paths.push(await writeHostileFile(`${w.dir}/inbox`, ++n, file));
  await expectSafeIngest(w, paths);
}

describe("hostile files of every source: loaded reconciled or rejected with a message, never a crash or hang", () => {
  for (const source of sources) {
    it(
      source,
      () => assertHostile(hostileFile(contract(source)), (file) => ingestGenerated([file]), 20),
      hostileTestTimeout,
    );
  }

  it(
    "random bytes named as a data file",
    () => assertHostile(randomBytesFile, (file) => ingestGenerated([file]), 20),
    hostileTestTimeout,
  );

  it(
    "several hostile files of mixed sources in one command",
    () => {
      const anyFile = fc.constantFrom(...sources).chain((s) => hostileFile(contract(s)));
      const files = fc.array(fc.oneof({ weight: 5, arbitrary: anyFile }, { weight: 1, arbitrary: randomBytesFile }), {
        minLength: 2,
        maxLength: 4,
      });
      return assertHostile(files, ingestGenerated, 8);
    },
    hostileTestTimeout,
  );
});
