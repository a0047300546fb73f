import { gated, matchesOf, nameGroupSpans, type PiiDetector } from "../detector.js";
import { asReading, nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { ADDRESSED_NOT_A_NAME, KATAKANA_THING } from "./name-detectors.js";
import { isPossessive } from "./hiragana-given-names.js";
import { ADDRESSEE_HONORIFICS, CHILD_HONORIFICS, honorificAlternation } from "../lexicon/honorifics.js";

/**
 * A name written in kana, as a caller spells it or a report quotes it, before the words that introduce a person: a
 * surname and a given name in hiragana before です or と申します (ひがしで ゆうこです), and a surname in katakana before
 * という and a person's noun (ヤマグチ という男性). Both read as names by the dictionary's readings.
 */

/** Words a caller says before the name, not its surname (なまえ ちとせ です, こちら おおぬま …). */
const SELF_WORD = /^(?:なまえ|こちら|わたし|わたくし|ぼく|おれ|うち)$/u;

/**
 * Two hiragana words, a space between, before a self-introduction's ending, perhaps with the name's kanji in brackets
 * between (のはら けいた（野原 啓太）です).
 */
const HIRAGANA_NAME_INTRODUCED =
  /(?<!\p{Script=Hiragana})(?<surname>\p{Script=Hiragana}{2,5})[ 　](?<given>\p{Script=Hiragana}{2,4})(?=[ 　]?(?:[（(][^（()）\n]{1,16}[)）][ 　]?)?(?:です|と申|でござ))/dgu;

const hiraganaNameIntroduced: PiiDetector = gated(/\p{Script=Hiragana}[ 　]\p{Script=Hiragana}+[ 　]?(?:[（(][^\n]{1,16})?(?:です|と申|でござ)/u, {
  type: "PERSON",
  find: (shadow) => {
    const { surnameReadings, givenNameReadings } = nameLexicon();
    return matchesOf(HIRAGANA_NAME_INTRODUCED, shadow).flatMap((match) => {
      const { surname, given } = match.groups!;
      return !SELF_WORD.test(surname!) && surnameReadings.has(asReading(surname!)) && givenNameReadings.has(asReading(given!)) ? [{ start: match.index, end: match.index + match[0].length }] : [];
    });
  },
});

/**
 * Two hiragana words before です after a name's label earlier in the sentence, as a call's transcript writes a caller
 * who corrects herself (なまえは かぶらぎ、じゃなくて しもづる ゆか です): the second a given name's reading, the first
 * any word that ends as no particle or verb's form does (the dictionary lacks many surnames' readings).
 */
const HIRAGANA_NAME_AFTER_LABEL =
  /(?:なまえ|名前)は?[^。\n]{0,24}?(?<!\p{Script=Hiragana})(?<surname>\p{Script=Hiragana}{2,5})[ 　](?<given>\p{Script=Hiragana}{2,4})(?=[ 　]?(?:です|と申))/dgu;
const NOT_A_SURNAME_END = /[てはがをにもで]$/u;

const hiraganaNameAfterLabel: PiiDetector = gated(/なまえ|名前/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(HIRAGANA_NAME_AFTER_LABEL, shadow).flatMap((match) => {
      const { surname, given } = match.groups!;
      if (SELF_WORD.test(surname!) || NOT_A_SURNAME_END.test(surname!) || !nameLexicon().givenNameReadings.has(asReading(given!))) return [];
      const start = match.indices!.groups!.surname![0];
      return [{ start, end: match.indices!.groups!.given![1] }];
    }),
});

/** A katakana word of three kana or more, then という and a word for a person (男性, 女性, 方, 人, お客様). */
const KATAKANA_NAME_SO_CALLED = /(?<![\p{Script=Katakana}ー・])(?<name>[\p{Script=Katakana}ー]{3,8})[ 　]?という(?:男性|女性|男|女|方|人|者|お客様|客)/dgu;

const katakanaNameSoCalled: PiiDetector = gated(/[\p{Script=Katakana}ー][ 　]?という/u, {
  type: "PERSON",
  find: (shadow) =>
    nameGroupSpans(KATAKANA_NAME_SO_CALLED, shadow, (name) => nameLexicon().surnameReadings.has(name)),
});

/**
 * A kana word alone at a clause's start before a caller's self-introduction (予約した ミヤギ です, あの、ナガサワですけど,
 * 会員の うしじま だけど, …できない。とみながです): a surname by the dictionary's readings, of three kana or more; in
 * hiragana only after の or where a clause or a sentence opens (…て ほしい です is a wish), and after a sentence's 。 not
 * ending in い (。たかいです: an adjective, as common there as a name).
 * Half-width katakana too, as a voicemail's note writes the caller (ﾌｼﾞﾀです): its sound marks are no katakana by script.
 */
const KANA_SURNAME_INTRODUCED =
  /(?:(?<=^|[ 　、「『。\n])(?<katakana>(?![ﾞﾟ])[\p{Script=Katakana}ーｰﾞﾟ]{3,10})|(?<=^|の[ 　]|[、。「『\n])(?<hiragana>\p{Script=Hiragana}{3,6}))[ 　]?(?=です(?:けど|が|。|、|$|[ 　])|だけど|と申)/dgmu;

const kanaSurnameIntroduced: PiiDetector = gated(/です|だけど|と申/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(KANA_SURNAME_INTRODUCED, shadow).flatMap((match) => {
      const group = match.groups!.katakana !== undefined ? "katakana" : "hiragana";
      const [start, end] = match.indices!.groups![group]!;
      const word = match.groups![group]!;
      if (group === "hiragana" && shadow[start - 1] === "。" && word.endsWith("い")) return [];
      // A thing's katakana word the readings hold too is the thing (リストです).
      return nameLexicon().surnameReadings.has(asReading(word)) && !KATAKANA_THING.test(word) ? [{ start, end }] : [];
    }),
});

