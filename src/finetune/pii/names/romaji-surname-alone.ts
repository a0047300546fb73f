import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { romajiReadings } from "../lexicon/romaji-reading.js";

/** A staff word, a space and the speaker's surname before a colon (サポート Ikeda:). */
const SPEAKER = "(?:サポート|オペレーター|スタッフ|担当者?|受付)[ \\t]+(?<speaker>[A-Z][a-z]{3,11})[ \\t]?[:：]";
/** A department's の, then the member's surname before です (経理の Kurokawa です). */
const MEMBER = "の[ \\t]*(?<member>[A-Z][a-z]{3,11})[ \\t]?です";
/** An English sentence's staff member by their surname, before a lower-case word (Our staff Yamane will call you). */
const STAFF_MEMBER =
  "(?<![A-Za-z])(?:[Oo]ur|[Mm]y)[ \\t]+(?:staff(?: member)?|colleague|technician|engineer|driver|representative|rep|coordinator|nurse|tutor|teacher|assistant)[ \\t]+(?<staff>[A-Z][a-z]{3,11})(?=[ \\t]+[a-z]|[,.])";
/**
 * A Japanese surname in romaji alone, where a sentence says a person: after a support desk's or a staff word as a
 * chat's speaker (サポート Ikeda: ご不便を…), after a department's の before です (経理の Kurokawa です), or after an
 * English staff word (Our staff Yamane will call). One word that reads as a surname of three kana or more by the
 * dictionary, no English word or place (サポート Support:, 経理の Team です, our staff Tokyo office).
 */
const ROMAJI_SURNAME_ALONE = new RegExp(`(?<![\\p{Script=Katakana}ー])${SPEAKER}|(?<=\\p{Script=Han})${MEMBER}(?=[。、!！\\s]|$)|${STAFF_MEMBER}`, "dgu");

// The gate is the forms without what stands around them: a text that holds none holds no match.
export const romajiSurnameAlone: PiiDetector = gated(new RegExp(`${SPEAKER}|${MEMBER}|${STAFF_MEMBER}`, "u"), {
  type: "PERSON",
  find(shadow) {
    const { surnameReadings } = nameLexicon();
    const spans: Span[] = [];
    for (const match of matchesOf(ROMAJI_SURNAME_ALONE, shadow)) {
      const group = match.groups!.speaker !== undefined ? "speaker" : match.groups!.member !== undefined ? "member" : "staff";
      const word = match.groups![group]!;
      if (isEnglishWord(word) || isPlaceName(word) || !romajiReadings(word).some((reading) => surnameReadings.has(reading))) continue;
      const [start, end] = match.indices!.groups![group]!;
      spans.push({ start, end });
    }
    return spans;
  },
});
