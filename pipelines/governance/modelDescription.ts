/**
 * A model's description for the catalog: the first sentence of the comment its SQL file opens
 * with (the files already say there what the table is), or null without one.
 */
export function modelDescription(sql: string): string | null {
  const lines: string[] = [];
  for (const line of sql.split("\n")) {
    const m = /^\s*--\s?(.*)$/.exec(line);
    if (!m) break;
    lines.push(m[1]!.trim());
  }
  const text = lines.join(" ").trim();
  if (text === "") return null;
  // A full stop followed by a space or the end; "e.g." and "3.5" do not end a sentence.
  const end = /(?<!\be\.g|\bi\.e|\d)\.(\s|$)|。/.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}
