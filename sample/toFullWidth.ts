/** Writes ASCII digits and letters full-width (`１２３`, `ＦＢ`), as some IMEs type them. */
export function toFullWidth(value: string): string {
  return value.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}
