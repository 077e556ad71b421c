import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { Contract } from "../../data-loaders/contracts/contract.ts";
import { ingestFiles, type FileOutcome, type IngestOptions } from "../../data-loaders/ingest/ingestFiles.ts";
import { loadOffice, type Office } from "../../data-loaders/profile/loadOffice.ts";
import { openWarehouse, type Warehouse } from "../../data-loaders/warehouse/openWarehouse.ts";
import { contractRows } from "./contractRows.ts";
import { loadedOutcome, type LoadedOutcome } from "./outcomeNamed.ts";
import { expectReconciled } from "./expectReconciled.ts";
import { tableSnapshot } from "./tableSnapshot.ts";

/** A fresh warehouse in a temporary folder, with the shipped configuration, for one test file. */
export class TestWarehouse {
  private constructor(
    readonly dir: string,
    readonly path: string,
    readonly office: Office,
    readonly warehouse: Warehouse,
  ) {}

  static async open(): Promise<TestWarehouse> {
    const dir = mkdtempSync(join(tmpdir(), "sqd-ingest-test-"));
    const path = join(dir, "warehouse.duckdb");
    const office = loadOffice();
    return new TestWarehouse(dir, path, office, await openWarehouse(office, { path }));
  }

  /** Runs one test on a fresh warehouse of its own, closed and removed after it, passing or not. */
  static async use<T>(test: (w: TestWarehouse) => Promise<T>): Promise<T> {
    const w = await TestWarehouse.open();
    try {
      return await test(w);
    } finally {
      w.close();
    }
  }

  get connection() {
    return this.warehouse.connection;
  }

  /** Ingests and checks the bookkeeping of every loaded file (see expectReconciled). */
  async ingest(inputs: readonly string[], options: IngestOptions = {}): Promise<FileOutcome[]> {
    const outcomes = await ingestFiles(this.warehouse, this.office, inputs, options);
    for (const o of outcomes) await expectReconciled(this.connection, o);
    return outcomes;
  }

  /** Ingests one file that must load, and returns its report. */
  async load(file: string, options: IngestOptions = {}): Promise<LoadedOutcome> {
    const [outcome] = await this.ingest([file], options);
    return loadedOutcome([outcome!], basename(file));
  }

  async rows(sql: string): Promise<Record<string, unknown>[]> {
    return (await this.connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  }

  /** Stored rows of a source in the contract's parsed form, each validated by its zod schema. */
  async contractRows(source: keyof Office["contracts"], where?: string) {
    return contractRows(this.connection, this.office.contracts[source] as unknown as Contract, where);
  }

  snapshot(except: readonly string[] = []) {
    return tableSnapshot(this.connection, except);
  }

  close(): void {
    this.warehouse.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
