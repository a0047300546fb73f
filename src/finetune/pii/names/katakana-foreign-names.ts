import { gated, matchesOf, type PiiDetector } from "../detector.js";
import { isEastAsianFamily } from "./east-asian-kanji-names.js";
import { asReading, wordReadings } from "../lexicon/japanese-name-lexicon.js";

/**
 * A Vietnamese full name in katakana, its parts joined by ・ or spaces, in full or half width (グエン・ヴァン・ミン, ファム・ティ・ラン,
 * ｸﾞｴﾝ ｳﾞｧﾝ ﾄｩｱﾝ, ド・ヴァン・トゥアン: Đỗ written short): a family name of the list, then a middle name of the list, then one or two syllables. The middle
 * name says a person: a thing's katakana name (ファン・ミーティング) has none.
 */
const KATAKANA_FAMILY = new Set("グエン|チャン|ファム|ホアン|フイン|ファン|ヴー|ブー|ヴォー|ボー|ダン|ブイ|ドー|ド|ホー|ゴー|ズオン|ディン|チュオン|ルオン|ドアン|レー|レ".split("|"));
const KATAKANA_MIDDLE = new Set("ティ|ティー|ヴァン|バン|ドゥック|ドク|フー|ゴック|クオック|スアン|コン|ミン|タイン|キム|ホン|バオ".split("|"));
const KATAKANA_PART = "[\\p{Script=Katakana}ｰﾞﾟー]{1,8}";
// Not a piece of a longer katakana run; after a kanji name and ・ it is the next of a list (脇坂・ブイ・ヴァン・ナム).
const KATAKANA_PARTS = new RegExp(`(?<![\\p{Script=Katakana}ｰﾞﾟー]|[\\p{Script=Katakana}ｰﾞﾟー]・)${KATAKANA_PART}(?:[・ 　]${KATAKANA_PART}){2,3}(?![\\p{Script=Katakana}ｰﾞﾟー・])`, "gu");

/**
 * The two middle names that say a Vietnamese woman's or man's name (Thị, Văn) whatever its family name, one the list lacks
 * too (チン・ヴァン・…, マイ・ティ・…): a family name of one syllable, two kana (not ホワイト・ティ・ポット, a teapot).
 */
const MARKING_MIDDLE = new Set(["ティ", "ヴァン"]);
const isVietnameseFamilyAndMiddle = (family: string, middle: string): boolean =>
  (KATAKANA_FAMILY.has(family) && KATAKANA_MIDDLE.has(middle)) || (MARKING_MIDDLE.has(middle) && /^\p{Script=Katakana}{2}$/u.test(family));

export const vietnameseKatakanaName: PiiDetector = gated(/[\p{Script=Katakana}ｰﾞﾟー][・ 　][\p{Script=Katakana}ｰﾞﾟ]/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(KATAKANA_PARTS, shadow)
      .filter((match) => {
        const [family, middle] = match[0].normalize("NFKC").split(/[・ 　]/);
        return isVietnameseFamilyAndMiddle(family!, middle!);
      })
      .map((match) => ({ start: match.index, end: match.index + match[0].length })),
});

/**
 * A name in katakana of three parts or four joined by ・ or ･, in full or half width, a middle part a family name's
 * particle (ﾏﾙｺｽ･ﾀﾞ･ｼﾙﾊﾞ, ジョアン・デ・ソウザ, ヨハン・ファン・デル・ベルク): a Portuguese, Spanish, Dutch or German name,
 * whole, which rules reading its parts one at a time leave the particle of. Not a wine's, a hotel's or a dish's name
 * (シャトー・ド・ラ・リヴィエール, ア・ラ・カルト): a maker's or a place's word first, or a first part of one kana.
 */
const NAME_PARTICLE = new Set("ダ|デ|ド|ドス|ダス|デル|デラ|ディ|ファン|ヴァン|フォン|ヴォン|デュ|ドゥ".split("|"));
const NOT_A_GIVEN_PART = /^(?:シャトー|ドメーヌ|メゾン|ホテル|カフェ|レストラン|サン|サンタ|サント|リストランテ|トラットリア|ポルト|リオ|ラ|ル|ア|オ)$/u;
const PARTS_JOINED = new RegExp(`(?<![\\p{Script=Katakana}ｰﾞﾟー・･])${KATAKANA_PART}(?:[・･]${KATAKANA_PART}){2,3}(?![\\p{Script=Katakana}ｰﾞﾟー・･])`, "gu");

