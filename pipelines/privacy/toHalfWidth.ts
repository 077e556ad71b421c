// Dashes people (and IMEs) put between phone digits: hyphen, non-breaking hyphen, figure dash,
// en/em dash, horizontal bar, minus sign, small and full-width hyphen-minus.
const dashes = /[\u2010-\u2015\u2212\uFE63]/g;

/**
 * Full-width ASCII (`Ａ１２３`, `０９１２－３４５`, `＠`) to half-width, ideographic and no-break
 * spaces to a plain space, dashes to `-`. Every replacement is one UTF-16 unit for one, so an index
 * into the result is the same index into the input: detectors match here and cut the original.
 */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\u00A0]/g, " ")
    .replace(dashes, "-");
}
