import { isCommonEnglishWord } from "../lexicon/common-english-words.js";
import { aiModelNames } from "../look-alikes/ai-model-names.js";
import { gated, matchesOf, nameGroupSpans, type PiiDetector, type Span } from "../detector.js";
import { honorificAlternation, ROMAJI_HONORIFICS } from "../lexicon/honorifics.js";
import { isEnglishWord, isFirmName, isPlaceName } from "./english-person-tagger.js";
import { PERSON_JOBS as JOB, VOICE_ASSISTANT } from "../lexicon/firm-words.js";
import { readsAsParts } from "./latin-name-cues.js";
import { isNameTaggedWord, isThing, TEAM, WORD } from "../lexicon/lexicon-latin-names.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";

/**
 * A given name alone after the word for what the person is to the writer: a job or a part (the organist Florentina,
 * Internal tester Wiremu, Your counsellor Quynh, Rider Mirela, Sender Sipho, PA Deepa) or a relative opening a line
 * (Daughter Liesl plays …), whatever the lists know. Such a word before a capitalised word that no dictionary holds, or
 * one that is an English word only as a name (Guest Grace), names a person; not before a second capitalised word (a
 * full name is the other rules'), nor a thing's, a place's, a common English word (Teacher Mode, Crew Outlet), a voice
 * assistant's word or a Japanese title (Sensei). A name in quotes is what the person goes by
 * (Harbour watchman "Tetsu").
 */
const RELATIVE = "Daughter|Son|Wife|Husband|Sister|Brother|Niece|Nephew|Grandson|Granddaughter";
/** Who the person is to a hotel's or a desk's log: a guest, a parcel's sender or recipient, someone's PA or secretary, a member of staff (Vietnamese staff Thảo). */
const DESK_PART = "guest|sender|recipient|addressee|secretary|staff";
/** Words of an alternation, each as written and capitalised (guest|Guest): a job opens a sentence too. */
const withCapitals = (words: string): string => `${words}|${words.replace(/(^|\|)([a-z])/g, (_, bar: string, letter: string) => bar + letter.toUpperCase())}`;
const NAME_AFTER_JOB = new RegExp(
  `(?:(?<![\\p{L}\\p{N}'’-])(?:${withCapitals(JOB)}|${withCapitals(DESK_PART)}|PA)|(?:^|(?<=^[ \\t]*[-*•][ \\t]+))(?:${RELATIVE}))[ \\t]+["“]?(?<name>${WORD})(?![\\p{L}\\p{N}@_'’-]|[ \\t]+\\p{Lu}|\\.\\p{L})`,
  "dgmu",
);
const ASSISTANT = new RegExp(`^${VOICE_ASSISTANT}$`, "u");
/** A Japanese title written as a word (My teacher Sensei, our coach Senpai): what the person is called, no given name. */
const TITLE_AS_NAME = new RegExp(`^${honorificAlternation(...ROMAJI_HONORIFICS)}$`, "iu");
/** An English word by compromise's lexicon or the list of common ones (Mode, Outlet, Lounge): no given name here. */
const isWord = (word: string): boolean => isEnglishWord(word) || isCommonEnglishWord(word);

/**
 * A cleaner is a machine too, named by its brand (the robot cleaner Roomba, the cleaner Kärcher): after that word only a
 * given name of the lists or one in romaji (the cleaner Sakurako), and never after a machine's word (vacuum cleaner).
 */
const MACHINE_TOO = /^cleaner/i;
const MACHINE_BEFORE = /(?<![A-Za-z])(?:vacuum|robot|robotic|window|floor|steam|air|carpet|pressure|pool|drain|lens|screen)[ \t]+$/i;
const brandAfterMachine = (shadow: string, match: RegExpExecArray, name: string): boolean =>
  MACHINE_TOO.test(match[0]) &&
  (MACHINE_BEFORE.test(shadow.slice(Math.max(0, match.index - 12), match.index)) || !(worldNames().latinGiven.has(name) || readsAsParts(name).given));

/**
 * Staff is a group before a word too (the staff Christmas party, staff Canteen): after it only a given name of the lists
 * or a word with a letter only Vietnamese spells with (staff Thảo, staff Nguyệt), not a French word's é.
 */
const STAFF = /^staff/i;
const VIETNAMESE_LETTER = /[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9]/u;
const staffAsGroup = (match: RegExpExecArray, name: string): boolean =>
  STAFF.test(match[0]) && !worldNames().latinGiven.has(name) && !VIETNAMESE_LETTER.test(name);

/** A hyphened word of two-letter parts is a thing's (Guest Wi-Fi, the driver Hi-Fi): a name's parts are longer. */
const SHORT_PARTS = /^\p{L}{1,2}-\p{L}{1,2}$/u;

function findGivenAfterJob(shadow: string): Span[] {
  const matches = matchesOf(NAME_AFTER_JOB, shadow);
  // An AI model is an assistant too (the assistant Claude wrote it): a model's name where it stands is no one's.
  const models = matches.length > 0 ? aiModelNames(shadow) : [];
  return matches.flatMap((match) => {
    const name = match.groups!.name!;
    if (name.length < 3 || isThing(name) || (isWord(name) && !isNameTaggedWord(name)) || isPlaceName(name) || ASSISTANT.test(name) || TITLE_AS_NAME.test(name)) return [];
    if (brandAfterMachine(shadow, match, name) || SHORT_PARTS.test(name) || staffAsGroup(match, name)) return [];
    const [start, end] = match.indices!.groups!.name!;
    return models.some((model) => model.start === start) ? [] : [{ start, end }];
  });
}