/**
 * A hiragana name before an honorific, as a reply addresses a customer who wrote it so (ちとせ様、…), a card a child
 * (かなえ ちゃん, さかい ななみ ちゃん) or a chat a member (ぐしけん さん（…）から): a whole word of three kana or more the
 * dictionary reads as a name; 様 or さま only where it opens the address and ends a phrase (not おうじさまへの手紙),
 * ちゃん or くん after a given name's reading, a surname's reading before it taken too, さん after a surname's reading of
 * four or five kana before a particle or a clause's end. A set phrase addressed with さま (おかげさま, おつかれさま) and a
 * word a note is addressed to (おうじ) are no one; a shorter word before さん, one that opens with the polite お or ご
 * (おとうさん, おきゃくさん) or a shop's word ending in や (はなやさん) is a role's or a kin's.
 */
const HIRAGANA_BEFORE_HONORIFIC = new RegExp(
  String.raw`(?:(?<=^|[\n「『 　])(?<addressed>\p{Script=Hiragana}{3,6}?)${honorificAlternation(...ADDRESSEE_HONORIFICS)}(?=[、,，。!！\s]|$)|(?<![\p{Script=Hiragana}])(?:(?<childSurname>\p{Script=Hiragana}{3,5})[ 　])?(?<child>\p{Script=Hiragana}{3,5}?)[ 　]?${honorificAlternation(...CHILD_HONORIFICS)}(?!\p{Script=Hiragana})|(?<![\p{Script=Hiragana}])(?<surname>(?![おご])\p{Script=Hiragana}{3}[^\P{Script=Hiragana}や]{1,2}?)[ 　]?さん(?=[はがにのともへ、。,，\s!！?？（(」』]|から|まで|$))`,
  "dgmu",
);
const SET_PHRASE = /^(?:おかげ|おつかれ|ごくろう|ごちそう|おたがい|おまちどお|おひさし|おさき|おそれ|おきのどく|みなみな)$/u;

