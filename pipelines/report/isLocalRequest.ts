/** True for a request that stays on this machine: to `host`, or inline data and blob URLs (no network). */
export function isLocalRequest(url: string, host: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === "data:" || protocol === "blob:" || hostname === host;
  } catch {
    return false;
  }
}
