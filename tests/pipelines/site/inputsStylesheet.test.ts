import { describe, expect, it } from "vitest";
import { inputsStylesheet } from "../../../pipelines/site/inputsStylesheet.ts";

describe("inputsStylesheet", () => {
  it("styles the installed Inputs' forms under their own class namespace, with no placeholder left", () => {
    const css = inputsStylesheet();
    expect(css).toMatch(/form\.inputs-[0-9a-f]{6} \{/);
    expect(css).not.toContain("__ns__");
  });
});
