/**
 * One file of `pipelines/models/`: a table model (`<name>.sql` holds the SELECT that fills table
 * `<name>`) or a macro file (`macros/<name>.sql` holds `CREATE OR REPLACE MACRO` statements).
 */
export interface ModelFile {
  name: string;
  kind: "table" | "macros";
  path: string;
  sql: string;
  /** What the file creates, as other models mention it: the table, or each macro. */
  defines: string[];
}
