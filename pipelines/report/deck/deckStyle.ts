/**
 * The deck's look, in one place: PowerPoint's 16:9 widescreen layout (13.33 × 7.5 in), one CJK font
 * name (OOXML takes a single name per run; PowerPoint on the office's Windows PCs has Microsoft
 * JhengHei, and LibreOffice on Linux substitutes Noto Sans CJK TC for zh-TW text), and the colours
 * of the site's charts.
 */
export const deckStyle = {
  layout: "LAYOUT_WIDE",
  width: 13.333,
  height: 7.5,
  margin: 0.5,
  /** Top of the content area, below the slide title. */
  top: 1.25,
  /** Bottom of the content area, above the footer. */
  bottom: 6.85,
  fontFace: "Microsoft JhengHei",
  lang: "zh-TW",
  titleSize: 28,
  bodySize: 14,
  tableSize: 12,
  noteSize: 11,
  text: "1F2933",
  muted: "5F6B7A",
  accent: "1F5FA8",
  /** Series colours: the month's value, a second series, then the target line. */
  series: ["1F5FA8", "E07B24", "7A869A", "2E8B57", "B23A48"],
  /** Dark enough to show over the top of a bar that meets it. */
  target: "3D4A5C",
  headerFill: "E8EEF6",
  misses: "B23A48",
  meets: "2E7D32",
} as const;
