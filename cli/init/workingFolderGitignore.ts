/**
 * What a working folder keeps out of version control: the warehouse and the inbox hold personal
 * data (names, phones, staff ids); the built sites are regenerated from them.
 */
export const workingFolderGitignore = [
  "# sqd init：資料倉儲、收件匣（含個人資料）與建置出的網站不納入版本控制",
  "data/*.duckdb",
  "data/*.duckdb.wal",
  "data/inbox/",
  "dist/",
  "dist-public/",
] as const;
