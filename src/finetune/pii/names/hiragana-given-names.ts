import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { isLandformSurname, PLACE_SURNAMES } from "./name-detectors.js";
import { asReading, commonNouns, nameLexicon, wordReadings } from "../lexicon/japanese-name-lexicon.js";
import { CHILD_HONORIFICS, FAMILIAR_HONORIFICS, honorificAlternation } from "../lexicon/honorifics.js";

/**
 * A given name written in hiragana alone before a child's or a friend's honorific, as schools, nurseries and chats write
 * it (さくらちゃんのお迎え, そうた くん, はるとさん): three or four kana that read as a given name of the dictionary, a word
 * of its own (not the end of a longer word). Shorter ones are as often a pet's or a thing's (はなちゃん, くまさん), and
 * words that are no given name stay (おばあちゃん, おにいさん, ねこちゃん), as do the animals a nursery's children are told of
 * that read as given names too (うさぎさん, ひよこちゃん). A hiragana surname and a space before it are the same child's
 * (ぬかが こはる ちゃん): a word of three to five kana that reads as a surname; or, where it starts a line or a cell as a
 * register writes the name, one that reads as no word of the dictionary, no day's word and ends in no particle
 * (あした そうた くん, よろしくね はると くん: a day or a greeting, then the child).
 */
const ANIMAL_WORDS = /^(?:うさぎ|ひよこ|きりん|ひつじ|あひる|ことり|こねこ|こいぬ|くじら|いるか|らっこ)$/u;
const DAY_WORDS = /^(?:きょう|あした|あさって|きのう|おととい|こんど|こんかい|いつも|ずっと|みんな|おともだち)$/u;
/** A possessive before the child (うちの ゆうと くん, "our Yuto"): a surname's reading too (内野), but no one's name here. */
export const isPossessive = (word: string): boolean => /^(?:うちの|わたしの|あたしの|わたくしの|ぼくの|おれの|じぶんの)$/u.test(word);
/** A child's or a friend's honorific, anyone's さん, or a customer's 様 in kanji (あかり 様ご自身で), after a given name. */
const GIVEN_NAME_HONORIFIC = honorificAlternation(...FAMILIAR_HONORIFICS, "さん", "様");
const HIRAGANA_GIVEN_BEFORE_HONORIFIC = new RegExp(
  String.raw`(?<![\p{Script=Hiragana}\p{Script=Han}\p{Script=Katakana}ー])(?:(?<surname>\p{Script=Hiragana}{3,5})[ 　])?(?<given>\p{Script=Hiragana}{3,4})[ 　]?${GIVEN_NAME_HONORIFIC}`,
  "dgu",
);
/**
 * A given name in hiragana before a child's school year or age in brackets, as a parent writes of their child (子どもの
 * しゅうへい（小3）, りょうすけ（5歳）): up to six kana, a name's long and contracted sounds too; not the honorific after a
 * name (さくら ちゃん（年中）), nor one after a kanji surname and a space, which the surname's rules take whole
 * (月見里 さくら（高2）).
 */
const HIRAGANA_GIVEN_BEFORE_AGE = new RegExp(
  String.raw`(?<![\p{Script=Hiragana}\p{Script=Han}\p{Script=Katakana}ー]|[\p{Script=Han}々][ 　])(?!${honorificAlternation(...CHILD_HONORIFICS, "さん", "さま")}[ 　]?[（(])(?<given>\p{Script=Hiragana}{3,6})[ 　]?(?=[（(](?:[小中高][1-6]|年[長中少]|[0-9]{1,2}(?:歳|才))[）)])`,
  "dgu",
);

