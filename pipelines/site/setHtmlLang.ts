/**
 * Gives a built page its document language (`<html lang="…">`), which Framework never writes:
 * screen readers pick their voice from it and browsers their CJK font. Replaces an existing `lang`;
 * inserts the `<html>` start tag after the doctype when a page has none.
 */
export function setHtmlLang(html: string, lang: string): string {
  const tag = /<html(?=[\s>])([^>]*)>/i.exec(html);
  if (tag) {
    const attributes = (tag[1] ?? "").replace(/\s+lang\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i, "");
    return `${html.slice(0, tag.index)}<html lang="${lang}"${attributes}>${html.slice(tag.index + tag[0].length)}`;
  }
  const doctype = /^\s*<!doctype[^>]*>\n?/i.exec(html);
  const at = doctype ? doctype[0].length : 0;
  return `${html.slice(0, at)}<html lang="${lang}">\n${html.slice(at)}`;
}
