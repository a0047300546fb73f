/**
 * A catalogue text cut at its backticks: the messages mark configuration keys and commands as `hosting:` or
 * `kurabe run`, which HTML shows as <code> and Markdown as a code span (a terminal prints the backticks).
 */
export function splitCodeSpans(text: string): Array<{ code: boolean; text: string }> {
  return text
    .split("`")
    .map((part, i) => ({ code: i % 2 === 1, text: part }))
    .filter((part) => part.text !== "");
}
