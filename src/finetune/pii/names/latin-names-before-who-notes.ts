import { gated, matchesOf, type PiiDetector } from "../detector.js";
import { isNameOnlyWord, WORD } from "../lexicon/lexicon-latin-names.js";

/*
 * A Latin full name before a note in brackets saying who the person is in a Japanese text: a relative (Akari Tsutsumida
 * （娘）), the person themself (（本人）), or a part a cast list gives (Oyelaran Tunde（父役候補）). Such a note follows a
 * person, whichever word of the name is the family name and whether or not a list holds either.
 */

/** A relative's word, 本人, or a part (役), perhaps with a few words after it, then the note's end or its next item. */
const WHO_NOTE = "[（(](?:(?:娘|息子|[長次三][男女]|妻|夫|父|母|祖父|祖母|義父|義母|兄|姉|弟|妹|孫|本人)(?:役[^（()）\\n]{0,4})?[）)、,]|[^（()）\\n]{1,3}役[^（()）\\n]{0,4}[）)])";
const NAME_BEFORE_WHO_NOTE = new RegExp(`(?<![\\p{L}\\p{N}'’.@_-])(?:${WORD})(?:[ \\t]+${WORD}){1,2}(?=[ \\t]?${WHO_NOTE})`, "gu");


export const LATIN_NAME_BEFORE_WHO_NOTE: PiiDetector = gated(/[a-z][ \t]?[（(]/, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(NAME_BEFORE_WHO_NOTE, shadow).flatMap((match) =>
      match[0].split(/[ \t]+/).every(isNameOnlyWord) ? [{ start: match.index, end: match.index + match[0].length }] : [],
    ),
});
