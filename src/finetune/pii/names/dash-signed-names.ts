import { gated, matchesOf, nameGroupSpans, type PiiDetector, type Span } from "../detector.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { commonNouns, nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { isThing, WORD } from "../lexicon/lexicon-latin-names.js";
import { PLACE_SURNAMES, readsAs } from "./name-detectors.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";

/**
 * A message signed after a dash at its end by a full name (… 0071 2290 4413. — Arnel Bustamante): two or three words,
 * none a thing's, a place's or an English word, the last a family name of the lists. A team or a firm signs so too
 * (— Customer Support, — Sakura Travel Team, — Tokyo Office) and stays. The shadow holds every dash as a hyphen.
 */
const DASH_SIGNED = new RegExp(`(?<=^|[ \\t])-{1,2}[ \\t]*(?<name>${WORD}(?:[ \\t]+${WORD}){1,2})[ \\t]*$`, "dgmu");
const NAME_WORD = new RegExp(WORD, "gu");
/**
 * A family name alone after a dash on the message's last line (Please check the logs.⏎— Kowalczyk): the line holds
 * nothing else, so it is no bullet of a list, and the word is a family name of the lists (a Latin one, or one
 * read as a Japanese surname: — Nakamura), no English word or place. A first name of the lists signs so too when the
 * line before ends a sentence (Thanks, Claude!⏎— Priya): a list's items end in no stop.
 */
const DASH_SIGNED_FAMILY_LAST = new RegExp(`(?:^|\\n)[ \\t]*-{1,2}[ \\t]*(?<name>${WORD})[ \\t]*\\s*$`, "du");

const SENTENCE_END_BEFORE = /[.!?。！？][ \t]*\n$/u;
/**
 * A first or a family name of the lists signing after a dash at a line's head, with the writer's group or class in
 * brackets closing the line (— Ken (PTA, 3-2), — Priya (Room 4B), — Okafor（5年2組）): a parent's or a member's sign-off; a
 * word of the lists alone so, where a heading's word (— Summary (PTA)) is an English word. A reply signs so after its
 * last sentence on the same line too (… until 18:00. — Imamura (front desk)), a Japanese surname in romaji as well.
 */
const DASH_SIGNED_WITH_GROUP = new RegExp(`(?:^|(?<=[.!?][ \\t]))[ \\t]*-{1,2}[ \\t]*(?<name>${WORD})[ \\t]*[(（][^()（）\\n]{1,24}[)）][ \\t]*$`, "dgmu");

const nameWord = (word: string): boolean => !isThing(word) && !isPlaceName(word) && !isEnglishWord(word);

/**
 * A note's writer after the verb that says who wrote or sent it, with their desk in brackets (— sent by Chiyoko (desk),
 * logged by Szabados (front desk), replied by Mele (support)): a given or a family name of the lists, or one read as a
 * Japanese name, no English word or place (sent by Courier (desk)). Not an office or a team: a courier or a firm sends
 * from one (sent by Yamato (office)).
 */
const BY_WRITER_WITH_DESK = new RegExp(
  `(?<![\\p{L}])(?:[Ss]ent|[Ww]ritten|[Ll]ogged|[Nn]oted|[Ee]ntered|[Rr]eplied|[Aa]nswered|[Hh]andled|[Tt]aken|[Ss]igned)[ \\t]+by[ \\t]+(?<name>${WORD})[ \\t]*[(（](?:[A-Za-z]+[ \\t]+)?(?:desk|support|counter|reception|窓口|受付)[)）]`,
  "dgu",
);

function writerNamed(name: string): boolean {
  const { latinGiven, latinFamily } = worldNames();
  const { surnameReadings, givenNameReadings } = nameLexicon();
  return nameWord(name) && (latinGiven.has(name) || latinFamily.has(name) || readsAs(name, surnameReadings) || readsAs(name, givenNameReadings));
}

function findDashSigned(shadow: string): Span[] {
  return matchesOf(DASH_SIGNED, shadow).flatMap((match) => {
    const words = matchesOf(NAME_WORD, match.groups!.name!).map(([word]) => word);
    if (!words.every(nameWord) || !worldNames().latinFamily.has(words.at(-1)!)) return [];
    const [start, end] = match.indices!.groups!.name!;
    return [{ start, end }];
  });
}

function findFamilySignedLast(shadow: string): Span[] {
  const match = DASH_SIGNED_FAMILY_LAST.exec(shadow);
  if (match === null) return [];
  const name = match.groups!.name!;
  const givenAfterSentence = worldNames().latinGiven.has(name) && SENTENCE_END_BEFORE.test(shadow.slice(Math.max(0, match.index - 4), match.index + 1));
  if (!nameWord(name) || !(worldNames().latinFamily.has(name) || readsAs(name, nameLexicon().surnameReadings) || givenAfterSentence)) return [];
  const [start, end] = match.indices!.groups!.name!;
  return [{ start, end }];
}

function findSignedWithGroup(shadow: string): Span[] {
  return matchesOf(DASH_SIGNED_WITH_GROUP, shadow).flatMap((match) => {
    const name = match.groups!.name!;
    const { latinGiven, latinFamily } = worldNames();
    if (!nameWord(name) || !(latinGiven.has(name) || latinFamily.has(name) || readsAs(name, nameLexicon().surnameReadings))) return [];
    const [start, end] = match.indices!.groups!.name!;
    return [{ start, end }];
  });
}

export const DASH_SIGNED_NAME: PiiDetector = gated(/-[ \t]*\p{Lu}/u, {
  type: "PERSON",
  find: (shadow) => [...findDashSigned(shadow), ...findFamilySignedLast(shadow), ...findSignedWithGroup(shadow)],
});

export const BY_WRITER_WITH_DESK_NAME: PiiDetector = gated(/ by \p{Lu}\p{Ll}+ ?[(（]/u, { type: "PERSON", find: (shadow) => nameGroupSpans(BY_WRITER_WITH_DESK, shadow, writerNamed) });

/**
 * A kanji full name signing after a dash at a line's head, alone or before the writer's desk or number (-- 北村 翼 /
 * 営業二課 / 03-…, — 上田 亮（経理）): a surname and a given name the dictionary lists, a space between, the surname no
 * place (— 東京 本社 is an office), the given name no common noun (— 山田 工業).
 */
const KANJI_DASH_SIGNED = /^[ \t]*-{1,2}[ \t]*(?<name>(?<surname>\p{Script=Han}[\p{Script=Han}々]{0,3})[ 　](?<given>\p{Script=Han}[\p{Script=Han}々]{0,2}))[ \t　]*(?=$|[/／|｜（(,、])/dgmu;

export const KANJI_DASH_SIGNED_NAME: PiiDetector = gated(/-[ \t]*\p{Script=Han}/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(KANJI_DASH_SIGNED, shadow).flatMap((match): Span[] => {
      const { surname, given } = match.groups!;
      const { surnames, givenNames } = nameLexicon();
      if (!surnames.has(surname!) || PLACE_SURNAMES.has(surname!) || !givenNames.has(given!) || commonNouns().has(given!)) return [];
      const [start, end] = match.indices!.groups!.name!;
      return [{ start, end }];
    }),
});
