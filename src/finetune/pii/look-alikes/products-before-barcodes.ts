import type { Span } from "../detector.js";

/**
 * A product's name right before its barcode, its pack's word perhaps between (Kit Kat Matcha box JAN 4908159226875,
 * Lonely Planet Japan ISBN 9784…, Pocky Chocolate (JAN 4901005…), a model's code with the bracket straight after it:
 * キーボックス KB-230X（JAN 4938…）): capitalised words there read as a given name and a surname, a model's code as a lock's,
 * but name the goods the code is printed on.
 */
const PRODUCT_BEFORE_BARCODE =
  /(?<![\p{L}\p{N}'’&-])(?:\p{Lu}[\p{L}\p{N}'’&-]*[ \t]+){0,4}\p{Lu}[\p{L}\p{N}'’&-]*(?=(?:[ \t]+(?:(?:box|pack|bag|bar|bottle|can|carton|case|tin|jar|set|pouch)[ \t]+)?[(（]?|[(（])(?:JAN|EAN|UPC|ISBN)(?:[ \t]*(?:code|コード))?[ \t]*[:：#]?[ \t]*\d[\d -]{7,16})/gu;

/** The spans of such products' names in a text. */
export function productBeforeBarcodeSpans(shadow: string): Span[] {
  if (!/JAN|EAN|UPC|ISBN/.test(shadow)) return [];
  return [...shadow.matchAll(PRODUCT_BEFORE_BARCODE)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
