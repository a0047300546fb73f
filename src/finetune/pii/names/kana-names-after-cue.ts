import { gated, matchesOf, nameGroupSpans, type PiiDetector, type Span } from "../detector.js";
import { asReading, nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { KATAKANA_THING } from "./name-detectors.js";

/**
 * A name written in kana alone after the words that introduce a person: a staff member's post (アシスタント にしな,
 * 運営 ミナト), a spouse's or a child's word (つまの キミコ が行きます), a name's label (なまえ ちとせ です, 氏名 くどう たろう). Read as a
 * name by the dictionary's readings: kana alone is a word as often.
 */

/** A whole kana word: hiragana of three to six, or katakana of two to eight, half-width too. */
const KANA_WORD = "(?<name>\\p{Script=Hiragana}{3,6}|[\\p{Script=Katakana}ー\\uFF66-\\uFF9F]{2,8})(?![\\p{Script=Hiragana}\\p{Script=Katakana}ー\\uFF66-\\uFF9F])";

/** The name's end: the text's, the line's or a clause's, a bracket (ほりうち（アルバイト）), a particle or です. */
const NAME_ENDS = "(?=[ 　]*(?:$|\\n|[、。,，()（）/／]|が|は|に|も|と|を|です|だけど))";

// With the duties a name is written after on a note or a board (代筆 ひろし, 日直 あおい, 書記 みなと).
const STAFF_POST = "アシスタント|スタイリスト|スタッフ|マネージャー|運営|受付|店長|担当|代筆|日直|当番|書記|司会|記録|作成|記入";
export const KIN = "妻|夫|母|父|娘|息子|家内|主人|姪|甥|孫|兄|姉|弟|妹|祖母|祖父|叔母|叔父|伯母|伯父|つま|おっと|むすめ|むすこ";
/** A name's label, a form's too for the person who fills it in (氏名 くどう たろう, ご注文者：やまぐち けいこ). */
const NAME_LABEL = "なまえ|名前|お名前|氏名|(?:注文|申込|依頼|購入|記入|申請)者";

/**
 * A staff member's post, a kin's word or a name's label, then a space or a colon: the person's name follows. After a
 * kin's word an opening bracket too, where the name is listed before another writing of it (娘（みさき、山内 美咲）).
 */
const PERSON_WORD_BEFORE = `(?:(?<![\\p{Script=Katakana}ー\\p{Script=Han}])(?:${STAFF_POST})[ 　]*[:：]?[ 　]*|(?<!\\p{Script=Han})(?:${KIN})(?:の?[ 　]+|[（(](?=\\p{Script=Hiragana}{3,6}[、,，]))|(?:${NAME_LABEL})は?[ 　]*[:：]?[ 　]*)`;

const KANA_AFTER_CUE = new RegExp(`${PERSON_WORD_BEFORE}${KANA_WORD}${NAME_ENDS}`, "dgmu");

/** Whether a kana word reads as a surname or a given name of the dictionary. */
const readsAsName = (word: string): boolean => {
  const { surnameReadings, givenNameReadings } = nameLexicon();
  const reading = asReading(word);
  return surnameReadings.has(reading) || givenNameReadings.has(reading);
};

const kanaNameAfterCue: PiiDetector = gated(new RegExp(`${STAFF_POST}|${KIN}|${NAME_LABEL}`, "u"), {
  type: "PERSON",
  find: (shadow) =>
    nameGroupSpans(KANA_AFTER_CUE, shadow, readsAsName),
});

/**
 * A surname and a given name in hiragana, a space between, after the same words (姪 きみじま さえこ 090-…, 担当 しばた
 * ゆうこ): the first, of three kana or more, read as a surname, the second as a given name of the dictionary. Two such words after a person's
 * word are a name wherever the clause ends.
 */
const HIRAGANA_FULL_NAME_AFTER_CUE = new RegExp(
  `${PERSON_WORD_BEFORE}(?<surname>\\p{Script=Hiragana}{3,5})[ 　](?<given>\\p{Script=Hiragana}{2,4})(?!\\p{Script=Hiragana})`,
  "dgu",
);

const hiraganaFullNameAfterCue: PiiDetector = gated(/\p{Script=Hiragana}[ 　]\p{Script=Hiragana}/u, {
  type: "PERSON",
  find: (shadow) => {
    const { surnameReadings, givenNameReadings } = nameLexicon();
    return matchesOf(HIRAGANA_FULL_NAME_AFTER_CUE, shadow).flatMap((match) => {
      const { surname, given } = match.groups!;
      if (!surnameReadings.has(asReading(surname!)) || !givenNameReadings.has(asReading(given!))) return [];
      return [{ start: match.indices!.groups!.surname![0], end: match.indices!.groups!.given![1] }];
    });
  },
});

/**
 * A person's real name after 本名, a spaced kanji name whatever the dictionary lists (本名 柊 颯), and the kana or the
 * handle's word right before （本名 …）: the same person's other name, a player's or a pen name (ひいらぎ（本名 …）).
 */
const REAL_NAME =
  /(?:(?<![\p{Script=Hiragana}\p{Script=Katakana}ー\p{L}\p{N}_])(?<other>[\p{Script=Hiragana}\p{Script=Katakana}ー]{2,10}|[A-Za-z][A-Za-z0-9_]{1,15})[ 　]?[（(])?本名[ 　]*[:：は]?[ 　]*(?<name>\p{Script=Han}[\p{Script=Han}々]{0,3}[ 　][\p{Script=Han}\p{Script=Hiragana}々]{1,4}(?![\p{Script=Han}\p{Script=Hiragana}々]))?/dgu;

const realName: PiiDetector = gated(/本名/u, {
  type: "PERSON",
  find: (shadow): Span[] =>
    matchesOf(REAL_NAME, shadow).flatMap((match) =>
      [match.indices!.groups!.other, match.indices!.groups!.name].flatMap((group) => (group ? [{ start: group[0], end: group[1] }] : [])),
    ),
});

/**
 * A katakana full name, half-width as a member's record writes it, after the writer's own 私は or a name's label (私は ﾋﾞｾﾞﾝ
 * ﾀｸﾐ、会員ID …; お名前 ビゼン タクミ です), or after a bank account's kind and number as its holder's (普通 1234567 ﾅｶﾑﾗﾋﾙ
 * ﾊﾟﾄﾘｼｱ): the second word a given name of the dictionary, the first any katakana word (a rare surname's reading it
 * lacks), ending the clause. Not before に or で: 私は トヨタ アクア に乗っています is a car.
 */
const KATAKANA_FULL_NAME_AFTER_SELF = new RegExp(
  `(?:(?<![\\p{Script=Hiragana}\\p{Script=Han}])(?:私|僕|わたし|わたくし)は|(?:${NAME_LABEL}|氏名|本名|登録名|名義)は?[ 　]*[:：]?|(?:普通|当座|貯蓄)(?:預金)?[ 　]*\\d{6,8})[ 　]*(?<name>[\\p{Script=Katakana}ー\\uFF66-\\uFF9F]{2,8}[ 　](?<given>[\\p{Script=Katakana}ー\\uFF66-\\uFF9F]{2,6}))(?=[ 　]*(?:$|\\n|[、。,，（(]|です|と申))`,
  "dgmu",
);

const katakanaFullNameAfterSelf: PiiDetector = gated(new RegExp(`(?:私|僕|わたし|わたくし)は|${NAME_LABEL}|氏名|本名|登録名|名義|普通|当座|貯蓄`, "u"), {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(KATAKANA_FULL_NAME_AFTER_SELF, shadow).flatMap((match) => {
      const [start, end] = match.indices!.groups!.name!;
      const written = match.groups!.name!.split(/[ 　]/u);
      return nameLexicon().givenNameReadings.has(asReading(match.groups!.given!)) && !written.some((word) => KATAKANA_THING.test(word)) ? [{ start, end }] : [];
    }),
});

/**
 * An account's holder written as one katakana word after 名義 (名義 オイェラランテミトペ。, 口座名義：ムハンマドアリフ), as a
 * bank registers a foreign name it runs together: six kana or more, which no short word after 名義 is (名義 変更, 名義
 * カード). Not a thing's word (名義 キャッシュカード, 名義 オンラインバンキング) nor a firm's registered reading
 * (名義 カブシキガイシャミドリ, ヤマダショウジ).
 */
const ACCOUNT_HOLDER_ONE_WORD = /名義人?(?:は|[ 　]*[:：])?[ 　]*(?<name>[\p{Script=Katakana}ー]{6,16})(?=[ 　]*(?:$|\n|[、。,，（(]|です|で|の|様|さん))/dgmu;
export const THING_OR_FIRM_READING = /カード|ローン|アカウント|サービス|バンキング|プラン|ポイント|[カガ]イシャ|ショウジ|ショウテン|コウギョウ|ケンセツ|ギンコウ|ホケン|クミアイ|ホウジン/u;

const accountHolderOneWord: PiiDetector = gated(/名義/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(ACCOUNT_HOLDER_ONE_WORD, shadow).flatMap((match) => {
      const name = match.groups!.name!;
      if (KATAKANA_THING.test(name) || THING_OR_FIRM_READING.test(name) || nameLexicon().wordReadings.has(name)) return [];
      const [start, end] = match.indices!.groups!.name!;
      return [{ start, end }];
    }),
});

/**
 * A display name decorated with a symbol between its kana parts, after a chat's label for it (LINE名 ﾊﾅ☆ｺﾊﾞﾔｼ, 表示名：ユキ♪タナカ):
 * the person's name, one part read as a surname or a given name of the dictionary.
 */
const KANA_PART = "[\\p{Script=Hiragana}\\p{Script=Katakana}ー\\uFF66-\\uFF9F]{1,8}";
const DECORATED_DISPLAY_NAME = new RegExp(
  `(?:LINE名|LINEの名前|表示名|ニックネーム|アカウント名|ハンドルネーム)[ 　]*(?:は|[:：])?[ 　]*(?<name>(?<first>${KANA_PART})[☆★♪♡♥❤＊*](?<second>${KANA_PART}))(?![\\p{Script=Hiragana}\\p{Script=Katakana}ー\\uFF66-\\uFF9F])`,
  "dgu",
);

/**
 * Or a chat turn's speaker so decorated, an emoji too between the parts, after the turn's time and before the colon
 * (`[21:05] しろうさ🐰みほ: …`, `09:12 ユキ♪タナカ：…`).
 */
const DECORATED_CHAT_SPEAKER = new RegExp(
  `(?<![0-9:])\\[?\\d{1,2}:\\d{2}(?::\\d{2})?\\]?[ \\t]+(?<name>(?<first>${KANA_PART})(?:[☆★♪♡♥❤＊*]|\\p{Extended_Pictographic}\\uFE0F?){1,2}(?<second>${KANA_PART}))[ \\t]*[:：]`,
  "dgu",
);

const decoratedNameSpans = (pattern: RegExp) => (shadow: string) =>
  matchesOf(pattern, shadow).flatMap((match) => {
    const [start, end] = match.indices!.groups!.name!;
    return readsAsName(match.groups!.first!) || readsAsName(match.groups!.second!) ? [{ start, end }] : [];
  });

const decoratedDisplayName: PiiDetector = gated(/(?:LINE名|LINEの名前|表示名|ニックネーム|アカウント名|ハンドルネーム)/u, {
  type: "PERSON",
  find: decoratedNameSpans(DECORATED_DISPLAY_NAME),
});

const decoratedChatSpeaker: PiiDetector = gated(new RegExp(`\\d:\\d\\d\\]?[ \\t]+${KANA_PART}[^:：\\n]{1,6}${KANA_PART}[ \\t]*[:：]`, "u"), {
  type: "PERSON",
  find: decoratedNameSpans(DECORATED_CHAT_SPEAKER),
});

/**
 * A foreign resident's name in katakana, its parts joined by ・, after a part-timer's, a student's or a child's word (アルバイト
 * ハリム・サフィラ、, うちの子 ソン・ミンジェ（…）, 留学生 ティ・ハン は): the word says a person follows; no part a word of the
 * dictionary or a thing's (アルバイト ホール・スタッフ, 息子 サッカー・クラブ), as a job's or a team's words are.
 */
const DOT_JOINED_AFTER_PERSON_WORD = new RegExp(
  `(?<![\\p{Script=Han}\\p{Script=Katakana}ー])(?:アルバイト|パート|留学生|研修生|実習生|うちの子|子ども|子供|息子|娘|[長次三][男女])[ 　]+(?<name>[\\p{Script=Katakana}ー]{2,8}(?:・[\\p{Script=Katakana}ー]{2,8}){1,2})${NAME_ENDS}`,
  "dgmu",
);

const dotJoinedNameAfterPersonWord: PiiDetector = gated(/(?:アルバイト|パート|留学生|研修生|実習生|子|子ども|娘|[男女])[ 　]+\p{Script=Katakana}/u, {
  type: "PERSON",
  find: (shadow) => nameGroupSpans(DOT_JOINED_AFTER_PERSON_WORD, shadow, (name) => !name.split("・").some((part) => KATAKANA_THING.test(part) || nameLexicon().wordReadings.has(asReading(part)))),
});

export const KANA_NAME_AFTER_CUE_DETECTORS: readonly PiiDetector[] = [
  hiraganaFullNameAfterCue,
  kanaNameAfterCue,
  realName,
  katakanaFullNameAfterSelf,
  accountHolderOneWord,
  decoratedDisplayName,
  decoratedChatSpeaker,
  dotJoinedNameAfterPersonWord,
];
