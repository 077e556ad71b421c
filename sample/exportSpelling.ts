// How exports spell values that are not dates (ROC dates: lib/rocDate.ts).

/** How an export spells a time of day. */
export type ClockStyle =
  | "seconds" // 09:12:33
  | "minutes" // 14:22
  | "ampm"; // 下午 2:22 (上午 12:xx = 00:xx, 下午 12:xx = noon)

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Formats a time of day given as seconds after local midnight. */
export function clockTime(seconds: number, style: ClockStyle): string {
  const s = Math.floor(seconds);
  const hour = Math.floor(s / 3600);
  const minute = Math.floor(s / 60) % 60;
  if (style === "seconds") return `${two(hour)}:${two(minute)}:${two(s % 60)}`;
  if (style === "minutes") return `${two(hour)}:${two(minute)}`;
  return `${hour < 12 ? "上午" : "下午"} ${hour % 12 === 0 ? 12 : hour % 12}:${two(minute)}`;
}

/** Writes ASCII digits and letters full-width (`１２３`, `ＦＢ`), as some IMEs type them. */
export function toFullWidth(value: string): string {
  return value.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}
