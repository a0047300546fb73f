import type { PiiDetector, Span } from "./detector.js";

/**
 * A phone number's extension written after it (0144-51-0030 内線 212, 03-3622-0110（内線 3417）, 212-555-0147 ext. 88):
 * with the number it reaches one person's desk, so it is masked with it. Only right after a number found, never alone
 * (内線 212 without a number is a house's own short code).
 */
const EXTENSION_AFTER = /^(?:[ \t]*(?<open>\())?[ \t]*(?:内線|(?<![A-Za-z])(?:ext|Ext|EXT)\.?)[ \t]*[:：.]?[ \t]*\d{1,6}(?!\d)/;

export function withExtension(detector: PiiDetector): PiiDetector {
  return {
    type: detector.type,
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