const readsAsGiven = (word: string): boolean => !ANIMAL_WORDS.test(word) && nameLexicon().givenNameReadings.has(asReading(word));
const ITEM_START = /(?:^|[|,\t"「\n])[ \t　]*$/u;
const readsAsSurname = (word: string, before: string): boolean =>
  !isPossessive(word) &&
  (nameLexicon().surnameReadings.has(asReading(word)) || (ITEM_START.test(before) && !wordReadings().has(asReading(word)) && !DAY_WORDS.test(word) && !/[よねなはをにでともへや]$/u.test(word)));

/** The hiragana surname and given name together, listed before the kana rules that would take the given name alone. */
export const HIRAGANA_FULL_NAME: PiiDetector = gated(new RegExp(String.raw`\p{Script=Hiragana}[ 　]\p{Script=Hiragana}{3,4}[ 　]?${GIVEN_NAME_HONORIFIC}`, "u"), {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(HIRAGANA_GIVEN_BEFORE_HONORIFIC, shadow).flatMap((match): Span[] => {
      const { surname, given } = match.groups!;
      if (surname === undefined || !readsAsGiven(given!) || !readsAsSurname(surname, shadow.slice(Math.max(0, match.index - 4), match.index))) return [];
      return [{ start: match.indices!.groups!.surname![0], end: match.indices!.groups!.given![1] }];
    }),
});

export const HIRAGANA_GIVEN_NAME: PiiDetector = gated(new RegExp(String.raw`\p{Script=Hiragana}(?:[ 　]?${GIVEN_NAME_HONORIFIC}|[ 　]?[（(])`, "u"), {
  type: "PERSON",
  find: (shadow) =>
    [...matchesOf(HIRAGANA_GIVEN_BEFORE_HONORIFIC, shadow), ...matchesOf(HIRAGANA_GIVEN_BEFORE_AGE, shadow)].flatMap((match): Span[] => {
      const [start, end] = match.indices!.groups!.given!;
      return readsAsGiven(match.groups!.given!) ? [{ start, end }] : [];
    }),
});

/**
 * A child's or a friend's pet name of one kana and a small っ before ちゃん or くん (みっちゃん, たっくん, けっちゃん): a given
 * name's first sound, as nurseries and families call children. Not a kin's or an elder's word of the same shape (おっちゃん,
 * ぼっちゃん, じっちゃん, ばっちゃん, とっちゃん), nor a word in a run of kana, nor the ちゃん of a dish (ちゃんぽん, ちゃんこ).
 */
const DIMINUTIVE = /(?<![\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー])(?<name>[\u3041-\u3096]っ)(?:ちゃん(?!ぽん|こ)|くん)/dgu;
const KIN_DIMINUTIVE = /^[おぼじばと]/u;

export const HIRAGANA_DIMINUTIVE: PiiDetector = gated(/っ(?:ちゃん|くん)/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(DIMINUTIVE, shadow).flatMap((match): Span[] => {
      const [start, end] = match.indices!.groups!.name!;
      return KIN_DIMINUTIVE.test(match.groups!.name!) ? [] : [{ start, end }];
    }),
});

/**
 * A surname the dictionary lists, a space and a given name in hiragana closing the clause or a web page's element
 * (比屋根 しずく、住所は…; 田中 ひなた。; 作成：事務局 宇治原 めぐみ</p>),
 * as a form or a message names its writer: two to four kana, whatever the dictionary reads them as (しずく is 雫 to it),
 * but no particle or word that follows a surname alone, nor one that starts so (田中 より。, 田中 まで、, 田中 ほか、,
 * 村上 よりです). The surname is no
 * common noun, no place's (上野 あたり、) and no one-kanji word.
 */
const KANJI_SURNAME_HIRAGANA_GIVEN =
  /(?<![\p{Script=Han}々\p{Script=Katakana}ー])(?<surname>\p{Script=Han}[\p{Script=Han}々]{1,3})[ 　](?<given>\p{Script=Hiragana}{2,4})(?=[、。，,（(]|[ 　]*(?:\n|$|<\/))/dgmu;
const AFTER_SURNAME_WORD = /^(?:です|でし|ます|まで|より(?![こえ])|から|など|のみ|だけ|ほか|さん|さま|くん|ちゃん|たち|ども|あて|にて|として|につ|いわく|だよ|だね|だった|でしょ|かな|では|には|とか|へ|あたり|へん|まえ|うら|よこ|ちかく)/u;

export const KANJI_SURNAME_HIRAGANA_GIVEN_NAME: PiiDetector = gated(/\p{Script=Han}[ 　]\p{Script=Hiragana}{2,4}(?:[、。，,（(]|[ 　]*(?:\n|$|<\/))/mu, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(KANJI_SURNAME_HIRAGANA_GIVEN, shadow).flatMap((match): Span[] => {
      const { surname, given } = match.groups!;
      // A surname the dictionary lacks, of three kanji ending as a place's lie does (宇治原 めぐみ), before a given name it lists.
      const unlisted = isLandformSurname(surname!) && nameLexicon().givenNames.has(given!);
      if (!(nameLexicon().surnames.has(surname!) || unlisted) || commonNouns().has(surname!) || PLACE_SURNAMES.has(surname!) || AFTER_SURNAME_WORD.test(given!)) return [];
      return [{ start: match.index, end: match.index + match[0].length }];
    }),
});
