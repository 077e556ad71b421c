/**
 * Masks a Chinese name keeping its first and (from three characters on) last character, every
 * other character becoming ○: 王○ · 王○明 · 歐○○明. One rule whatever the surname, so a compound
 * surname does not leave three of four characters readable.
 */
export function maskPersonName(name: string): string {
  const chars = Array.from(name);
  if (chars.length < 2) return name;
  if (chars.length === 2) return `${chars[0]}○`;
  return chars[0] + "○".repeat(chars.length - 2) + chars[chars.length - 1];
}
