import { gated, nameGroupSpans, type PiiDetector } from "../detector.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { isThing } from "../lexicon/lexicon-latin-names.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";

/**
 * A name asked to be engraved, embroidered or printed on a thing, quoted after the word that asks for it (engrave
 * "Tobenna" on the blade, embroidered with “Ines Duarte”, monogram 'Kwabena'): one or two capitalised words, each a
 * given name of the lists or no word at all. A message quoted there is English words (engrave "Forever", "Happy
 * Birthday").
 */
const ENGRAVED_LATIN_NAME =
  /(?<![A-Za-z])(?:[Ee]ngrav(?:e|ed|ing)|[Ee]mbroider(?:ed|y|ing)?|[Ii]nscri(?:be|bed|ption)|[Mm]onogram(?:med)?)\b[^"“'‘\n]{0,16}["“'‘](?<name>\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)["”'’](?!\p{L})/dgu;

const nameWord = (word: string): boolean => !isThing(word) && !isPlaceName(word) && (!isEnglishWord(word) || worldNames().latinGiven.has(word));
const engravedName = (name: string): boolean => {
  const words = name.split(/[ \t]/);
  return words.every(nameWord) && !words.every(isEnglishWord);
};

export const ENGRAVED_LATIN_NAME_DETECTOR: PiiDetector = gated(/[Ee]ngrav|[Ee]mbroider|[Ii]nscri|[Mm]onogram/, {
  type: "PERSON",
  find: (shadow) => nameGroupSpans(ENGRAVED_LATIN_NAME, shadow, engravedName),
});
