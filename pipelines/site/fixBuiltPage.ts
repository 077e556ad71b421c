/**
 * What Framework 1.13 leaves wrong in every built page, fixed after the build: the page gets its
 * document language and a sidebar list without a stray label.
 */
export function fixBuiltPage(html: string, lang: string): string {
  return liftSidebarClose(setHtmlLang(html, lang));
}

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

/** Framework 1.13's sidebar: the close button's `<label>` as the first child of the first `<ol>`. */
const misplaced =
  /(<nav id="observablehq-sidebar">\s*)<ol>(\s*)(<label id="observablehq-sidebar-close"[^>]*><\/label>)\s*/;

/**
 * Moves the sidebar's close button out of the list Framework puts it in: a `<label>` directly in
 * an `<ol>` is invalid, and screen readers then announce a broken list (axe-core's `list` rule,
 * serious). The label is absolutely placed, so in the `<nav>` just before the list it looks the same.
 */
export function liftSidebarClose(html: string): string {
  return html.replace(
    misplaced,
    (_, nav: string, space: string, label: string) => `${nav}${label}${space.replace(/^\n?/, "\n")}<ol>${space}`,
  );
}
