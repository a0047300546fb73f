import { gated, patternDetector, type PiiDetector, type Span } from "../detector.js";

/**
 * A phone number's extension written after it (0144-51-0030 内線 212, 03-3622-0110（内線 3417）, 212-555-0147 ext. 88):
 * with the number it reaches one person's desk, so it is masked with it. Only right after a number found, never alone
 * (内線 212 without a number is a house's own short code).
 */
const EXTENSION_AFTER = /^(?:[ \t]*(?<open>\())?[ \t]*(?:内線|(?<![A-Za-z])(?:ext|Ext|EXT)\.?)[ \t]*[:：.]?[ \t]*\d{1,6}(?!\d)/;

export function withExtension(detector: PiiDetector): PiiDetector {
  return {
    type: detector.type,
    gate: detector.gate,
    find(shadow, found) {
      const spans = detector.find(shadow, found);
      if (spans.length === 0 || !/内線|ext|Ext|EXT/.test(shadow)) return spans;
      return spans.map((span): Span => {
        const extension = EXTENSION_AFTER.exec(shadow.slice(span.end, span.end + 24));
        if (extension === null) return span;
        const close = extension.groups!.open !== undefined && shadow[span.end + extension[0].length] === ")" ? 1 : 0;
        return { start: span.start, end: span.end + extension[0].length + close };
      });
    },
  };
}

/**
 * An internal number alone, written as a private network dials it: a site's code, a hyphen, the extension (ext. 6-4420,
 * 内線 3-2217, Durchwahl 12-305). With its site's code it reaches one desk across a company, where a bare extension
 * (内線 212, ext. 4412) is a house's own short code and stays. Masked with its word, as an extension after a number
 * is. Not a range or a date (ext. 2026-11, 内線 3-4 階).
 */
const SITE_EXTENSION =
  /(?:内線(?:番号)?|(?<![A-Za-z])(?:ext|Ext|EXT|extension|Extension|Durchwahl)\.?)[ \t]*[:：]?[ \t]*\d{1,3}-\d{3,5}(?![\w-]|[.,]\d)/dg;

export const SITE_EXTENSION_DETECTOR: PiiDetector = gated(/内線|[Ee]xt|EXT|Durchwahl/, patternDetector("PHONE", SITE_EXTENSION));
