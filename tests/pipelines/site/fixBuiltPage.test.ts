import { describe, expect, it } from "vitest";
import { fixBuiltPage, liftSidebarClose, setHtmlLang } from "../../../pipelines/site/fixBuiltPage.ts";

describe("fixBuiltPage", () => {
  it("gives a Framework page its language and lifts the sidebar's close button out of the list", () => {
    const html = `<!DOCTYPE html>\n<html>\n<nav id="observablehq-sidebar">\n  <ol>\n    <label id="observablehq-sidebar-close"></label>\n  </ol>\n</nav>`;
    expect(fixBuiltPage(html, "zh-Hant-TW")).toBe(
      `<!DOCTYPE html>\n<html lang="zh-Hant-TW">\n<nav id="observablehq-sidebar">\n  <label id="observablehq-sidebar-close"></label>\n    <ol>\n    </ol>\n</nav>`,
    );
  });
});

describe("setHtmlLang", () => {
  it("adds lang to Framework's bare <html> element", () => {
    expect(setHtmlLang("<!DOCTYPE html>\n<html>\n<head>", "zh-Hant-TW")).toBe(
      '<!DOCTYPE html>\n<html lang="zh-Hant-TW">\n<head>',
    );
  });

  it("replaces an existing lang and keeps the other attributes", () => {
    expect(setHtmlLang('<html class="x" lang="en"><body>', "zh-Hant-TW")).toBe(
      '<html lang="zh-Hant-TW" class="x"><body>',
    );
  });

  it("inserts an html start tag after the doctype when a page has none", () => {
    expect(setHtmlLang("<!DOCTYPE html>\n<head>", "zh-Hant-TW")).toBe(
      '<!DOCTYPE html>\n<html lang="zh-Hant-TW">\n<head>',
    );
  });

  it("is unchanged by running twice", () => {
    const once = setHtmlLang("<!DOCTYPE html>\n<html>\n", "zh-Hant-TW");
    expect(setHtmlLang(once, "zh-Hant-TW")).toBe(once);
  });

  it("does not mistake <header> for <html>", () => {
    expect(setHtmlLang("<!DOCTYPE html>\n<html><header>", "zh-Hant-TW")).toBe(
      '<!DOCTYPE html>\n<html lang="zh-Hant-TW"><header>',
    );
  });
});

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
