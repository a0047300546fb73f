import { extractFinalNumber } from "./number-extraction.js";

export interface FinalAnswer {
  /** The answer as written, without the phrase or box around it. */
  text: string;
  via: "boxed" | "answer phrase" | "whole answer" | "last formula" | "last number";
}

// MATH-Vision's evaluate.py looks for these flags (with "The" capitalized too) when the response has no \boxed{}.
const ANSWER_PHRASE = new RegExp(
  [
    String.raw`\b(?:the\s+)?(?:(?:final|correct)\s+)?answer\**` +
      String.raw`(?:\s+(?:is|should\s+be|would\s+be|will\s+be)\b\s*[:：]?|\s*[:：])\**`,
    String.raw`(?:答え|正解|正答|解答|回答)\**\s*(?:は\s*[:：]?|[:：])\**`,
  ].join("|"),
  "giu",
);

/**
 * The final answer of a worked solution, strongest evidence first: the last `\boxed{…}` (or `\fbox{…}`), read with
 * balanced braces; else the rest of the sentence after the last answer phrase ("The final answer is …",
 * "Answer: …", "答えは … です"); else the whole reply when it is one short line that reads as an answer ("2√3",
 * "(C)"); else the last formula in `$…$`, `\(…\)` or `\[…\]`; else the last number.
 */
export function extractFinalAnswer(response: string): FinalAnswer | undefined {
  const boxed = lastBoxed(response);
  if (boxed !== undefined) return { text: boxed.trim(), via: "boxed" };
  const phrase = afterLastAnswerPhrase(response);
  if (phrase) return { text: phrase, via: "answer phrase" };
  const whole = stripEnding(response.trim());
  if (whole !== "" && !whole.includes("\n") && readsAsAnswer(whole)) return { text: whole, via: "whole answer" };
  const formula = lastFormula(response);
  if (formula) return { text: formula, via: "last formula" };
  const number = extractFinalNumber(response);
  return number ? { text: number.text, via: "last number" } : undefined;
}

function lastBoxed(text: string): string | undefined {
  const starts = [...text.matchAll(/\\(?:boxed|fbox)\s*\{/g)];
  const last = starts.at(-1);
  if (!last) return undefined;
  const open = last.index + last[0].length;
  let depth = 1;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === "{") depth += 1;
    else if (text[i] === "}" && --depth === 0) return text.slice(open, i);
  }
  return text.slice(open); // an unclosed box: everything after it, as upstream's regex fallback reads it
}

function afterLastAnswerPhrase(text: string): string | undefined {
  let last: RegExpExecArray | undefined;
  for (const match of text.matchAll(ANSWER_PHRASE)) last = match;
  if (!last) return undefined;
  const lines = text.slice(last.index + last[0].length).split("\n");
  const line = (lines[0]?.trim() ? lines[0] : lines.find((l) => l.trim() !== "")) ?? "";
  // The sentence ends at 。 or at a period followed by a space (a decimal point is never followed by one).
  const sentence = line.split(/。|\.\s/)[0] ?? "";
  return stripEnding(sentence.trim().replace(/^(?:approximately|about|roughly|約|およそ)\s*/iu, "")) || undefined;
}

const ENDING = /\s*(?:です|でした|である|となります|になります|でしょう)?[.。．!！]*$/u;

function stripEnding(text: string): string {
  return text.replace(ENDING, "").replace(/^\*\*(.+)\*\*$/u, "$1").trim();
}

/** A short line with no words in it, only math, a label or a number with a unit. */
function readsAsAnswer(line: string): boolean {
  const withoutCommands = line.replace(/\\[a-zA-Z]+/g, "");
  return (
    line.length <= 60 &&
    !/[a-zA-Z]{3,}/.test(withoutCommands) &&
    !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{5,}/u.test(withoutCommands)
  );
}

function lastFormula(text: string): string | undefined {
  let last: string | undefined;
  for (const match of text.matchAll(/\$\$([^$]+)\$\$|\$([^$]+)\$|\\\(([^]*?)\\\)|\\\[([^]*?)\\\]/g)) {
    last = match[1] ?? match[2] ?? match[3] ?? match[4];
  }
  return last?.trim() || undefined;
}
