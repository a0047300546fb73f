/** A span of text, by UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/**
 * One kind of personal data or secret. `find` reads the width-folded shadow of the text (see fold-width.ts) and
 * returns the spans to mask; `type` is the kind's name and its placeholder (`[EMAIL]`). The built-in kinds are
 * listed in pii-kinds.ts; a company's own kinds (kurabe.yaml `pii:`) carry the names it gives them.
 */
export interface PiiDetector {
  type: string;
  find(shadow: string): Span[];
}

/**
 * A pattern (it must have the `g` and `d` flags), narrowed to its `secret` group when it has one (the password of
 * `https://user:pass@host`, the value after `?token=`), and kept only where `accept` agrees.
 */
export function patternDetector(
  type: string,
  pattern: RegExp,
  accept: (match: RegExpExecArray, shadow: string) => boolean = () => true,
): PiiDetector {
  return {
    type,
    find(shadow) {
      const spans: Span[] = [];
      for (const match of shadow.matchAll(pattern)) {
        if (!accept(match, shadow)) continue;
        const [start, end] = match.indices?.groups?.secret ?? match.indices![0]!;
        spans.push({ start, end });
      }
      return spans;
    },
  };
}

export const digitsOf = (text: string): string => text.replace(/\D/g, "");

/** The `length` characters before `index` (context rules look back only this far, within the line). */
export const before = (shadow: string, index: number, length: number): string => {
  const window = shadow.slice(Math.max(0, index - length), index);
  return window.slice(window.lastIndexOf("\n") + 1);
};
