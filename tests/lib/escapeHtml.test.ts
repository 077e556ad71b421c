import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../lib/escapeHtml.ts";

describe("escapeHtml", () => {
  it("writes the five characters that could end text or a quoted attribute as entities, and nothing else", () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&amp; 大寮`)).toBe(
      "&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;amp; 大寮",
    );
  });
});
