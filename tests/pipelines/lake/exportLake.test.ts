import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../../lib/InputError.ts";
import { exportLake } from "../../../pipelines/lake/exportLake.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

/** What exportLake throws for a fresh warehouse (its marts never built) after running `sql` on it. */
async function exportError(sql?: string): Promise<unknown> {
  const w = await TestWarehouse.open();
  try {
    if (sql) await w.connection.run(sql);
    w.warehouse.close();
    return await exportLake({ db: w.path, office: w.office, out: join(w.dir, "lake") }).then(
      () => null,
      (error: unknown) => error,
    );
  } finally {
    w.close();
  }
}

describe("exportLake on a warehouse without a build", () => {
  it("refuses a warehouse whose marts were never built, saying to build them first", async () => {
    const error = await exportError();
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toContain("尚未建置統計表：請先執行 sqd build --marts-only");
  });

  it("passes on any other failure to read the build date rather than calling the warehouse unbuilt", async () => {
    const error = await exportError("CREATE TABLE build_params (built_at TIMESTAMP)");
    expect(error).not.toBeInstanceOf(InputError);
    expect(String(error)).toMatch(/as_of/);
  });
});
