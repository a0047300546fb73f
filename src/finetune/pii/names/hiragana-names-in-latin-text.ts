import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { asReading, nameLexicon } from "../lexicon/japanese-name-lexicon.js";

/**
 * A Japanese name in hiragana, surname and given name, quoted in a line of English (Japanese reading on the form was
 * wrong (`ささき れん` typed as ささき れい)): the line's only Japanese, its first word a surname's reading and its second a
 * given name's. In Japanese prose two hiragana words read so as often (きょう はやく), so a line with any other kana or
 * kanji is left to the rules that read its cues.
 */
const HIRAGANA_PAIR = /(?<![\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー])(?<surname>\p{Script=Hiragana}{2,6}) (?<given>\p{Script=Hiragana}{1,5})(?![\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー])/dgu;
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const LATIN_LETTER = /[A-Za-z]/u;

/** The line around each hiragana pair: read once, the first time one of its pairs is met. */
function findPairsInLatinLines(shadow: string): Span[] {
  const { surnameReadings, givenNameReadings } = nameLexicon();
  const spans: Span[] = [];
  let lineEnd = -1;
  let latinLine = false;
  for (const pair of matchesOf(HIRAGANA_PAIR, shadow)) {
    if (pair.index >= lineEnd) {
      const lineStart = shadow.lastIndexOf("\n", pair.index) + 1;
      lineEnd = shadow.indexOf("\n", pair.index);
      if (lineEnd === -1) lineEnd = shadow.length;
      const line = shadow.slice(lineStart, lineEnd);
      latinLine = LATIN_LETTER.test(line) && !JAPANESE.test(line.replace(HIRAGANA_PAIR, ""));
    }
    const { surname, given } = pair.groups! as { surname: string; given: string };
    if (latinLine && surnameReadings.has(asReading(surname)) && givenNameReadings.has(asReading(given))) spans.push({ start: pair.index, end: pair.index + pair[0].length });
  }
  return spans;
}

export const HIRAGANA_NAME_IN_LATIN_TEXT: PiiDetector = gated(/\p{Script=Hiragana} \p{Script=Hiragana}/u, { type: "PERSON", find: findPairsInLatinLines });
