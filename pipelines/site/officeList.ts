import { existsSync } from "node:fs";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { OfficeProfile } from "../../data-loaders/contracts/officeProfile.ts";
import { withReadOnlyWarehouse } from "../../data-loaders/warehouse/withReadOnlyWarehouse.ts";
import { readMarts } from "./readMarts.ts";

export interface OfficeEntry {
  code: string;
  name: string;
}

/**
 * The offices of a warehouse's marts, named: the configured office by its profile, the offices of
 * a city view (`sqd build --lake`) by the names their lake manifests carry (`lake_offices`), any
 * other by its code. The configured office first, then by code.
 */
export async function officeList(db: string, profile: OfficeProfile, codes: readonly string[]): Promise<OfficeEntry[]> {
  const rows = async (c: DuckDBConnection, sql: string) => (await c.runAndReadAll(sql)).getRowObjects();
  // Only a city view has lake_offices: look for it, then read it, in one opening of the warehouse.
  const named = existsSync(db)
    ? await withReadOnlyWarehouse(db, async (c) =>
        (await rows(c, "SELECT 1 FROM duckdb_tables() WHERE table_name = 'lake_offices' AND schema_name = 'main'"))
          .length
          ? rows(c, "SELECT office_code, office_name FROM lake_offices")
          : [],
      )
    : [];
  const names = new Map(named.map((r) => [String(r.office_code), String(r.office_name)]));
  names.set(profile.office.code, profile.office.name);
  const ours = (code: string) => Number(code === profile.office.code);
  return [...new Set(codes)]
    .sort((a, b) => ours(b) - ours(a) || a.localeCompare(b))
    .map((code) => ({ code, name: names.get(code) ?? code }));
}

/** The offices the marts hold (kpi_monthly's), by code: one for an office's own warehouse, several for a city view. */
export async function martOffices(db: string): Promise<string[]> {
  const marts = await readMarts(db, { offices: "SELECT DISTINCT office_code FROM kpi_monthly ORDER BY office_code" });
  return (marts?.offices ?? []).map((r) => String(r.office_code));
}
