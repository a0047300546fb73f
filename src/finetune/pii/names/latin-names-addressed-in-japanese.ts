import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { isThing } from "../lexicon/lexicon-latin-names.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";

/**
 * A Latin name a Japanese text quotes as what a gift, a card or a letter is addressed to (「Enkhtuvshin へ」と書かれた,
 * 『Maria Santos さんへ』): the quote holds the name and へ alone, an honorific between them or none. One or two
 * capitalised words, no English word, place or thing's word (「Tokyo へ」, 「Home へ」 go somewhere).
 */
const ADDRESSED_IN_QUOTES = /(?<=[「『"“][ \t　]?)(?<name>\p{Lu}\p{Ll}{2,20}(?:[ \t]+\p{Lu}\p{Ll}{2,20})?)[ \t　]?(?:さん|様|さま|くん|ちゃん)?へ[ \t　]?(?=[」』"”])/dgu;

const nameWord = (word: string): boolean => !isEnglishWord(word) && !isPlaceName(word) && !isThing(word);

function addressedNames(shadow: string): Span[] {
  return matchesOf(ADDRESSED_IN_QUOTES, shadow).flatMap((match) => {
    const [start, end] = match.indices!.groups!.name!;
    return match.groups!.name!.split(/[ \t]+/).every(nameWord) ? [{ start, end }] : [];
  });
}

export const LATIN_NAME_ADDRESSED_IN_JAPANESE: PiiDetector = gated(/[a-z][ \t　]?(?:さん|様|さま|くん|ちゃん)?へ[ \t　]?[」』"”]/u, { type: "PERSON", find: addressedNames });
