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

/**
 * Every span the reply can be read as, the fully cleaned one (extractAnswerSpan) first, then each stage of peeling
 * one wrapper at a time: a trailing mark, a trailing copula, or one enclosing pair (also an unbalanced one). The gold
 * may keep what a wrapper looks like — 「五月雨式」 in quotes, "Yahoo!", "違法である", "居住支部」ないし「地域支部" — so a
 * scorer takes the best of these, never a span the model did not write.
 */
export function answerSpanCandidates(text: string): string[] {
  const peeled = new Set<string>();
  const queue = [afterAnswerPhrase(text).trim()];
  for (let span = queue.shift(); span !== undefined && peeled.size < MAX_CANDIDATES; span = queue.shift()) {
    if (span === "" || peeled.has(span)) continue;
    peeled.add(span);
    queue.push(...peelOnce(span));
  }
  return [...new Set([extractAnswerSpan(text), ...peeled])];
}

// A reply is a few words; the limit only guards against pathological input (thousands of nested quotes).
const MAX_CANDIDATES = 64;

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

const COPULA_WORDS = "(?:です|でした|である|となります|になります|でしょう)";
const MARK = "[.。．!！]";
const ENDING = new RegExp(`${COPULA_WORDS}?${MARK}*$`, "u");
const COPULA = new RegExp(`${COPULA_WORDS}$`, "u");
const MARKS = new RegExp(`${MARK}+$`, "u");

function stripEnding(span: string): string {
  return span.replace(ENDING, "").trimEnd();
}

/** The spans one peeling step away: without the trailing marks, without the copula, or without an enclosing pair. */
function peelOnce(span: string): string[] {
  const peeled = [span.replace(MARKS, ""), span.replace(COPULA, "")];
  for (const [open, close] of PAIRS) {
    if (span.length > open.length + close.length && span.startsWith(open) && span.endsWith(close)) {
      peeled.push(span.slice(open.length, -close.length));
    }
  }
  return peeled.map((candidate) => candidate.trim()).filter((candidate) => candidate !== span);
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
