/**
 * A page's choice kept in its address (`?month=2025-08`, `?window=1`), so that a link, a reload or
 * the next page (the site's head script carries `month` on every internal link) opens on it.
 * `allowed` holds the values the page can show: anything else in the address is ignored.
 */
export function urlChoice<T extends string | number>(name: string, allowed: readonly T[], fallback: T): T {
  const raw = typeof location === "undefined" ? null : new URLSearchParams(location.search).get(name);
  return allowed.find((value) => String(value) === raw) ?? fallback;
}

/** Writes `input`'s value into the address as `name` whenever it changes (no new history entry). */
export function keepInUrl<T extends HTMLElement & { value: unknown }>(input: T, name: string): T {
  input.addEventListener("input", () => {
    const url = new URL(location.href);
    if (input.value === null || input.value === undefined) url.searchParams.delete(name);
    else url.searchParams.set(name, String(input.value));
    history.replaceState(history.state, "", url);
  });
  return input;
}
