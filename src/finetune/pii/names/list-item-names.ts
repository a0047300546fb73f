import type { Span } from "../detector.js";
import { FORMAL_HONORIFICS, honorificAlternation, POLITE_HONORIFICS } from "../lexicon/honorifics.js";
import { asReading, commonNouns, nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { isHiraganaGivenName, PLACE_SURNAMES } from "./name-detectors.js";
import type { Beside } from "../context/neighbour-spans.js";
import { isListedLatinName, NOT_A_NAME_WORD, PLACE_OR_TITLE_END } from "../context/neighbour-words.js";
import { isNameOnlyWord, isThing, TEAM } from "../lexicon/lexicon-latin-names.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";
import { isPlaceName } from "./english-person-tagger.js";
import { readsAsParts, spellsAsRomaji } from "./latin-name-cues.js";

/**
 * The other people of a list that holds a found name (参加者は [佐野]さん、Emma、Tom です; 上野 と [坂口] が保管;
 * 作業員名簿：Anh Tran、[ﾐﾔｹ ﾕｳｼﾞ]): a list names things of one kind, so its items beside a person are people, though
 * only one of them bears a cue. An item must still look like a name (a listed surname, a capitalised word ending the
 * list as a person does), for a list may go on to a place or a thing (佐藤さんと大阪に).
 */
/** What joins the items of a list of people: 、 and , (with spaces), と between spaces or none. */
const JOINER_AFTER = /^(?:[ \t　]*[、,，][ \t　]*|[ \t　]*と[ \t　]*)/u;
const JOINER_BEFORE = /(?:[ \t　]*[、,，][ \t　]*|[ \t　]*と[ \t　]*)$/u;
/**
 * After a name in a list: the list goes on, or ends in a verb's particle or です, or with its line or its table's cell
 * (…、小野寺 楓</td>, | …、芦田 |); not に or で (佐藤さんと大阪に).
 */
/** The honorific a list's item may bear: anyone's or writing's. */
const ITEM_HONORIFIC = honorificAlternation(...POLITE_HONORIFICS, ...FORMAL_HONORIFICS);
/** …or in a note in brackets on the item (、汐見 律（弦楽器）), or in the others left uncounted (、庄子 ちえ ほか17名). */
const LIST_GOES_ON = `(?=[ \\t　]?${ITEM_HONORIFIC}?[ \\t　]*(?:[、,，。.!！<|\\n（(]|と|です|でした|が|は|も|$|の[0-9]{1,2}[名人]|ほか|他[0-9０-９]))`;
/** A Latin word ends a list only as a person does (…、Tom です), not as a product a sentence goes on about (Windows が). */
const latinListGoesOn = (cellEnds: string) => `(?=[ \\t　]?${ITEM_HONORIFIC}?[ \\t　]*(?:[、,，。.!！${cellEnds}]|と|です|でした|$))`;
const LATIN_LIST_GOES_ON = latinListGoesOn("");
const KANJI_ITEM = new RegExp(`^(\\p{Script=Han}{2,4})(?![\\p{Script=Han}々])${LIST_GOES_ON}`, "u");
const KANJI_ITEM_BEFORE = /(?<![\p{Script=Han}々])(\p{Script=Han}{2,4})$/u;
/**
 * A spaced full name as a list's item (同伴は [峰岸 哲夫]、笹倉 光、池端 実。): beside a found name, a listed surname
 * and a listed given name are a person even where the given name is a noun too (光, 実) and no honorific follows; the
 * list may end in its count of people (社員 [宍倉 悠]、矢野目 拓 の2名分).
 */
const KANJI_FULL_ITEM = new RegExp(`^\\p{Script=Han}{2,4}[ 　][\\p{Script=Han}々]{1,3}(?![\\p{Script=Han}々])${LIST_GOES_ON}`, "u");
const KANJI_FULL_ITEM_BEFORE = /(?<![\p{Script=Han}々])\p{Script=Han}{2,4}[ 　][\p{Script=Han}々]{1,3}$/u;
/** A kanji surname and a hiragana given name as a list's item (…、Shrestha Bikram、庄子 ちえ ほか17名). */
const KANJI_HIRAGANA_ITEM = new RegExp(`^\\p{Script=Han}{2,4}[ 　]\\p{Script=Hiragana}{2,4}(?!\\p{Script=Hiragana})${LIST_GOES_ON}`, "u");
/** A list's item before the next joiner: the list goes on past it, its middle (…、猪子 健、Bùi Văn Long、…). */
const JOINER_NEXT = /^[ \t　]*[、,，]/u;
/**
 * A surname that is a word too (大島 健, 仲間 実) is one before a given name that is no word: two nouns with a space
 * are a phrase.
 */
const isListedFullName = (full: string): boolean => {
  const [surname, given] = full.split(/[ 　]/u) as [string, string];
  const nouns = commonNouns();
  const { surnames, givenNames, nounGivenNames } = nameLexicon();
  // A surname the dictionary lacks (矢野目 拓) before a given name it lists that is no noun, the surname no word's.
  const unlisted = !surnames.has(surname) && !nouns.has(surname) && !PLACE_OR_TITLE_END.test(surname) && !nounGivenNames.has(given);
  return (surnames.has(surname) || unlisted) && givenNames.has(given) && !PLACE_SURNAMES.has(surname) && !(nouns.has(surname) && nouns.has(given));
};
/**
 * A list's middle item, joined on both sides, its surname one the dictionary lacks though a noun (猪子, a boar's young) and
 * its given name one it lists, a noun too (健): two nouns with a space are a phrase, not this.
 */
const isMiddleFullName = (full: string): boolean => {
  const [surname, given] = full.split(/[ 　]/u) as [string, string];
  const nouns = commonNouns();
  return nameLexicon().givenNames.has(given) && !PLACE_SURNAMES.has(surname) && !PLACE_OR_TITLE_END.test(surname) && !(nouns.has(surname) && nouns.has(given));
};
/** A kanji surname, listed or no word's, and a hiragana given name of three kana, or two that read as a given name only (ちえ). */
const isKanaGivenItem = (item: string): boolean => {
  const [surname, given] = item.split(/[ 　]/u) as [string, string];
  const { surnames, givenNameReadings, wordReadings } = nameLexicon();
  const surnameHere = (surnames.has(surname) || !commonNouns().has(surname)) && !PLACE_SURNAMES.has(surname) && !PLACE_OR_TITLE_END.test(surname);
  return surnameHere && (isHiraganaGivenName(given) || (givenNameReadings.has(asReading(given)) && !wordReadings.has(asReading(given))));
};
/** A team's or a department's word after a name and a comma (Rafael Souza Lima, Sales): the person's desk, no second person. */
const TEAM_WORD = new RegExp(`^(?:${TEAM})$`);
/** A post's abbreviated first word after a name and a comma (Sarah Connor, Hon. Secretary; Asst. Manager): no second person. */
const POST_ABBREVIATION = /^(?:Hon|Rev|Asst|Dep|Actg|Exec|Gen)$/;
const LATIN_ITEM = new RegExp(`^([A-Z][a-z]{1,15})(?![A-Za-z])${LATIN_LIST_GOES_ON}`, "u");
/**
 * One capitalised word ending a list before a note in brackets (Juniors: [Arnav], [Teodor], Rose (notes in the drawer)):
 * a given name of the lists, an English word too (Rose, Ivy), for a product ends a list so as often (…, Chrome (browser)).
 */
const LATIN_ITEM_BEFORE_NOTE = /^([A-Z][a-z]{1,15})(?=[ \t]*[(（])/u;
const givenNameBeforeNote = (word: string): boolean => worldNames().latinGiven.has(word) && !isThing(word) && !isPlaceName(word) && !NOT_A_NAME_WORD.test(word);
/**
 * Two capitalised Latin words, a list's item after a joiner (名簿：[山田 花子]、Ayesha Rahman), which may end the line or
 * the cell as a listed name does; one word alone there is as often a product's (…、Chrome).
 */
const LATIN_PAIR_ITEM = new RegExp(`^(\\p{Lu}\\p{Ll}{1,15}[ \\t]\\p{Lu}\\p{Ll}{1,15})(?![\\p{L}])${latinListGoesOn("<|\\n")}`, "u");
/** Two capitalised Latin words, a list's item, at the end of what stands before a joiner. */
const LATIN_PAIR_BEFORE = /(?:^|(?<=[\s:：、,，(（]))(\p{Lu}\p{Ll}{1,15}[ \t]\p{Lu}\p{Ll}{1,15})$/u;

/** The list's item after a found name: a listed surname, a capitalised word or a listed full name, kanji or Latin. */
export function listItemAfter({ span, after }: Beside): Span | undefined {
  const joiner = JOINER_AFTER.exec(after);
  if (!joiner) return undefined;
  const rest = after.slice(joiner[0].length);
  const start = span.end + joiner[0].length;
  const kanji = KANJI_ITEM.exec(rest)?.[1];
  const beforeNote = LATIN_ITEM_BEFORE_NOTE.exec(rest)?.[1];
  const latin = LATIN_ITEM.exec(rest)?.[1] ?? (beforeNote !== undefined && givenNameBeforeNote(beforeNote) ? beforeNote : undefined);
  const full = KANJI_FULL_ITEM.exec(rest)?.[0];
  const latinPair = LATIN_PAIR_ITEM.exec(rest)?.[1];
  const kanaGiven = KANJI_HIRAGANA_ITEM.exec(rest)?.[0];
  const middle = full !== undefined && JOINER_NEXT.test(rest.slice(full.length));
  // A place that is a surname too (上野) is a person after a name only with an honorific after it.
  const item =
    kanji !== undefined && nameLexicon().preferredSurnames.has(kanji) && !PLACE_SURNAMES.has(kanji)
      ? kanji
      : latin !== undefined && !NOT_A_NAME_WORD.test(latin) && !TEAM_WORD.test(latin) && !POST_ABBREVIATION.test(latin)
        ? latin
        : full !== undefined && (isListedFullName(full) || (middle && isMiddleFullName(full)))
          ? full
          : kanaGiven !== undefined && isKanaGivenItem(kanaGiven)
            ? kanaGiven
            : latinPair !== undefined && isListedLatinName(latinPair)
              ? latinPair
              : undefined;
  return item === undefined ? undefined : { start, end: start + item.length };
}

/** The list's item before a found name: a surname, or a listed full name. */
export function listItemBefore({ span, before }: Beside): Span | undefined {
  const joinerBefore = JOINER_BEFORE.exec(before);
  if (!joinerBefore) return undefined;
  const { preferredSurnames, surnames } = nameLexicon();
  const kanji = KANJI_ITEM_BEFORE.exec(before.slice(0, joinerBefore.index))?.[1];
  // Before a name, joined to it as a list is (上野 と 坂口 が, 上野、坂口), a surname that is also a place counts; not
  // written straight before と (千葉と佐藤さん: from Chiba with Sato as likely).
  const listed = /[ \t　、,，]/u.test(joinerBefore[0]);
  const full = KANJI_FULL_ITEM_BEFORE.exec(before.slice(0, joinerBefore.index))?.[0];
  if (kanji !== undefined && (preferredSurnames.has(kanji) || (listed && PLACE_SURNAMES.has(kanji) && surnames.has(kanji)))) {
    const start = span.start - joinerBefore[0].length - kanji.length;
    return { start, end: start + kanji.length };
  }
  if (full !== undefined && listed && isListedFullName(full)) {
    const start = span.start - joinerBefore[0].length - full.length;
    return { start, end: start + full.length };
  }
  return undefined;
}

/**
 * One capitalised word opening a list after its label's colon, before a found name (alumni: Fumiya, [Daigo] and
 * [Itsuki]): a given name of the lists or one the dictionary reads in romaji, no English word, thing or place (Note:
 * Tokyo, …).
 */
const LATIN_WORD_OPENING_LIST = /(?<=[:：][ \t]*)(\p{Lu}\p{Ll}{1,15})$/u;
const givenNameOpeningList = (word: string): boolean =>
  isListedLatinName(word) || (spellsAsRomaji(word) && readsAsParts(word).given && isNameOnlyWord(word) && !NOT_A_NAME_WORD.test(word));

/**
 * A Latin full name as the list's item before a found name, after 、 or a comma (作業員名簿：Anh Tran、[ﾂﾁﾔ ｹﾝｼﾞ]、…), or a
 * given name opening the list.
 */
export function latinListItemBefore({ shadow, span, before }: Beside): Span | undefined {
  const joinerBefore = JOINER_BEFORE.exec(before);
  if (!joinerBefore || !/[、,，]/u.test(joinerBefore[0])) return undefined;
  const ahead = shadow.slice(Math.max(0, span.start - joinerBefore[0].length - 40), span.start - joinerBefore[0].length);
  const latinBefore = LATIN_PAIR_BEFORE.exec(ahead)?.[1] ?? LATIN_WORD_OPENING_LIST.exec(ahead)?.[1];
  if (latinBefore === undefined || !(latinBefore.includes(" ") ? isListedLatinName(latinBefore) : givenNameOpeningList(latinBefore))) return undefined;
  const start = span.start - joinerBefore[0].length - latinBefore.length;
  return { start, end: start + latinBefore.length };
}
