import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BuildFailed } from "./BuildFailed.ts";
import { referencedNames } from "./modelOrder.ts";

/**
 * One file of `pipelines/models/`: a table model (`<name>.sql` holds the SELECT that fills table
 * `<name>`), a view (`views/<name>.sql` holds the SELECT of view `<name>`) or a macro file
 * (`macros/<name>.sql` holds `CREATE OR REPLACE MACRO` statements).
 */
export interface ModelFile {
  name: string;
  kind: "table" | "view" | "macros";
  path: string;
  sql: string;
  /** What the file creates, as other models mention it: the table or view, or each macro. */
  defines: string[];
}

const sqlFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".sql"))
        .sort()
    : [];

/** The table models (`*.sql`), views (`views/*.sql`) and macro files (`macros/*.sql`) of a models folder. */
export function readModels(dir: string): ModelFile[] {
  const selects = (folder: string, kind: "table" | "view") =>
    sqlFiles(folder).map((file): ModelFile => {
      const name = file.slice(0, -4);
      const path = join(folder, file);
      if (!/^[a-z][a-z0-9_]*$/.test(name))
        throw new BuildFailed(`${path}：模型檔名須為小寫英數字與底線（即所建立的資料表名稱）。`);
      // Only the SELECT: the runner wraps it in CREATE OR REPLACE TABLE (or VIEW), so name and file agree.
      const sql = readFileSync(path, "utf8").replace(/[\s;]+$/, "");
      if (referencedNames(sql).has("create"))
        throw new BuildFailed(`${path}：模型檔只寫 SELECT 查詢，CREATE TABLE 由 sqd build 加上（見 docs/models.md）。`);
      return { name, kind, path, sql, defines: [name] };
    });
  const macroDir = join(dir, "macros");
  const macros = sqlFiles(macroDir).map((file): ModelFile => {
    const path = join(macroDir, file);
    const sql = readFileSync(path, "utf8");
    const code = sql.replace(/--[^\n]*/g, "");
    const defines = [...code.matchAll(/CREATE\s+OR\s+REPLACE\s+MACRO\s+([a-z_][a-z0-9_]*)/gi)].map((m) =>
      m[1]!.toLowerCase(),
    );
    if (defines.length === 0) throw new BuildFailed(`${path}：巨集檔應以 CREATE OR REPLACE MACRO 定義至少一個巨集。`);
    return { name: file.slice(0, -4), kind: "macros", path, sql, defines };
  });
  return [...selects(dir, "table"), ...selects(join(dir, "views"), "view"), ...macros];
}
