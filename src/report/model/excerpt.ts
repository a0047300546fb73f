import type { Excerpt } from "./report-types.js";

/** How much of a long string a report keeps: its first `head` and last `tail` characters (UTF-16 units). */
interface ExcerptLimit {
  head: number;
  tail: number;
}

/**
 * Per field, what a report keeps of stored text. Model output is unbounded (a looping model writes megabytes); a
 * report stays readable and its size bounded by keeping each string's head and tail and saying how much was cut.
 */
export const EXCERPT_LIMITS = {
  input: { head: 3000, tail: 1000 },
  choice: { head: 400, tail: 100 },
  expected: { head: 1500, tail: 500 },
  answer: { head: 4000, tail: 2000 },
  reasoning: { head: 3000, tail: 1000 },
  extracted: { head: 400, tail: 100 },
  detail: { head: 1500, tail: 500 },
  evidence: { head: 2000, tail: 1000 },
  error: { head: 800, tail: 200 },
  passage: { head: 600, tail: 200 },
} satisfies Record<string, ExcerptLimit>;

export type ExcerptLimits = Record<keyof typeof EXCERPT_LIMITS, ExcerptLimit>;

/** Limits that keep every string whole: for a reader of the data (the library API), not of a page. */
export const WHOLE_TEXT = Object.fromEntries(
  Object.keys(EXCERPT_LIMITS).map((field) => [field, { head: Number.POSITIVE_INFINITY, tail: 0 }]),
) as ExcerptLimits;

/** Cuts `text` to its head and tail, never splitting a surrogate pair. */
export function excerptOf(text: string, limit: ExcerptLimit): Excerpt {
  if (text.length <= limit.head + limit.tail) return { head: text, tail: "", cut: 0 };
  let headEnd = limit.head;
  if (headEnd > 0 && isHighSurrogate(text.charCodeAt(headEnd - 1))) headEnd -= 1;
  let tailStart = text.length - limit.tail;
  if (tailStart < text.length && isLowSurrogate(text.charCodeAt(tailStart))) tailStart += 1;
  return { head: text.slice(0, headEnd), tail: text.slice(tailStart), cut: tailStart - headEnd };
}

export function optionalExcerpt(text: string | null | undefined, limit: ExcerptLimit): Excerpt | null {
  return text === null || text === undefined ? null : excerptOf(text, limit);
}

/** The excerpt as one string, with `marker(cut)` where text was left out. */
export function joinExcerpt(excerpt: Excerpt, marker: (cut: number) => string): string {
  return excerpt.cut === 0 ? excerpt.head + excerpt.tail : `${excerpt.head}${marker(excerpt.cut)}${excerpt.tail}`;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
