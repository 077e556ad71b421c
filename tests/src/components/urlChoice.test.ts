// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { keepInUrl, urlChoice } from "../../../src/components/urlChoice.ts";

const months = ["2025-07", "2025-08", "2025-09"];

describe("urlChoice", () => {
  afterEach(() => history.replaceState(null, "", "/"));

  it("opens on the month the address names, when the page has it", () => {
    history.replaceState(null, "", "/satisfaction.html?month=2025-08");
    expect(urlChoice("month", months, "2025-09")).toBe("2025-08");
  });

  it("falls back to the page's default for a month it does not have, or none", () => {
    history.replaceState(null, "", "/satisfaction.html?month=1999-01");
    expect(urlChoice("month", months, "2025-09")).toBe("2025-09");
    history.replaceState(null, "", "/satisfaction.html");
    expect(urlChoice("month", months, "2025-09")).toBe("2025-09");
  });

  it("reads a number choice such as the courtesy window", () => {
    history.replaceState(null, "", "/courtesy.html?month=2025-08&window=1");
    expect(urlChoice("window", [1, 6, 12], 12)).toBe(1);
  });
});

describe("keepInUrl", () => {
  afterEach(() => history.replaceState(null, "", "/"));

  it("writes the input's value into the address on change, keeping the other parameters and the history", () => {
    history.replaceState(null, "", "/courtesy.html?window=1");
    const before = history.length;
    const input = Object.assign(document.createElement("div"), { value: "2025-08" as unknown });
    keepInUrl(input, "month");
    input.dispatchEvent(new Event("input", { bubbles: true }));
    expect(location.search).toBe("?window=1&month=2025-08");
    expect(history.length).toBe(before);
  });
});
