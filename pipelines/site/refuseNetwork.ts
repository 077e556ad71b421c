/**
 * Makes every `fetch` in this process fail at once, naming the address: the site build must work
 * without internet, so any request Framework tries is a bug to see, not a dependency to hide.
 * (Framework 1.13.4 reaches the network only through `fetch`: npm versions, CDN modules, telemetry.)
 */
export function refuseNetwork(): void {
  globalThis.fetch = (input: string | URL | Request) => {
    const url = input instanceof Request ? input.url : String(input);
    return Promise.reject(new Error(`離線建置不可連線網路：${url}`));
  };
}
