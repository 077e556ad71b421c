import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sqlString } from "../../lib/sqlText.ts";
import { BuildFailed } from "./BuildFailed.ts";
import { referencedNames } from "./modelOrder.ts";
import type { ModelFile } from "./readModels.ts";

/**
 * The `recommendations` table as one more model: the union of the rules in `dir`, one SELECT per
 * file (`<rule>.sql`, the file name is the rule's name), so that adding a rule is adding a file.
 * Each row gets its rule, an id (R-11407-05), the priority in words; the evidence struct is JSON.
 */
export function recommendationsModel(dir: string): ModelFile | null {
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".sql"))
        .sort()
    : [];
  if (files.length === 0) return null;
  const branches = files.map((file) => {
    const rule = file.slice(0, -4);
    const path = join(dir, file);
    if (!/^[a-z][a-z0-9_]*$/.test(rule)) throw new BuildFailed(`${path}：規則檔名須為小寫英數字與底線（即規則代號）。`);
    const sql = readFileSync(path, "utf8").replace(/[\s;]+$/, "");
    if (referencedNames(sql).has("create"))
      throw new BuildFailed(`${path}：規則檔只寫 SELECT 查詢（見 docs/recommendations.md）。`);
    return `SELECT office_code, month, ${sqlString(rule)} AS rule, subject, CAST(priority AS INTEGER) AS priority,
  CASE CAST(priority AS INTEGER) WHEN 1 THEN '高' WHEN 2 THEN '中' ELSE '低' END AS priority_label,
  plan_item, owner, CAST(to_json(evidence) AS JSON) AS evidence, message
FROM (
${sql}
) AS ${rule}`;
  });
  // The id the staff meeting writes into the actions log (建議編號): R-<ROC year><month>-<number>,
  // numbered within the office's month by priority, rule and subject, so a rebuild keeps it.
  const sql = `SELECT
  'R-' || (CAST(left(month, 4) AS INTEGER) - 1911) || right(month, 2) || '-'
    || lpad(CAST(row_number() OVER (PARTITION BY office_code, month ORDER BY priority, rule, subject) AS VARCHAR), 2, '0') AS id,
  *
FROM (
${branches.join("\nUNION ALL\n")}
) AS rules
ORDER BY month, office_code, priority, rule, subject`;
  return { name: "recommendations", kind: "table", path: dir, sql, defines: ["recommendations"] };
}
