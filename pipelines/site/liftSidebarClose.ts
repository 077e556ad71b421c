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
