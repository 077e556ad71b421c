import { describe, expect, it } from "vitest";
import { setHtmlLang } from "../../../pipelines/site/setHtmlLang.ts";

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
