import { NO_SPANS, type PiiDetector } from "../detector.js";

/*
 * Romaji written with Hepburn's long-vowel marks (Ishikure Sōsuke, Ōno Kōhei, Yūki Satō): the name rules and the
 * lexicon read romaji without them, so a name found in the text with the marks taken off is the same name with them.
 */

const MACRON = /[āēīōūĀĒĪŌŪ]/;
const MACRONS = /[āēīōūĀĒĪŌŪ]/g;
const PLAIN_VOWEL: Readonly<Record<string, string>> = { ā: "a", ē: "e", ī: "i", ō: "o", ū: "u", Ā: "A", Ē: "E", Ī: "I", Ō: "O", Ū: "U" };

/**
 * The names `detectors` find in a text with its macrons read as plain vowels (one unit for one, so the offsets hold),
 * those that hold a macron: the others they found in the text as written already.
 */
export function macronRomajiNames(detectors: readonly PiiDetector[]): PiiDetector {
  return {
    type: "PERSON",
    find(shadow, found) {
      if (!MACRON.test(shadow)) return NO_SPANS;
      const plain = shadow.replace(MACRONS, (vowel) => PLAIN_VOWEL[vowel]!);
      return detectors.flatMap((detector) => detector.find(plain, found)).filter((span) => MACRON.test(shadow.slice(span.start, span.end)));
    },
  };
}
