/**
 * F1 of the bag-of-tokens overlap, as SQuAD's evaluate script computes it: the common tokens are counted with
 * multiplicity (Python's `Counter(pred) & Counter(gold)`), and no overlap scores 0.
 */
export function overlapF1(gold: readonly string[], prediction: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const token of gold) counts.set(token, (counts.get(token) ?? 0) + 1);
  let same = 0;
  for (const token of prediction) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      same += 1;
      counts.set(token, left - 1);
    }
  }
  if (same === 0) return 0;
  const precision = same / prediction.length;
  const recall = same / gold.length;
  return (2 * precision * recall) / (precision + recall);
}

// Python's str.split() with no argument splits on every character for which str.isspace() holds.
const PYTHON_WHITESPACE = /[\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/gu;

/** Python's `" ".join(text.split())`: whitespace runs become one space, none at either end. */
export function fixWhitespace(text: string): string {
  return text.replace(PYTHON_WHITESPACE, " ").replace(/^ | $/g, "");
}

/** Python's `text.split()`. */
export function splitWhitespace(text: string): string[] {
  const fixed = fixWhitespace(text);
  return fixed === "" ? [] : fixed.split(" ");
}
