import type { Span } from "./detector.js";
import { asReading, nameLexicon } from "./japanese-name-lexicon.js";
import type { Beside } from "./neighbour-spans.js";

/**
 * A kana name after an arrow from a found name, as a hand-over is written (担当交代：[唐沢 伸] → ミナト): the one the work
 * passed to is a person too, but written in kana with no honorific no detector knows it; the arrow from a name does.
 * Only a word the dictionary reads as a surname or a given name: an arrow also leads to a step or a state (→ カンリョウ).
 */
/** An arrow and a whole katakana word after a found name. */
const KANA_AFTER_ARROW = /^[ 　]*(?:→|->|⇒)[ 　]*([\p{Script=Katakana}ー]{2,8})(?![\p{Script=Katakana}ー\p{Script=Han}])/u;

export function kanaNameAfterArrow({ span, after }: Beside): Span | undefined {
  const handedTo = KANA_AFTER_ARROW.exec(after)?.[1];
  if (handedTo === undefined || !(nameLexicon().surnameReadings.has(asReading(handedTo)) || nameLexicon().givenNameReadings.has(asReading(handedTo)))) return undefined;
  const start = span.end + after.indexOf(handedTo, after.search(/→|->|⇒/u));
  return { start, end: start + handedTo.length };
}