const givenAfterJob: PiiDetector = gated(/(?:[a-z]|PA)[ \t]+["“]?[A-Z]/, { type: "PERSON", find: findGivenAfterJob });

/**
 * A given name after a department's initials, as a log names who did what (IT Radek rebooted the scanner, HR Henrike will
 * call): a given name of the lists or one read as a Japanese given name, no English word, thing or place, and no second
 * capitalised word (IT Help Desk, HR Manager, QA Tokyo).
 */
const GIVEN_AFTER_DEPARTMENT = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:IT|HR|QA)[ \\t]+(?<name>${WORD})(?![\\p{L}\\p{N}@_'’-]|[ \\t]+\\p{Lu}|\\.\\p{L})`, "dgu");

const departmentsGivenName = (name: string): boolean =>
  !isThing(name) && !isWord(name) && !isPlaceName(name) && (worldNames().latinGiven.has(name) || readsAsParts(name).given);

const givenAfterDepartment: PiiDetector = gated(/(?:IT|HR|QA) [A-Z][a-z]/, {
  type: "PERSON",
  find: (shadow) => nameGroupSpans(GIVEN_AFTER_DEPARTMENT, shadow, departmentsGivenName),
});

/**
 * A given name alone after with, closing its clause, as a note says who to settle a thing with (dietary list with Thandeka.;
 * the keys are with Sigrun, and …): a given name of the lists that no family name list holds, no English word, place or
 * firm (with Honda., with Lexus., with Paris.).
 */
const GIVEN_AFTER_WITH = new RegExp(`(?<![\\p{L}])with[ \\t]+(?<name>${WORD})(?=[ \\t]*(?:[.;,)]|$))`, "dgmu");

function givenNameOnly(name: string): boolean {
  const { latinGiven, latinFamily } = worldNames();
  return latinGiven.has(name) && !latinFamily.has(name) && !isThing(name) && !isWord(name) && !isPlaceName(name) && !isFirmName(name) && !ASSISTANT.test(name);
}

const givenAfterWith: PiiDetector = gated(/with [A-Z][a-z]+ ?[.;,)\n]/, { type: "PERSON", find: (shadow) => nameGroupSpans(GIVEN_AFTER_WITH, shadow, givenNameOnly) });

/**
 * A team and the person of it in brackets (Ops (Haruto) checked the camera, Billing (Kenta) will refund it): a given
 * name of the lists or a Japanese name in romaji, not a place (Sales (Tokyo)) nor a thing or a word.
 */
const PERSON_OF_TEAM = new RegExp(`(?<![\\p{L}\\p{N}])(?:${TEAM})[ \\t]*[(（](?<name>${WORD})[)）]`, "dgu");

function findPersonOfTeam(shadow: string): Span[] {
  return matchesOf(PERSON_OF_TEAM, shadow).flatMap((match) => {
    const name = match.groups!.name!;
    if (isThing(name) || isWord(name) || isPlaceName(name)) return [];
    const parts = readsAsParts(name);
    if (!worldNames().latinGiven.has(name) && !parts.given && !parts.surname) return [];
    const [start, end] = match.indices!.groups!.name!;
    return [{ start, end }];
  });
}

const personOfTeam: PiiDetector = gated(new RegExp(`(?:${TEAM})[ \\t]*[(（][A-Z]`), { type: "PERSON", find: findPersonOfTeam });

/**
 * Given names listed after a label for people and a colon (Volunteers: Tomoya, Wen, Isabela and Kofi.): where one of
 * them is a given name of the lists, the others that are no English word, thing or place are names too.
 */
const PEOPLE_LABEL = "Volunteers|Attendees|Participants|Members|Speakers|Judges|Mentors|Helpers|Players|Guests|Organi[sz]ers|Interns|Panellists|Panelists|Present|Absent";
const PEOPLE_LIST = new RegExp(`(?<![\\p{L}])(?:${PEOPLE_LABEL})[ \\t]*:[ \\t]*(?<list>${WORD}(?:(?:,[ \\t]*(?:and[ \\t]+)?|[ \\t]+and[ \\t]+)${WORD})+)(?=[ \\t]*(?:[.;)]|$))`, "dgmu");
const LIST_ITEM = new RegExp(WORD, "gu");

function findPeopleListed(shadow: string): Span[] {
  return matchesOf(PEOPLE_LIST, shadow).flatMap((match) => {
    const [listStart] = match.indices!.groups!.list!;
    const items = [...match.groups!.list!.matchAll(LIST_ITEM)];
    if (!items.some(([item]) => worldNames().latinGiven.has(item) && !isEnglishWord(item))) return [];
    return items.flatMap(({ 0: item, index }) =>
      item.length < 3 || isThing(item) || isWord(item) || isPlaceName(item) ? [] : [{ start: listStart + index, end: listStart + index + item.length }],
    );
  });
}

const peopleListed: PiiDetector = gated(new RegExp(`(?:${PEOPLE_LABEL})[ \\t]*:`), { type: "PERSON", find: findPeopleListed });

export const LATIN_GIVEN_AFTER_JOB_DETECTORS: readonly PiiDetector[] = [givenAfterJob, givenAfterDepartment, givenAfterWith, personOfTeam, peopleListed];
