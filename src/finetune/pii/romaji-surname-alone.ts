import { gated, matchesOf, type PiiDetector, type Span } from "./detector.js";
import { isEnglishWord } from "./english-person-tagger.js";
import { nameLexicon } from "./japanese-name-lexicon.js";
import { romajiReadings } from "./romaji-reading.js";

/** A staff word, a space and the speaker's surname before a colon (サポート Ikeda:). */
const SPEAKER = "(?:サポート|オペレーター|スタッフ|担当者?|受付)[ \\t]+(?<speaker>[A-Z][a-z]{3,11})[ \\t]?[:：]";
/** A department's の, then the member's surname before です (経理の Kurokawa です). */
const MEMBER = "の[ \\t]*(?<member>[A-Z][a-z]{3,11})[ \\t]?です";
/**
 * A Japanese surname in romaji alone, where a Japanese sentence says a person: after a support desk's or a staff word
 * as a chat's speaker (サポート Ikeda: ご不便を…), or after a department's の before です (経理の Kurokawa です). One
 * word that reads as a surname of three kana or more by the dictionary, no English word (サポート Support:, 経理の Team です).
 */
const ROMAJI_SURNAME_ALONE = new RegExp(`(?<![\\p{Script=Katakana}ー])${SPEAKER}|(?<=\\p{Script=Han})${MEMBER}(?=[。、!！\\s]|$)`, "dgu");

// The gate is the two forms without what stands around them: a text that holds neither holds no match.
export const romajiSurnameAlone: PiiDetector = gated(new RegExp(`${SPEAKER}|${MEMBER}`, "u"), {
  type: "PERSON",
  find(shadow) {
    const { surnameReadings } = nameLexicon();
    const spans: Span[] = [];
    for (const match of matchesOf(ROMAJI_SURNAME_ALONE, shadow)) {
      const group = match.groups!.speaker !== undefined ? "speaker" : "member";
      const word = match.groups![group]!;
      if (isEnglishWord(word) || !romajiReadings(word).some((reading) => surnameReadings.has(reading))) continue;
      const [start, end] = match.indices!.groups![group]!;
      spans.push({ start, end });
    }
    return spans;
  },
});
