/**
 * The answer span of a chat model's reply to an extractive question. The SQuAD and JGLUE scripts compare a span the
 * model cut from the passage; a chat model wraps it instead ("答えは「X」です。", "The answer is X.", "**X**"), and
 * JGLUE's normalization keeps every bracket and copula, so the wrapper alone would cost exact match. Removed, in a
 * loop until nothing changes:
 * - everything up to the last answer phrase ("Answer:", "The (final/correct) answer is", 答え/正解/解答/回答 は or :),
 *   keeping the rest of that line (or the next line, when the phrase ends its line);
 * - a trailing full stop or exclamation mark (. 。 ． ! ！) and a trailing copula (です, でした, である, となります,
 *   になります, でしょう);
 * - quotes, brackets or Markdown markers around the whole span: 「」 『』 “” ‘’ "" '' () （） [] 【】 ** __ * _ `.
 * Nothing inside the span is touched.
 */
export function extractAnswerSpan(text: string): string {
  let span = afterAnswerPhrase(text);
  for (let previous = ""; previous !== span; ) {
    previous = span;
    span = unwrap(stripEnding(span.trim()));
  }
  return span;
}

const ANSWER_PHRASE = new RegExp(
  [
    String.raw`\b(?:the\s+)?(?:(?:final|correct)\s+)?answer\**(?:\s+is\b\s*[:：]?|\s*[:：])\**`,
    String.raw`(?:答え|正解|正答|解答|回答)\**\s*(?:は\s*[:：]?|[:：])\**`,
  ].join("|"),
  "giu",
);

function afterAnswerPhrase(text: string): string {
  let last: RegExpExecArray | undefined;
  for (const match of text.matchAll(ANSWER_PHRASE)) last = match;
  if (!last) return text;
  const lines = text.slice(last.index + last[0].length).split("\n");
  const first = lines[0] ?? "";
  if (first.trim() !== "") return first;
  return lines.find((line) => line.trim() !== "") ?? "";
}

const ENDING = /(?:です|でした|である|となります|になります|でしょう)?[.。．!！]*$/u;

function stripEnding(span: string): string {
  return span.replace(ENDING, "").trimEnd();
}

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["「", "」"],
  ["『", "』"],
  ["“", "”"],
  ["‘", "’"],
  ['"', '"'],
  ["'", "'"],
  ["(", ")"],
  ["（", "）"],
  ["[", "]"],
  ["【", "】"],
  ["**", "**"],
  ["__", "__"],
  ["*", "*"],
  ["_", "_"],
  ["`", "`"],
];

/** Removes one pair of quotes, brackets or markers that encloses the whole span (not 「A」と「B」). */
function unwrap(span: string): string {
  for (const [open, close] of PAIRS) {
    if (span.length <= open.length + close.length || !span.startsWith(open) || !span.endsWith(close)) continue;
    const inner = span.slice(open.length, -close.length);
    if (!inner.includes(open) && !inner.includes(close)) return inner.trim();
  }
  return span;
}
