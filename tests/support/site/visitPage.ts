import type { BrowserContext, Page } from "playwright-core";
import { isLocalRequest, waitForFramework } from "../../../pipelines/report/chromium.ts";

/** The only host the pages may reach: the test's own server. */
export const localHost = "127.0.0.1";

export interface PageVisit {
  page: Page;
  url: string;
  /**
   * Everything that went wrong since the page was opened, as readable lines: console errors,
   * uncaught page errors, failed requests and HTTP errors, requests to any host but 127.0.0.1
   * (refused before they leave the machine). Grows while the page stays open.
   */
  problems: string[];
  /** Seconds from navigation until every cell had rendered. */
  seconds: number;
}

/**
 * Opens `url` in a new tab of `context` and waits until Framework has rendered every cell (no
 * `<observablehq-loading>` placeholder left, the network quiet, fonts loaded). Requests to any
 * other host than 127.0.0.1 are aborted and recorded, so that nothing leaves the machine.
 */
export async function visitPage(context: BrowserContext, url: string, { timeout = 30_000 } = {}): Promise<PageVisit> {
  const page = await context.newPage();
  const problems: string[] = [];
  const refused = new Set<string>();
  await page.route("**/*", (route) => {
    const target = route.request().url();
    if (isLocal(target)) return route.continue();
    refused.add(target);
    problems.push(`request leaving ${localHost} (refused): ${route.request().method()} ${target}`);
    return route.abort("blockedbyclient");
  });
  page.on("websocket", (socket) => {
    if (!isLocal(socket.url())) problems.push(`websocket leaving ${localHost}: ${socket.url()}`);
  });
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const { url: source, lineNumber } = message.location();
    problems.push(`console error: ${message.text()}${source ? ` (${source}:${lineNumber})` : ""}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.stack ?? error.message}`));
  page.on("requestfailed", (request) => {
    if (!refused.has(request.url()))
      problems.push(`request failed: ${request.method()} ${request.url()} — ${request.failure()?.errorText ?? "?"}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400)
      problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });

  const started = performance.now();
  const response = await page.goto(url, { waitUntil: "networkidle", timeout });
  if (!response?.ok())
    problems.push(`page not served: ${url} → ${response ? `HTTP ${response.status()}` : "no response"}`);
  await waitForFramework(page, { timeout });
  return { page, url, problems, seconds: (performance.now() - started) / 1000 };
}

const isLocal = (url: string) => isLocalRequest(url, localHost);
