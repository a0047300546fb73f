import type { Span } from "../detector.js";
import { PERSON_VERB } from "../names/english-person-tagger.js";

/*
 * A person's cue beside a look-alike's words (Calvin Klein said, ラルフ・ローレン さん, Mr Claude, Dr Tim Tam): the words then
 * name the person the look-alike is named like, and the look-alike rules leave them masked.
 */

/** An honorific after the words. */
const HONORIFIC_AFTER = /^[ \t　]*(?:さん|様|氏|くん|ちゃん|先生)/u;
/** A title before them. */
const TITLE_BEFORE = /(?<![\p{L}])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Monsieur|M)\.?[ \t]+$/u;

/** Whether a span of a width-folded text has a person's cue beside it: an honorific after, a title before or a person's verb after. */
export const personCued = (shadow: string, span: Span): boolean =>
  HONORIFIC_AFTER.test(shadow.slice(span.end, span.end + 6)) || PERSON_VERB.test(shadow.slice(span.end, span.end + 24)) || TITLE_BEFORE.test(shadow.slice(Math.max(0, span.start - 10), span.start));
