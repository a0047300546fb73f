/**
 * Makes stored text safe to place in any markup: control characters (other than tab, line feed and carriage
 * return) become their visible Control Pictures (U+2400 block), and lone surrogates and the non-characters U+FFFE
 * and U+FFFF become U+FFFD. What is left is valid in HTML and in XML 1.0 (§2.2 Char), whatever a model emitted.
 */
export function printable(text: string): string {
  if (!SUSPECT.test(text)) return text;
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, (c) => (c === "\u007f" ? "\u2421" : String.fromCharCode(0x2400 + c.charCodeAt(0))))
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g, "\ufffd");
}

/** Anything printable might change (every surrogate, paired or not): most text has none and is returned as is. */
const SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ud800-\udfff\ufffe\uffff]/;
