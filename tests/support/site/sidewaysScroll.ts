import type { Page } from "playwright-core";

/** The phone width every page must fit: a wide table scrolls inside its own box, never the page. */
export const phoneWidth = 390;

/** How much wider than the window the open page is (0 when it fits, a pixel of rounding allowed). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const overflow = document.scrollingElement!.scrollWidth - innerWidth;
    return overflow > 1 ? overflow : 0;
  });
}

/** The widest elements of the open page that stick out past the window's right edge, for a failure message. */
export function widestElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("#observablehq-main *")]
      .map((e) => ({ e, right: e.getBoundingClientRect().right }))
      .filter(({ right }) => right > innerWidth + 1)
      .sort((a, b) => b.right - a.right)
      .slice(0, 3)
      .map(
        ({ e, right }) =>
          `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).split(" ")[0]}` : ""} to ${Math.round(right)} px`,
      ),
  );
}
