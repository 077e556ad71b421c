import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

/** Where one partition of a lake table lies, relative to the lake: `cases/office=…/year=2025/month=2025-03/data.parquet`. */
export interface LakePartition {
  table: string;
  office: string;
  year?: string;
  month?: string;
}

/** The partition's file path relative to the lake folder, `/`-separated whatever the platform. */
export function lakeFilePath(p: LakePartition): string {
  return [
    p.table,
    `office=${p.office}`,
    p.year === undefined ? null : `year=${p.year}`,
    p.month === undefined ? null : `month=${p.month}`,
    "data.parquet",
  ]
    .filter((s) => s !== null)
    .join("/");
}

const shape =
  /^(?<table>[a-z_]+)\/office=(?<office>[^/]+)(?:\/year=(?<year>\d{4}))?(?:\/month=(?<month>\d{4}-\d{2}))?\/data\.parquet$/;

/** The partition a lake path names, or null when the path is not one the export writes. */
export function parseLakeFilePath(path: string): LakePartition | null {
  const m = shape.exec(path);
  if (!m) return null;
  const { table, office, year, month } = m.groups!;
  return { table: table!, office: office!, ...(year ? { year } : {}), ...(month ? { month } : {}) };
}

/** Files under `folder` of `root` (all of `root` for ""), as paths relative to `root` with `/`, the manifests' form. */
export function filesUnder(root: string, folder: string): string[] {
  if (!existsSync(join(root, folder))) return [];
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split("\\").join("/"));
}
