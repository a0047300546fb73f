import { gated, matchesOf, type PiiDetector } from "../detector.js";
import { isCommonEnglishWord } from "../lexicon/common-english-words.js";
import { isThing, WORD } from "../lexicon/lexicon-latin-names.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";

/*
 * A child's Latin given name alone, as a lodge's, a school's or a club's notes write it: in brackets with the age after
 * a word for the child (younger son (Finn, 7)), after the family's name and a word for the child (the O'Sullivan girl
 * Aoife, the [PERSON] boy Liam), or before that in brackets (Kaito (the 関口 boy)). The family's name may be masked
 * already, or written in kanji.
 */
const CHILD = "son|daughter|child|kid|boy|girl|baby|grandson|granddaughter|nephew|niece|twin";
const FAMILY = String.raw`(?:${WORD}|\[PERSON\]|\p{Script=Han}{1,4})`;
const NAME = String.raw`(?<name>\p{Lu}\p{Ll}{1,15})`;
const WITH_AGE = new RegExp(String.raw`(?<![\p{L}])(?:${CHILD})s?[ \t]*\(${NAME},[ \t]*(?:age[ \t]*)?\d{1,2}\)`, "dgu");
const AFTER_FAMILY = new RegExp(String.raw`(?<![\p{L}])the[ \t]+${FAMILY}[ \t]+(?:${CHILD})[ \t]+${NAME}(?![\p{L}'’-])`, "dgu");
const BEFORE_FAMILY = new RegExp(String.raw`(?<![\p{L}'’-])${NAME}[ \t]*\(the[ \t]+${FAMILY}[ \t]+(?:${CHILD})\)`, "dgu");
const CUE = new RegExp(String.raw`(?:${CHILD})s?[ \t]*\(\p{Lu}|[ \t](?:${CHILD})[ \t]+\p{Lu}|\(the[ \t]`, "u");

/** A listed given name that no common English word is, or a word of no English dictionary; no thing's or place's. */
const childName = (word: string): boolean =>
  (worldNames().latinGiven.has(word) || !isEnglishWord(word)) && !isCommonEnglishWord(word) && !isThing(word) && !isPlaceName(word);

export const CHILD_GIVEN_NAME: PiiDetector = gated(CUE, {
  type: "PERSON",
  find: (shadow) =>
    [WITH_AGE, AFTER_FAMILY, BEFORE_FAMILY].flatMap((pattern) =>
      matchesOf(pattern, shadow).flatMap((match) => {
        const [start, end] = match.indices!.groups!.name!;
        return childName(match.groups!.name!) ? [{ start, end }] : [];
      }),
    ),
});
