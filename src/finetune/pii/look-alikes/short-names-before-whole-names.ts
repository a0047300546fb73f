import type { Span } from "../detector.js";
import { isThing } from "../lexicon/lexicon-latin-names.js";
import { isFirmName } from "../names/english-person-tagger.js";

/**
 * A short name and its whole name in brackets after it, which opens with it (Nike (Nike Air Max), Ana (Ana Rose
 * Garden)): a thing's, where the short name is a firm's (Nike, Dell) or the whole name ends in a thing's or a place's
 * word (Garden, Hotel, Studio). A person's nickname before a full name (Emi (Emi Tanaka)) is neither.
 */
const SHORT_THEN_WHOLE = /(?<![\p{L}\p{N}])(?<short>\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)[ \t]?[(（]\k<short>(?<rest>(?:[ \t]+[\p{L}\p{N}'’&-]+){1,4})[)）]/gu;

/** The spans of short names with their whole names in brackets that name a thing or a place. */
export function shortNameBeforeWholeSpans(shadow: string): Span[] {
  if (!shadow.includes("(") && !shadow.includes("（")) return [];
  return [...shadow.matchAll(SHORT_THEN_WHOLE)].flatMap((match) => {
    const short = match.groups!.short!.split(/[ \t]/);
    const last = match.groups!.rest!.trim().split(/[ \t]+/).at(-1)!;
    return short.some(isFirmName) || isThing(last) ? [{ start: match.index, end: match.index + match[0].length }] : [];
  });
}
