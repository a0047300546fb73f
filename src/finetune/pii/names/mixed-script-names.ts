import { CHAT_ROLE_JA } from "../context/chat-roles.js";
import { gated, matchesOf, type PiiDetector } from "../detector.js";
import { asReading, commonNouns, nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { KATAKANA_THING } from "./name-detectors.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";
import { familyName } from "../lexicon/lexicon-latin-names.js";
import { isPlaceName } from "./english-person-tagger.js";

/**
 * A full name whose surname is in kana and whose given name is in kanji: a married foreigner's family name in katakana
 * (フェルト 亜紀, as a Japanese spouse is registered), or a surname its bearer writes in hiragana (うるま 沙織, a city's
 * name too). The kana a surname the dictionary reads (hiragana) or any katakana word that names no thing, the kanji a
 * given name of two or three it lists that is no common noun: neither half alone says a person. Not kana written on
 * from kanji, a compound's end (有料老人ホーム 和泉の郷: a care home's kind, then its name), unless the kanji are a
 * surname the dictionary lists and the katakana no word it reads: a double surname glued, a Japanese and a foreign
 * parent's (佐々木リンドグレン 芽衣, 山田ガルシア 健太).
 */
const KANA_THEN_KANJI_GIVEN =
  /(?<![\p{Script=Hiragana}\p{Script=Katakana}ー\p{Script=Han}々])(?<kanji>\p{Script=Han}[\p{Script=Han}々]{0,2}(?=\p{Script=Katakana}))?(?<surname>\p{Script=Hiragana}{3,5}|[\p{Script=Katakana}ー]{3,8})[ 　](?<given>\p{Script=Han}[\p{Script=Han}々]{1,2})(?![\p{Script=Han}々])/dgu;

/** A staff's role word before a given name (スタッフ 花子 様, オペレーター 美咲): the person's part, not their family name. */
const ROLE_WORD = new RegExp(`^${CHAT_ROLE_JA}$`, "u");

const kanaSurnameKanjiGiven: PiiDetector = gated(/[\p{Script=Hiragana}\p{Script=Katakana}ー][ 　]\p{Script=Han}/u, {
  type: "PERSON",
  find: (shadow) => {
    const { givenNames, nounGivenNames, surnameReadings, surnames, wordReadings } = nameLexicon();
    return matchesOf(KANA_THEN_KANJI_GIVEN, shadow).flatMap((match) => {
      const { kanji, surname, given } = match.groups! as { kanji?: string; surname: string; given: string };
      if (!givenNames.has(given) || nounGivenNames.has(given) || commonNouns().has(given)) return [];
      if (kanji !== undefined && (!surnames.has(kanji) || wordReadings.has(surname))) return [];
      const named = /^\p{Script=Hiragana}/u.test(surname) ? surnameReadings.has(asReading(surname)) : !KATAKANA_THING.test(surname) && !ROLE_WORD.test(surname);
      return named ? [{ start: match.index, end: match.index + match[0].length }] : [];
    });
  },
});

/**
 * A foreign family name in Latin letters before a kanji given name, as a Japanese spouse who took it writes the name
 * (Kowalczyk 美穂, Sharma 優子): the family name one the name lists hold that is no English word, thing or place, the
 * kanji a given name of two or three the dictionary lists that is no common noun (Canon 本体, Sony 純正 are none).
 */
const LATIN_THEN_KANJI_GIVEN = /(?<![\p{L}\p{N}'’.@_-])(?<surname>\p{Lu}\p{Ll}{2,15})[ 　](?<given>\p{Script=Han}[\p{Script=Han}々]{1,2})(?![\p{Script=Han}々])/dgu;

const latinSurnameKanjiGiven: PiiDetector = gated(/[a-z][ 　]\p{Script=Han}/u, {
  type: "PERSON",
  find: (shadow) => {
    const { givenNames, nounGivenNames } = nameLexicon();
    return matchesOf(LATIN_THEN_KANJI_GIVEN, shadow).flatMap((match) => {
      const { surname, given } = match.groups! as { surname: string; given: string };
      if (!givenNames.has(given) || nounGivenNames.has(given) || commonNouns().has(given)) return [];
      return worldNames().latinFamily.has(surname) && familyName(surname) && !isPlaceName(surname) ? [{ start: match.index, end: match.index + match[0].length }] : [];
    });
  },
});

/**
 * A kanji surname and a given name of katakana and 子, as older women's names are registered (陣内 トシ子, 森ハナ子): the
 * form itself is a given name's. The surname one the dictionary lists, or two or three kanji that are no common noun
 * before a space (昨日トシ子 reads as a day's word first).
 */
const KANJI_THEN_KATAKANA_KO = /(?<![\p{Script=Han}々ヶ])(?<surname>\p{Script=Han}[\p{Script=Han}々ヶ]{0,2})[ 　]?(?<given>\p{Script=Katakana}{1,3}子)(?![\p{Script=Han}\p{Script=Katakana}ー々])/dgu;

const kanjiSurnameKatakanaKo: PiiDetector = gated(/\p{Script=Katakana}子/u, {
  type: "PERSON",
  find: (shadow) => {
    const { surnames } = nameLexicon();
    return matchesOf(KANJI_THEN_KATAKANA_KO, shadow).flatMap((match) => {
      const surname = match.groups!.surname!;
      const spaced = match[0].length > surname.length + match.groups!.given!.length;
      const named = surnames.has(surname) || (spaced && surname.length >= 2 && !commonNouns().has(surname));
      return named ? [{ start: match.index, end: match.index + match[0].length }] : [];
    });
  },
});

/**
 * A kanji surname, a katakana given name and a kanji one, as a child of a foreign parent is registered (仲宗根 ブライアン
 * 健, 山城 マリア 恵子): the surname one the dictionary lists, the katakana a given name it reads and no thing's word,
 * the kanji a given name it lists that is no common noun (山田 チーム 長, 佐藤 サポート 部 are not). The foreign given
 * name may be in Latin letters, full-width too (大城 Ｒｉｃａｒｄｏ 健二): a Latin given name the name lists hold.
 */
const KANJI_KATAKANA_KANJI =
  /(?<![\p{Script=Han}々ヶ])(?<surname>\p{Script=Han}[\p{Script=Han}々ヶ]{0,3})[ 　](?<kana>[\p{Script=Katakana}ー]{2,8}|[A-Z][a-z]{1,14})[ 　](?<middle>\p{Script=Han}[\p{Script=Han}々]{0,2})(?![\p{Script=Han}々])/dgu;

const isForeignGivenName = (word: string): boolean =>
  /^[A-Z]/u.test(word) ? worldNames().latinGiven.has(word) : nameLexicon().givenNameReadings.has(word) && !KATAKANA_THING.test(word) && !ROLE_WORD.test(word);

/** Registered before the two-part name rules, which would take 山城 マリア and leave 恵子. */
export const KANJI_KATAKANA_KANJI_NAME: PiiDetector = gated(/\p{Script=Han}[ 　](?:[\p{Script=Katakana}ー]{2,8}|[A-Z][a-z]+)[ 　]\p{Script=Han}/u, {
  type: "PERSON",
  find: (shadow) => {
    const { surnames, givenNames } = nameLexicon();
    return matchesOf(KANJI_KATAKANA_KANJI, shadow).flatMap((match) => {
      const { surname, kana, middle } = match.groups! as { surname: string; kana: string; middle: string };
      if (!surnames.has(surname) || !isForeignGivenName(kana)) return [];
      return givenNames.has(middle) && !commonNouns().has(middle) ? [{ start: match.index, end: match.index + match[0].length }] : [];
    });
  },
});

export const MIXED_SCRIPT_NAME_DETECTORS: readonly PiiDetector[] = [kanaSurnameKanjiGiven, latinSurnameKanjiGiven, kanjiSurnameKatakanaKo];
