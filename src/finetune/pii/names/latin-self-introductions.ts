import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { isNameOnlyWord, WORD } from "../lexicon/lexicon-latin-names.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";

/**
 * A caller or a writer introducing themself in Japanese by a Latin full name, opening the clause, before です
 * (（電話）Grace Mwangi です。, はじめまして、Will Okafor です): a given name of the lists, one that is an English word too
 * (Grace, Will), and a family name that is no word, thing or place. A product or a place so introduced (Google Drive
 * です, Grace Period です) has no such family name.
 */
const INTRODUCED_NAME = new RegExp(`(?:^|(?<=[\\n）)」。、,][ \\t　]*))(?<given>${WORD})[ \\t]+(?<family>${WORD})[ \\t　]?です(?!か)`, "dgmu");

function findSelfIntroductions(shadow: string): Span[] {
  return matchesOf(INTRODUCED_NAME, shadow).flatMap((match) => {
    const { given, family } = match.groups!;
    if (!worldNames().latinGiven.has(given!) || !isNameOnlyWord(family!)) return [];
    return [{ start: match.indices!.groups!.given![0], end: match.indices!.groups!.family![1] }];
  });
}

export const LATIN_SELF_INTRODUCED_NAME: PiiDetector = gated(/[a-z][ \t　]?です/u, { type: "PERSON", find: findSelfIntroductions });