export const particleKatakanaName: PiiDetector = gated(/[・･][\p{Script=Katakana}ﾞ]{1,4}[・･]/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(PARTS_JOINED, shadow)
      .filter((match) => {
        const parts = match[0].normalize("NFKC").split("・");
        return parts.slice(1, -1).some((part) => NAME_PARTICLE.has(part)) && parts[0]!.length >= 2 && parts.at(-1)!.length >= 2 && !NOT_A_GIVEN_PART.test(parts[0]!);
      })
      .map((match) => ({ start: match.index, end: match.index + match[0].length })),
});

/**
 * The parts of a Vietnamese name in katakana that a note goes on to write alone: its family name (ブイ of ブイ・ヴァン・トゥン:
 * 現着（ブイ）) and its given name of three kana or more (ブイ・ヴァン・トゥン … トゥン 携帯), by which a colleague is called,
 * unless the dictionary reads it as a word; empty for any other value.
 */
export function vietnameseKatakanaParts(value: string): string[] {
  const parts = value.split(/[・ 　]/);
  if (parts.length < 3) return [];
  const [family, middle] = parts.map((part) => part.normalize("NFKC"));
  if (!isVietnameseFamilyAndMiddle(family!, middle!) || family!.length < 2) return [];
  const given = parts.at(-1)!;
  return given.length >= 3 && !wordReadings().has(asReading(given)) ? [parts[0]!, given] : [parts[0]!];
}

/**
 * A Korean or a Chinese name in katakana, family name and given name joined by ・ (キム・ミンジュ, パク・ジフン, ワン・ズーハン,
 * チェン・シャオメイ), where the text says it is a person's: after a student's, a trainee's or a name's word (留学生
 * キム・ミンジュ, 氏名：リウ・ヤン), or before its kanji writing in brackets, a family name of that list first and a given name of one or two kanji (ワン・ズーハン（漢字は 王 子涵）),
 * or before its hangul, as a clinic's or a school's table gives both (パク・ソヨン 박소연, キム・ジフン<br>김지훈). The same
 * family names start loanwords' phrases (ワン・チーム, ワン・ピース, ハン・バーガー), which neither cue stands beside.
 */
const EAST_ASIAN_KATAKANA_FAMILY =
  "キム|パク|チェ|チョン|カン|チョ|ユン|イム|クォン|ファン|アン|ソン|リュ|ホン|ハン|イ|ワン|リー|リ|チャン|チェン|リウ|ヤン|ジャオ|ウー|ジョウ|シュー|スン|マー|グオ|ガオ|リン|ルオ|リャン|タン|フォン|ドン|シャオ|ツァイ|パン";
const KATAKANA_FAMILIES = new Set(EAST_ASIAN_KATAKANA_FAMILY.split("|"));
/** Whether a katakana word is a Korean or a Chinese family name of that list. */
export const isEastAsianKatakanaFamily = (word: string): boolean => KATAKANA_FAMILIES.has(word);
const PERSON_WORD_BEFORE = "(?:留学生|学生|生徒|児童|研修生|実習生|社員|選手|氏名|名前|本名)[ 　]*[:：は]?[ 　]*";
const EAST_ASIAN_DOTTED_NAME = new RegExp(
  `(?<cue>${PERSON_WORD_BEFORE})?(?<![\\p{Script=Katakana}ー・])(?<name>(?:${EAST_ASIAN_KATAKANA_FAMILY})・[\\p{Script=Katakana}ー]{2,6})(?![\\p{Script=Katakana}ー・])(?=[（(](?:漢字は?)?[ 　:：]*(?<kanji>\\p{Script=Han})[ 　]?\\p{Script=Han}{1,2}[）)]|(?<hangul>[ 　]*(?:<br ?\\/?>)?[ 　]*[（(]?\\p{Script=Hangul}{2,4}(?!\\p{Script=Hangul}))|)`,
  "dgu",
);

export const eastAsianKatakanaName: PiiDetector = gated(new RegExp(`(?:${EAST_ASIAN_KATAKANA_FAMILY})・`, "u"), {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(EAST_ASIAN_DOTTED_NAME, shadow).flatMap((match) => {
      const kanji = match.groups!.kanji;
      if (match.groups!.cue === undefined && match.groups!.hangul === undefined && (kanji === undefined || !isEastAsianFamily(kanji))) return [];
      const [start, end] = match.indices!.groups!.name!;
      return [{ start, end }];
    }),
});
