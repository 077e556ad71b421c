import { relative } from "node:path";
import type { BuiltSite } from "./buildSite.ts";

const audienceLabels = { internal: "內部版", public: "公開版" } as const;

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * What `sqd site`, `sqd build` and `sqd start` print after a site build: pages, folder and time,
 * then each page's data as downloaded (gzip), largest first, so growth is seen before it is slow.
 */
export function describeSite(site: BuiltSite, cwd = process.cwd()): string[] {
  const shown = relative(cwd, site.out) || site.out;
  const sizes = site.dataSizes.filter((d) => d.files.length > 0).sort((a, b) => b.gzipBytes - a.gzipBytes);
  return [
    `已建置${audienceLabels[site.audience]} ${site.pages.length} 頁網站：${shown.startsWith("..") ? site.out : shown}（${site.seconds.toFixed(1)} 秒）`,
    ...(sizes.length > 0
      ? [`各頁資料量（gzip）：${sizes.map((d) => `${d.page} ${kilobytes(d.gzipBytes)}`).join("、")}`]
      : []),
  ];
}
