import { describe, expect, it } from "vitest";
import { liftSidebarClose } from "../../../pipelines/site/liftSidebarClose.ts";

describe("liftSidebarClose", () => {
  it("moves the close button's label from the sidebar's first list to just before it", () => {
    const html = `<nav id="observablehq-sidebar">\n  <ol>\n    <label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label>\n    <li class="observablehq-link"><a href="./index.html">總覽</a></li>\n  </ol>\n</nav>`;
    const fixed = liftSidebarClose(html);
    expect(fixed).toMatch(
      /<nav id="observablehq-sidebar">\s*<label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"><\/label>\s*<ol>\s*<li class="observablehq-link">/,
    );
    expect(fixed.match(/<label/g)).toHaveLength(1);
  });

  it("leaves a page without Framework's sidebar as it is", () => {
    const html = "<main><ol><li>一</li></ol></main>";
    expect(liftSidebarClose(html)).toBe(html);
  });
});
