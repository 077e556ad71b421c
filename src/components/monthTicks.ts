/**
 * The months to label on an axis `width` pixels wide: every month when they fit, else every
 * second, third, … month, so that labels such as 114年3月 never overlap.
 */
export function monthTicks(months: readonly string[], width: number, pixelsPerLabel = 72): string[] {
  const step = Math.max(1, Math.ceil((months.length * pixelsPerLabel) / Math.max(width, 1)));
  return months.filter((_, i) => i % step === 0);
}
