
/**
 * An item's acceptable answers as strings: `expected` may be a string, a number, or a list of either (any one
 * counts). Returns undefined for anything else (missing, an object), which text scorers report as a failed score.
 */
export function expectedAnswers(expected: unknown): string[] | undefined {
  if (typeof expected === "string") return [expected];
  if (typeof expected === "number" && Number.isFinite(expected)) return [String(expected)];
  if (
    Array.isArray(expected) &&
    expected.length > 0 &&
    expected.every((answer) => typeof answer === "string" || typeof answer === "number")
  ) {
    return expected.map(String);
  }
  return undefined;
}
