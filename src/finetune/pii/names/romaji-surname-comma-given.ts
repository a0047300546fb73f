import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { isNameOnlyWord } from "../lexicon/lexicon-latin-names.js";
import { isRomajiSurname, readsAsParts, spellsAsRomaji } from "./latin-name-cues.js";

/**
 * A Japanese name in romaji written surname first with a comma, as registers and Western forms sort it (Kurokawa,
 * Takumi; Ishida, Haruka): the first word reads as a surname, the second only as a given name, so that two surnames, two
 * towns or firms listed with a comma (Honda, Toyota; Osaka, Kyoto) stay. A capitalised word after it goes on a list.
 */
const SURNAME_COMMA_GIVEN = /(?<![\p{L}\p{N}'’.@_-])(?<surname>[A-Z][a-z]{2,11}),[ \t]?(?<given>[A-Z][a-z]{2,11})(?![\p{L}\p{N}@_-]|[ \t]+[A-Z]|,[ \t]*[A-Z][a-z]+(?![\p{L}]))/dgu;

const nameWord = (word: string): boolean => spellsAsRomaji(word) && isNameOnlyWord(word);
const givenOnly = (word: string): boolean => {
  const reads = readsAsParts(word);
  return reads.given && !reads.surname;
};

export const ROMAJI_SURNAME_COMMA_GIVEN: PiiDetector = gated(/[a-z], ?[A-Z]/, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(SURNAME_COMMA_GIVEN, shadow).flatMap((match): Span[] => {
      const { surname, given } = match.groups as { surname: string; given: string };
      if (!nameWord(surname) || !nameWord(given) || !isRomajiSurname(surname) || !givenOnly(given)) return [];
      const start = match.indices!.groups!.surname![0];
      return [{ start, end: match.indices!.groups!.given![1] }];
    }),
});