const hiraganaBeforeHonorific: PiiDetector = gated(new RegExp(String.raw`\p{Script=Hiragana}(?:${honorificAlternation(...ADDRESSEE_HONORIFICS)}|[ 　]?${honorificAlternation(...CHILD_HONORIFICS, "さん")})`, "u"), {
  type: "PERSON",
  find: (shadow) => {
    const { surnameReadings, givenNameReadings } = nameLexicon();
    return matchesOf(HIRAGANA_BEFORE_HONORIFIC, shadow).flatMap((match) => {
      const group = match.groups!.addressed !== undefined ? "addressed" : match.groups!.child !== undefined ? "child" : "surname";
      const name = match.groups![group]!;
      const reading = asReading(name);
      const reads = group === "addressed" ? surnameReadings.has(reading) || givenNameReadings.has(reading) : group === "child" ? givenNameReadings.has(reading) : surnameReadings.has(reading);
      if (!reads || SET_PHRASE.test(name) || ADDRESSED_NOT_A_NAME.test(name)) return [];
      const [start, end] = match.indices!.groups![group]!;
      const childSurname = match.groups!.childSurname;
      const withSurname = childSurname !== undefined && surnameReadings.has(asReading(childSurname)) && !isPossessive(childSurname);
      return [{ start: withSurname ? match.indices!.groups!.childSurname![0] : start, end }];
    });
  },
});

/**
 * A katakana surname alone before が and a staff member's act, as a desk's reply says who did it (ミナト がキーを再発行しました,
 * サトウが対応します): a whole word the dictionary reads as a surname.
 */
const KATAKANA_SURNAME_ACTING = /(?<![\p{Script=Katakana}ー・\p{L}\p{N}])(?<name>[\p{Script=Katakana}ー]{3,8})[ 　]?が(?=[^。\n]{0,8}?(?:対応|担当|再発行|発行|確認|連絡|手配|案内|受付|受け付け|引き継|処理|返金|交換))/dgu;

const katakanaSurnameActing: PiiDetector = gated(/[\p{Script=Katakana}ー][ 　]?が/u, {
  type: "PERSON",
  find: (shadow) =>
    nameGroupSpans(KATAKANA_SURNAME_ACTING, shadow, (name) => nameLexicon().surnameReadings.has(name)),
});

/**
 * A katakana name alone before a note in brackets on who the person is to the writer, staff or family (説明は ディエゴ
 * （うちのスタッフ）が, ソフィア（娘）, ルーカス（小3）): a given name or a surname the dictionary reads, of three kana or more,
 * or any called as a child is (アーヤンくん（小5））; no word's (パート（主婦）) nor a thing's.
 */
const WHO_NOTE_WORD = String.raw`(?:スタッフ|社員|従業員|職員|通訳|娘|息子|妻|夫|孫|[小中高][1-6])`;
const WHO_NOTE = String.raw`(?:うちの|当社の|弊社の|当店の)?${WHO_NOTE_WORD}`;
const KATAKANA_NAME_BEFORE_WHO_NOTE = new RegExp(
  String.raw`(?<![\p{Script=Katakana}ー・])(?<name>[\p{Script=Katakana}ー]{3,8})(?<child>くん|ちゃん)?[ 　]?[（(]${WHO_NOTE}[）)]`,
  "dgu",
);

/** Read by the dictionary as a name and no word, or, called as a child is before the note (アーヤンくん（小5）), any but a word. */
function readsAsKatakanaName(match: RegExpExecArray): boolean {
  const { givenNames, givenNameReadings, surnameReadings, wordReadings } = nameLexicon();
  const name = match.groups!.name!;
  const reading = asReading(name);
  const reads = match.groups!.child !== undefined || givenNames.has(name) || givenNameReadings.has(reading) || surnameReadings.has(reading);
  return reads && !wordReadings.has(reading) && !KATAKANA_THING.test(name);
}

const katakanaNameBeforeWhoNote: PiiDetector = gated(new RegExp(`${WHO_NOTE_WORD}[）)]`, "u"), {
  type: "PERSON",
  find: (shadow) => matchesOf(KATAKANA_NAME_BEFORE_WHO_NOTE, shadow).flatMap((match) => (readsAsKatakanaName(match) ? [{ start: match.indices!.groups!.name![0], end: match.indices!.groups!.name![1] }] : [])),
});

export const KANA_NAME_BEFORE_CUE_DETECTORS: readonly PiiDetector[] = [
  hiraganaNameIntroduced,
  hiraganaNameAfterLabel,
  katakanaNameSoCalled,
  kanaSurnameIntroduced,
  hiraganaBeforeHonorific,
  katakanaSurnameActing,
  katakanaNameBeforeWhoNote,
];
