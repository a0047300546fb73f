import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { isNameOnlyWord, WORD } from "../lexicon/lexicon-latin-names.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";
import { VIETNAMESE_GIVEN_NAMES } from "../lexicon/vietnamese-given-names.js";
import { CHAT_ROLE_LABEL } from "../context/chat-roles.js";
import { readsAs } from "./name-detectors.js";
import { nameLexicon } from "../lexicon/japanese-name-lexicon.js";

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

/**
 * A chat turn's customer introducing themself by one given name, the turn's whole clause (お客様: Efua です。, ユーザー: Sione
 * です！): a given name of the lists, a Vietnamese one or one read as a Japanese given name, no English word, thing or place
 * (お客様: Amazon です, ユーザー: Tokyo です).
 */
const SPEAKER_INTRODUCED = new RegExp(`(?<=${CHAT_ROLE_LABEL}[ \\t]*[:：][ \\t　]*)(?<given>${WORD})[ \\t　]?です(?=[。！!、,]|[ \\t]*$)`, "dgmu");

function findSpeakersIntroduced(shadow: string): Span[] {
  return matchesOf(SPEAKER_INTRODUCED, shadow).flatMap((match) => {
    const given = match.groups!.given!;
    const listed = worldNames().latinGiven.has(given) || VIETNAMESE_GIVEN_NAMES.has(given) || readsAs(given, nameLexicon().givenNameReadings);
    return listed && isNameOnlyWord(given) ? [{ start: match.indices!.groups!.given![0], end: match.indices!.groups!.given![1] }] : [];
  });
}

export const LATIN_SELF_INTRODUCED_NAME: PiiDetector = gated(/[a-z][ \t　]?です/u, {
  type: "PERSON",
  find: (shadow) => [...findSelfIntroductions(shadow), ...findSpeakersIntroduced(shadow)],
});
