import type { PiiDetector } from "../detector.js";
import { isEnglishWord } from "./english-person-tagger.js";
import { EN_WORD, englishDetector } from "./name-detectors.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";

/**
 * A priest's, a religious' or a Central European graduate's title stands before a name as Mr. or Dr. does (Rev. Fr.
 * Benedikt Aigner, Fr. Aigner, Revd Alison Hart, Mgr. Tereza Vondráčková, Sr. Mary Agnes). Two titles may stack
 * (Rev. Fr.). Each title but Revd needs its dot: Rev, Fr and Mgr alone are a revision, a weekday, a manager. The
 * titles are masked with the name: a parish has one priest and a convent few sisters, so Fr. [PERSON] still points.
 */
const CLERGY_TITLE = "(?:Rev|Fr|Mgr|Msgr)\\.|Revd";
/** Sr. and Br. are a senior's and a branch's too (Sr. Product Designer, Br. Office): a listed given name must follow. */
const RELIGIOUS_TITLE = "(?:Sr|Br)\\.";
const ANY_TITLE = `${CLERGY_TITLE}|${RELIGIOUS_TITLE}`;
const NAME = `${EN_WORD}(?:[ \\t]+${EN_WORD})?`;

const titled = (titles: string): RegExp =>
  new RegExp(`(?<![A-Za-z])(?:${titles})(?:[ \\t]+(?:${ANY_TITLE}))?[ \\t]+(?<secret>${NAME})`, "dg");

const listed = (word: string): boolean => worldNames().latinGiven.has(word) || worldNames().latinFamily.has(word);
/** A word of a name, not of English (Rev. History, Fr. Market), unless a listed name (Rev. Grace Lee). */
const nameWord = (word: string): boolean => listed(word) || !isEnglishWord(word);

/** The titles just before a name's start. */
const TITLES_BEFORE = new RegExp(`(?<![A-Za-z])(?:${ANY_TITLE})(?:[ \\t]+(?:${ANY_TITLE}))?[ \\t]+$`);

const withTitles = (names: PiiDetector): PiiDetector => ({
  type: "PERSON",
  find: (shadow) =>
    names.find(shadow).map(({ start, end }) => ({ start: start - (TITLES_BEFORE.exec(shadow.slice(Math.max(0, start - 24), start))?.[0].length ?? 0), end })),
});

export const CLERGY_TITLE_NAME_DETECTORS: readonly PiiDetector[] = [
  withTitles(englishDetector(/Rev|Fr\.|Mgr\.|Msgr\./, titled(CLERGY_TITLE), (words) => words.every(nameWord))),
  withTitles(englishDetector(/Sr\.|Br\./, titled(RELIGIOUS_TITLE), (words) => worldNames().latinGiven.has(words[0]!) && words.every(nameWord))),
];
