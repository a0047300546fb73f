import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { COMPANY_WORD, DAY_OR_ORDER_WORD, DEPARTMENT_WORD, KINSHIP, NAME_PREFIX, NOT_A_NAME, OFFICE_END, PLACE_SURNAMES, STAFF_WORD, TITLE_AT_END } from "./name-detectors.js";
import { asReading, nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { FAMILIAR_HONORIFICS, honorificAlternation, POLITE_HONORIFICS } from "../lexicon/honorifics.js";

/**
 * One to three kanji, a space and a given name in hiragana the dictionary reads as one, before a person's honorific
 * (依頼者 X のぞみ さん, | X かおり 様 |): a surname whatever the dictionary makes of its kanji, since rare ones (a plant's
 * or a thing's one kanji) are read as words by it and a word a given name follows before さん or 様 is a surname in
 * practice. Two such names sharing their kanji and joined by ・ are siblings, as a register lists them (X さくら・X もも):
 * both are taken, with no honorific; so is one after a kin's word (姉 X かおり（…）), which says a person follows. A kin's,
 * a role's, a firm's or a place's word is never taken for the surname. Before a given name of kanji the dictionary lists
 * and an honorific, two or three kanji it reads as a word are the surname too (X 典子 様, X 仁 さん: a surname that is
 * also a noun), where the given name alone was taken before; not a day's or an order's word (本日).
 */
const HONORIFIC = honorificAlternation(...POLITE_HONORIFICS, ...FAMILIAR_HONORIFICS);
/** No letter, digit or word's kanji just before the surname; a list's circled number may be (③X 和夫様, ① X のぞみ さん). */
const NO_WORD_BEFORE = String.raw`(?<![\p{L}\p{Nd}\p{Nl}々ー])`;
const NAME_BEFORE_HONORIFIC = new RegExp(
  String.raw`${NO_WORD_BEFORE}(?<surname>\p{Script=Han}[\p{Script=Han}々]{0,2})[ 　](?<given>\p{Script=Hiragana}{2,4})[ 　]?${HONORIFIC}`,
  "dgu",
);
const SIBLING_NAMES = /(?<![\p{L}\p{N}々ー])(?<surname>\p{Script=Han}[\p{Script=Han}々]{0,2})[ 　](?<given>\p{Script=Hiragana}{2,4})・\k<surname>[ 　](?<sibling>\p{Script=Hiragana}{2,4})(?![\p{Script=Hiragana}])/dgu;
const NAME_AFTER_KIN = new RegExp(
  String.raw`(?<=(?:${KINSHIP})[ 　])(?<surname>\p{Script=Han}[\p{Script=Han}々]{0,2})[ 　](?<given>\p{Script=Hiragana}{2,4})(?![\p{Script=Hiragana}])`,
  "dgu",
);
const WORD_SURNAME_BEFORE_KANJI_GIVEN = new RegExp(
  String.raw`${NO_WORD_BEFORE}(?<surname>\p{Script=Han}[\p{Script=Han}々]{1,2})[ 　](?<given>\p{Script=Han}[\p{Script=Han}々]{0,2})[ 　]?${HONORIFIC}`,
  "dgu",
);

const readsAsGiven = (word: string): boolean => nameLexicon().givenNameReadings.has(asReading(word));
/**
 * No role's, kin's, staff's, department's, title's, office's, firm's, place's or day's word, which stand before a name as
 * well; the patterns read no kanji after a letter or a digit either (2番 れん くん: a counter).
 */
const noWordBeforeName = (word: string): boolean =>
  !NOT_A_NAME.test(word) && !NAME_PREFIX.test(word) && !STAFF_WORD.test(word) && !DEPARTMENT_WORD.test(word) && !TITLE_AT_END.test(word) && !OFFICE_END.test(word) && !COMPANY_WORD.test(word) && !PLACE_SURNAMES.has(word) && !DAY_OR_ORDER_WORD.test(word);
const standsAsSurname = (word: string): boolean =>
  noWordBeforeName(word) && (word.length === 1 || nameLexicon().surnames.has(word) || !nameLexicon().commonNouns.has(word));

export const KANJI_SURNAME_KANA_GIVEN_BEFORE_HONORIFIC: PiiDetector = gated(new RegExp(String.raw`\p{Script=Han}[ 　]\p{Script=Hiragana}{2,4}[ 　]?${HONORIFIC}`, "u"), {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(NAME_BEFORE_HONORIFIC, shadow).flatMap((match): Span[] => {
      const { surname, given } = match.groups!;
      if (!standsAsSurname(surname!) || !readsAsGiven(given!)) return [];
      return [{ start: match.index, end: match.indices!.groups!.given![1] }];
    }),
});

const readsAsKanjiGiven = (word: string): boolean => nameLexicon().givenNames.has(word) && !nameLexicon().commonNouns.has(word) && !nameLexicon().boundNouns.has(word);

export const WORD_SURNAME_KANJI_GIVEN_BEFORE_HONORIFIC: PiiDetector = gated(new RegExp(String.raw`\p{Script=Han}{2}[ 　]\p{Script=Han}[\p{Script=Han}々]{0,2}[ 　]?${HONORIFIC}`, "u"), {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(WORD_SURNAME_BEFORE_KANJI_GIVEN, shadow).flatMap((match): Span[] => {
      const { surname, given } = match.groups!;
      return noWordBeforeName(surname!) && readsAsKanjiGiven(given!) ? [{ start: match.index, end: match.indices!.groups!.given![1] }] : [];
    }),
});

export const KANJI_SURNAME_KANA_GIVEN_AFTER_KIN: PiiDetector = gated(/[夫妻兄姉弟妹孫父母嫁婿][ 　]\p{Script=Han}[\p{Script=Han}々]{0,2}[ 　]\p{Script=Hiragana}/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(NAME_AFTER_KIN, shadow).flatMap((match): Span[] => {
      const { surname, given } = match.groups!;
      return standsAsSurname(surname!) && readsAsGiven(given!) ? [{ start: match.index, end: match.index + match[0].length }] : [];
    }),
});

