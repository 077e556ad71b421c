import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { InputError } from "../../lib/InputError.ts";

/**
 * The version of the lake's layout (docs/scaling.md): which tables, how they are partitioned and
 * named, which columns leave and in what form, and the manifest's fields. Bump it when any of those
 * change in a way an older or newer reader would misread; `sqd build --lake` refuses a lake whose
 * manifests carry another version. A column a contract gains needs no bump: readers take columns
 * by name and a column a lake lacks reads as NULL. The warehouse's own migrations are recorded
 * beside it in each manifest, but do not decide it — most of the lake derives from the contracts.
 */
export const lakeSchemaVersion = 1;

/** Each office's manifest lies in `_manifests/<office code>.json`, so offices exporting into one lake never write the same file. */
export const manifestsFolder = "_manifests";
export const manifestFile = (code: string) => `${manifestsFolder}/${code}.json`;

export const lakeManifestSchema = z.object({
  lake_schema_version: z.number().int(),
  /** The warehouse migrations of the exporting office (information; not checked). */
  warehouse_schema_version: z.number().int(),
  office: z.object({ code: z.string().regex(/^\d{8}$/), name: z.string(), city: z.string() }),
  exported_at: z.string(),
  /** The as-of date the office built its marts with (`build_params`). */
  as_of: z.string(),
  /** Months the last export wrote (`--months`); null when it wrote every month. */
  months: z.array(z.string()).nullable(),
  tables: z.array(
    z.object({
      name: z.string(),
      kind: z.enum(["fact", "lineage", "mart"]),
      partition_by: z.array(z.string()),
      rows: z.number().int(),
      files: z.number().int(),
      /** Warehouse columns that did not leave (personal data, hashes of it, file paths). */
      dropped_columns: z.array(z.string()),
      /** Text columns that left through the privacy masking. */
      masked_columns: z.array(z.string()),
      /** Staff-id columns that left as keyed-hash codes (profile `lake.staff: pseudonymise`). */
      pseudonymised_columns: z.array(z.string()).default([]),
    }),
  ),
  files: z.array(
    z.object({
      path: z.string(),
      table: z.string(),
      rows: z.number().int(),
      bytes: z.number().int(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
});

export type LakeManifest = z.infer<typeof lakeManifestSchema>;
export type LakeFile = LakeManifest["files"][number];

/**
 * Reads and checks a manifest: JSON, the lake schema version this code reads (older and newer are
 * refused with what to do), then its fields. `shown` names the manifest in messages.
 */
export function readManifest(path: string, shown: string): LakeManifest {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new InputError(
      `${shown}：不是有效的 JSON（${(e as Error).message}）。這份清單已損毀：請該所重新執行 sqd export-lake（不加 --months）。`,
    );
  }
  const version = (json as { lake_schema_version?: unknown } | null)?.lake_schema_version;
  if (typeof version !== "number")
    throw new InputError(`${shown}：沒有 lake_schema_version，不是 sqd export-lake 寫出的清單。`);
  if (version < lakeSchemaVersion) {
    throw new InputError(
      `${shown} 是第 ${version} 版的資料湖格式，本程式讀寫第 ${lakeSchemaVersion} 版：請該所更新 sqd 後重新執行 sqd export-lake（不加 --months），再重新建置。`,
    );
  }
  if (version > lakeSchemaVersion) {
    throw new InputError(
      `${shown} 是第 ${version} 版的資料湖格式，比本程式支援的第 ${lakeSchemaVersion} 版新：請先更新本機的 sqd，再重新建置。`,
    );
  }
  const result = lakeManifestSchema.safeParse(json);
  if (!result.success)
    throw new InputError(
      `${shown}：清單欄位不正確（${result.error.issues.map((i) => `${i.path.join(".")}：${i.message}`).join("；")}）。請該所重新執行 sqd export-lake。`,
    );
  return result.data;
}

/** The office's manifest in a lake, or null when it has not exported there yet. */
export function readOfficeManifest(lake: string, code: string): LakeManifest | null {
  const path = join(lake, manifestFile(code));
  return existsSync(path) ? readManifest(path, path) : null;
}
