import type { Span } from "../detector.js";
import { nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { PLACE_SURNAMES } from "./name-detectors.js";
import type { Beside } from "../context/neighbour-spans.js";
import { isListedLatinName } from "../context/neighbour-words.js";

/**
 * A name joined by ・ to a found one, as a crew or a duty list writes it (担当は [松浦]・Rodrigues の2名; 出動 桧垣・[グエン・
 * バン・トゥアン]): ・ joins things of one kind, so beside a person it joins people. Only a listed Latin name after it and
 * a listed surname before it, no place's (品川・[佐藤] may be a place and a person).
 */
/** ・ and a capitalised Latin word after a found name. */
const DOTTED_LATIN_AFTER = /^・(\p{Lu}\p{Ll}{2,15})(?![\p{L}\p{N}'’@_-])/u;
const KANJI_DOT_BEFORE = /(?<![\p{Script=Han}々])(\p{Script=Han}{2,4})・$/u;

export function latinNameAfterDot({ span, after }: Beside): Span | undefined {
  const dotted = DOTTED_LATIN_AFTER.exec(after)?.[1];
  if (dotted === undefined || !isListedLatinName(dotted)) return undefined;
  const start = span.end + after.indexOf(dotted);
  return { start, end: start + dotted.length };
}

export function surnameBeforeDot({ span, before }: Beside): Span | undefined {
  const dottedBefore = KANJI_DOT_BEFORE.exec(before)?.[1];
  if (dottedBefore === undefined || !nameLexicon().surnames.has(dottedBefore) || PLACE_SURNAMES.has(dottedBefore)) return undefined;
  const start = span.start - dottedBefore.length - 1;
  return { start, end: start + dottedBefore.length };
}
