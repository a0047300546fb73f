import type { Span } from "../detector.js";
import { personCued } from "./person-cues.js";

/*
 * A word said twice with its vowel turned, i then a or o, as English coins a jingle (Tim Tam, Kit Kat, Tic Tac, Ping
 * Pong): a biscuit's, a sweet's or a toy's brand, though its first word is a given name and its second a family name of
 * the lists. A person's cue beside it (Tim Tam さん, Mr Tim Tam) keeps it a person's.
 */

/** Two short capitalised words, a space or a hyphen between. */
const TWO_SHORT_WORDS = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}{1,4})[ \t-](\p{Lu}\p{Ll}{1,4})(?![\p{L}\p{N}])/gu;

/** Whether the second word is the first with one i turned into a or o, every other letter the same. */
function turnsItsVowel(first: string, second: string): boolean {
  if (first.length !== second.length) return false;
  let turned = -1;
  for (let at = 0; at < first.length; at++) {
    if (first[at] === second[at]) continue;
    if (turned >= 0) return false;
    turned = at;
  }
  return turned >= 0 && first[turned] === "i" && (second[turned] === "a" || second[turned] === "o");
}

/** The words said twice with a turned vowel in a width-folded text, with no person's cue beside them, as spans. */
export function ablautBrandSpans(shadow: string): Span[] {
  const spans: Span[] = [];
  for (const match of shadow.matchAll(TWO_SHORT_WORDS)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (turnsItsVowel(match[1]!, match[2]!) && !personCued(shadow, span)) spans.push(span);
  }
  return spans;
}
