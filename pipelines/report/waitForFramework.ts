import type { Page } from "playwright-core";

/**
 * Waits until Framework has rendered every cell of an open page (no `<observablehq-loading>`
 * placeholder left) and its fonts are loaded, then two frames more so that layout has settled.
 */
export async function waitForFramework(page: Page, { timeout = 30_000 } = {}): Promise<void> {
  await page.waitForFunction(() => document.querySelector("observablehq-loading") === null, null, { timeout });
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))));
}
