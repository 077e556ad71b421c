/** Sources the office keeps by hand (not exported from a system): `sqd templates` writes a workbook for each. */
export const handKeptSources = ["courtesy", "complaints", "evidence", "actions", "annotations"] as const;
