/**
 * The version of the lake's layout (docs/scaling.md): which tables, how they are partitioned and
 * named, which columns leave and in what form, and the manifest's fields. Bump it when any of those
 * change in a way an older or newer reader would misread; `sqd build --lake` refuses a lake whose
 * manifests carry another version. A column a contract gains needs no bump: readers take columns
 * by name and a column a lake lacks reads as NULL. The warehouse's own migrations are recorded
 * beside it in each manifest, but do not decide it — most of the lake derives from the contracts.
 */
export const lakeSchemaVersion = 1;
