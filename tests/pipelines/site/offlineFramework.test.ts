import { afterEach, describe, expect, it } from "vitest";
import { refuseNetwork } from "../../../pipelines/site/offlineFramework.ts";

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

describe("refuseNetwork", () => {
  it("makes fetch fail at once, naming the address it was asked for", async () => {
    refuseNetwork();
    await expect(fetch("https://registry.npmjs.org/react-dom/latest")).rejects.toThrow(
      "離線建置不可連線網路：https://registry.npmjs.org/react-dom/latest",
    );
    await expect(fetch(new URL("https://events.observablehq.com/cli"))).rejects.toThrow(
      "https://events.observablehq.com/cli",
    );
  });
});