export const KANJI_SURNAME_KANA_SIBLINGS: PiiDetector = gated(/\p{Script=Hiragana}・\p{Script=Han}/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(SIBLING_NAMES, shadow).flatMap((match): Span[] => {
      const { surname, given, sibling } = match.groups!;
      if (!standsAsSurname(surname!) || !readsAsGiven(given!) || !readsAsGiven(sibling!)) return [];
      const siblingStart = match.indices!.groups!.given![1] + 1;
      return [
        { start: match.index, end: match.indices!.groups!.given![1] },
        { start: siblingStart, end: match.index + match[0].length },
      ];
    }),
});

/**
 * A kanji surname and a katakana given name written together before 方, as an address is written to someone at a
 * household (X トメ 方, X キヨ方 at the end of an address's line): older women's names are registered in katakana, and
 * 方 after a name is the household's. The katakana is a given name the dictionary reads as one; the kanji a surname
 * it lists (田中 too, though it ends as 家中 does), or no word that stands before a name.
 */
const KATAKANA_GIVEN_CARE_OF = /(?<![\p{L}\p{N}々ー])(?<surname>\p{Script=Han}[\p{Script=Han}々]{1,2})(?<given>[\p{Script=Katakana}ー]{2,4})[ 　]?方(?=[ 　、,（(]|\r?$)/dgmu;

export const KANJI_SURNAME_KATAKANA_GIVEN_CARE_OF: PiiDetector = gated(/\p{Script=Katakana}[ 　]?方/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(KATAKANA_GIVEN_CARE_OF, shadow).flatMap((match): Span[] => {
      const { surname, given } = match.groups!;
      const surnameHere = (nameLexicon().surnames.has(surname!) && !PLACE_SURNAMES.has(surname!)) || standsAsSurname(surname!);
      return surnameHere && readsAsGiven(given!) ? [{ start: match.index, end: match.indices!.groups!.given![1] }] : [];
    }),
});
