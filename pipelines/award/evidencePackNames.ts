/**
 * The names of what `sqd evidence` writes into its folder (docs/award.md), one place for the writer
 * and for the check that a folder is a previous pack.
 */
export const evidencePackNames = {
  index: "index.html",
  pdf: "index.pdf",
  register: "佐證資料清冊.csv",
  coverage: "涵蓋情形.csv",
  attachments: "附件",
  /** In index.html's head: how a later run knows the folder is a pack it may replace. */
  marker: '<meta name="generator" content="sqd evidence">',
  /** `附錄01_案件如期完成率.csv`: an indicator's appendix, numbered by its place in the catalog. */
  appendix: (position: number, label: string) => `附錄${String(position).padStart(2, "0")}_${label}.csv`,
  appendixPattern: /^附錄\d{2,}_.+\.csv$/,
  attachmentPattern: /^附件\d{2,}_./,
} as const;
