import type { Span } from "../detector.js";
import { isThing } from "../lexicon/lexicon-latin-names.js";
import { isFirmName } from "../names/english-person-tagger.js";
import { shortNamesBeforeFull } from "../names/short-names-before-full-names.js";

/**
 * A short name and its thing's whole name in brackets after it, which opens with it (Nike (Nike Air Max), Ana (Ana Rose
 * Garden)): the short name a firm's (Nike, Dell) or the whole name ending in a thing's or a place's word (Garden,
 * Hotel, Studio). A person's nickname before a full name (Emi (Emi Tanaka)) is neither.
 */
export function shortNameBeforeWholeSpans(shadow: string): Span[] {
  if (!shadow.includes("(") && !shadow.includes("（")) return [];
  return shortNamesBeforeFull(shadow).flatMap(({ short, rest, first, shortSpan, fullSpan }) =>
    first && (short.split(/[ \t]+/).some(isFirmName) || isThing(rest.at(-1)!)) ? [{ start: shortSpan.start, end: fullSpan.end }] : [],
  );
}
