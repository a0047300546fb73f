import { gated, matchesOf, nameGroupSpans, type PiiDetector, type Span } from "../detector.js";
import { asReading, commonNouns, nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { KATAKANA_THING, readsAs } from "./name-detectors.js";
import { FAMILIAR_HONORIFICS, honorificAlternation } from "../lexicon/honorifics.js";

/**
 * Names a chat export and a family's or a school's messages give people by: a parent by their child (みさきママ, ケンタ父,
 * あおいちゃんのママ, ルカスの母), a display name after the message's time (20:21 Takumi Ueda 大丈夫です), a katakana
 * name after a writer's label (記入：ファム・ティ・ラン, 記：スギモト) or before a title (スギウラ会長), or signing a message.
 */

const KANA_BOUNDARY = "(?<=^|[\\s、。，,（(「『:：>])";
/** Words before ママ/パパ/父/母 that are no child: うちのママ, ワーキングママ, ホストファミリー's ホストママ. */
const NOT_A_CHILD =
  /^(?:うち|おれ|ぼく|わたし|あたし|わが|みんな|よその|ワーキング|シングル|ステップ|ベテラン|ホスト|ゴッド|ボス|ママ|パパ|ミセス|チーム|クラス|グループ|サークル|ヤング|ニュー|おばあ|おじい|あか|ねえ|にい|おねえ|おにい)$/u;
/**
 * The child's name before the parent's word: with ちゃん/くん/君 and の before ママ/パパ/父/母 (あおいちゃんのママ), katakana
 * and の before 母/父 (ルカスの母), or written straight before it (みさきママ, ケンタ父, ケンタパパ; hiragana only before
 * ママ/パパ, since お父 and ってお母 end other words).
 */
const CHILD_OF = new RegExp(
  `${KANA_BOUNDARY}(?<name>[\\p{Script=Hiragana}]{2,5}|[\\p{Script=Katakana}ー]{2,8})(?:${honorificAlternation(...FAMILIAR_HONORIFICS)}の?(?:ママ|パパ|父|母)|(?<=[\\p{Script=Katakana}ー])の(?:母|父)(?=[のがはにと、。\\s]|です)|(?:ママ|パパ)|(?<=[\\p{Script=Katakana}ー])[父母](?![\\p{Script=Han}さ]))`,
  "dgu",
);

/** A child's full name in kanji before の母, の父 or の保護者, as a parent introduces themself (4年2組の 真柴 律 の母です). */
const KANJI_CHILD_OF = /(?<![\p{Script=Han}々])(?<name>\p{Script=Han}{1,4}[ 　]\p{Script=Han}[\p{Script=Han}々]{0,2})[ 　]?の(?:母|父|祖母|祖父|保護者)(?=です|でございます|より|から|[、。\s]|$)/dgu;

const childOfParent: PiiDetector = gated(/ママ|パパ|[父母]|保護者/u, {
  type: "PERSON",
  find(shadow) {
    const spans: Span[] = [];
    const { surnames, givenNames } = nameLexicon();
    for (const match of matchesOf(KANJI_CHILD_OF, shadow)) {
      const [surname, given] = match.groups!.name!.split(/[ 　]/u) as [string, string];
      if (!surnames.has(surname) || (commonNouns().has(given) && !givenNames.has(given))) continue;
      const [start, end] = match.indices!.groups!.name!;
      spans.push({ start, end });
    }
    CHILD_OF.lastIndex = 0;
    for (let match = CHILD_OF.exec(shadow); match !== null; match = CHILD_OF.exec(shadow)) {
      const name = match.groups!.name!;
      if (NOT_A_CHILD.test(name) || name.endsWith("の")) continue;
      const [start, end] = match.indices!.groups!.name!;
      spans.push({ start, end });
    }
    return spans;
  },
});

/**
 * A display name of two romaji words after a message's time at the start of a line, before the message in Japanese or
 * a quote (20:21 Takumi Ueda 大丈夫です): a surname's reading and a given name's, so that a schedule's item in English
 * (10:00 Opening Remarks 開会) stays.
 */
const CHAT_LINE = /^\d{1,2}:\d{2}[ \t]+(?<first>[A-Z][a-z]{1,11})[ \t]+(?<second>[A-Z][a-z]{1,11})[ \t]+(?=[^\x00-\x7f]|>)/dgmu;

const chatDisplayName: PiiDetector = gated(/^\d{1,2}:\d{2}[ \t]+[A-Z]/mu, {
  type: "PERSON",
  find(shadow) {
    const { surnameReadings, givenNameReadings } = nameLexicon();
    const spans: Span[] = [];
    CHAT_LINE.lastIndex = 0;
    for (let match = CHAT_LINE.exec(shadow); match !== null; match = CHAT_LINE.exec(shadow)) {
      const { first, second } = match.groups!;
      const reads =
        (readsAs(first!, givenNameReadings) && readsAs(second!, surnameReadings)) || (readsAs(first!, surnameReadings) && readsAs(second!, givenNameReadings));
      if (reads) spans.push({ start: match.indices!.groups!.first![0], end: match.indices!.groups!.second![1] });
    }
    return spans;
  },
});

/**
 * A katakana name after a writer's or a receiver's label (記入：ファム・ティ・ラン, 記：スギモト, 受け：ホリウチ) or before a
 * title (スギウラ会長, ヒラノ（現場リーダー）): of two parts or more joined by ・ as written, of one when it reads as a surname.
 */
const KATAKANA_NAME = "[\\p{Script=Katakana}ー]{2,8}(?:・[\\p{Script=Katakana}ー]{1,8}){0,3}";
/** The writer's department may stand between the label and the name (起票者: デザイン課 ソフィア・ロッシ). */
const AFTER_LABEL = new RegExp(
  `(?:記入|記|受け|起票|報告|作成)者?[:：][ \\t]*(?:[\\p{Script=Han}\\p{Script=Katakana}ーA-Za-z]{1,8}[部課室係班][ \\t　]+)?(?<name>${KATAKANA_NAME})(?![\\p{Script=Katakana}ー・])`,
  "dgu",
);
/** A foreign name of parts joined by ・ after 担当 and a space, as a reply signs (— IT 担当 ハリド・ラフマン). */
const AFTER_IN_CHARGE = /担当[ \t　]+(?<name>[\p{Script=Katakana}ー]{2,8}(?:・[\p{Script=Katakana}ー]{2,8}){1,2})(?![\p{Script=Katakana}ー・])/dgu;
const BEFORE_TITLE = new RegExp(
  `(?<![\\p{Script=Katakana}ー・])(?<name>${KATAKANA_NAME})(?=会長|副会長|部長|課長|社長|係長|校長|教頭|班長|主任|[（(][^）)\\n]{0,8}(?:リーダー|担当|主任|長)[）)])`,
  "dgu",
);

const katakanaNameByLabel: PiiDetector = gated(/[:：][ \t]*[\p{Script=Katakana}]|[部課室係班][ \t　]+[\p{Script=Katakana}]|担当[ \t　]+[\p{Script=Katakana}]|[\p{Script=Katakana}ー](?:会長|副会長|部長|課長|社長|係長|校長|教頭|班長|主任|[（(])/u, {
  type: "PERSON",
  find(shadow) {
    const { surnameReadings } = nameLexicon();
    const spans: Span[] = [];
    for (const pattern of [AFTER_LABEL, BEFORE_TITLE, AFTER_IN_CHARGE]) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(shadow); match !== null; match = pattern.exec(shadow)) {
        const name = match.groups!.name!;
        if (!name.includes("・") && !surnameReadings.has(asReading(name))) continue;
        if (name.split("・").some((part) => KATAKANA_THING.test(part))) continue;
        const [start, end] = match.indices!.groups!.name!;
        spans.push({ start, end });
      }
    }
    return spans;
  },
});

/**
 * A comment's author in brackets after コメント or 返信, as a ticket's thread heads each message (コメント（呉）: …): a
 * surname the dictionary lists that is no common noun, a kanji full name whose surname or given name it lists, or
 * katakana that reads as a surname or is joined by ・; not a field's note (コメント（任意）:, 返信（自動）:).
 */
const KANJI_OR_KANA_NAME = "\\p{Script=Han}{1,4}(?:[ 　]\\p{Script=Han}[\\p{Script=Han}々]{0,2})?|[\\p{Script=Katakana}ー]{2,8}(?:[・ 　][\\p{Script=Katakana}ー]{1,8}){0,2}";
const COMMENT_AUTHOR = new RegExp(`(?:コメント|返信|回答|追記|投稿)[（(](?<name>${KANJI_OR_KANA_NAME})[）)][ \\t]*[:：]`, "dgu");

function isAuthorName(name: string): boolean {
  const { surnames, givenNames, surnameReadings } = nameLexicon();
  const [first, second] = name.split(/[ 　・]/u);
  if (/^\p{Script=Han}/u.test(name)) return second !== undefined ? (surnames.has(first!) || givenNames.has(second)) && !commonNouns().has(second) : surnames.has(name) && !commonNouns().has(name);
  if (name.split(/[ 　・]/u).some((part) => KATAKANA_THING.test(part))) return false;
  return second !== undefined || surnameReadings.has(asReading(name));
}

const commentAuthor: PiiDetector = gated(/(?:コメント|返信|回答|追記|投稿)[（(]/u, {
  type: "PERSON",
  find: (shadow) =>
    nameGroupSpans(COMMENT_AUTHOR, shadow, isAuthorName),
});

/**
 * A name after the words that say how it is written, as a form or a register notes it (漢字表記 金 素妍, カナ ナカシマブラウン
 * オリビア グレース, フリガナ：ヤマダ タロウ): a kanji name of two parts whose surname the dictionary lists, or katakana
 * words of two parts or more; not a form's own words (フリガナ カタカナ 入力).
 */
const NAME_AS_WRITTEN = /(?:漢字|カナ|かな|フリガナ|ふりがな)(?:表記|氏名)?(?:[:：][ \t　]*|[ \t　]+)(?:(?<kanji>\p{Script=Han}{1,4}[ 　]\p{Script=Han}[\p{Script=Han}々]{0,2})(?![\p{Script=Han}々])|(?<kana>[\p{Script=Katakana}ー]{2,12}(?:[ 　・][\p{Script=Katakana}ー]{2,12}){1,3})(?![\p{Script=Katakana}ー]))/dgu;

// Gated on the label and what follows it: かな alone is in too many words (なかなか).
const nameAsWritten: PiiDetector = gated(/(?:漢字|カナ|かな|フリガナ|ふりがな)(?:表記|氏名)?[:：\s]/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(NAME_AS_WRITTEN, shadow).flatMap((match) => {
      const { kanji, kana } = match.groups!;
      const parts = (kanji ?? kana)!.split(/[ 　・]/u);
      const named = kanji !== undefined ? nameLexicon().surnames.has(parts[0]!) && !commonNouns().has(parts[1]!) : !parts.some((part) => KATAKANA_THING.test(part) || FORM_WORD.test(part));
      const [start, end] = match.indices!.groups![kanji !== undefined ? "kanji" : "kana"]!;
      return named ? [{ start, end }] : [];
    }),
});
/** A form's own katakana words after フリガナ or カナ (カナ 入力, フリガナ カタカナ). */
const FORM_WORD = /^(?:カタカナ|ヒラガナ|ローマジ|ログイン|ボタン|エラー|チェック|スペース|フォント|キー|モード|ナシ)$/u;

/**
 * A foreign name in katakana, two or three parts joined by ・, alone after a message's last sentence: its writer signing
 * (…教えてください。ピーター・ヴァンダム). Not a thing's name (…お選びください。マイ・ページ).
 */
const KATAKANA_SIGNATURE = /(?<=[。！？!?][ \t　\n]*)(?<name>[\p{Script=Katakana}ー]{2,8}(?:・[\p{Script=Katakana}ー]{2,8}){1,2})[ \t　]*$/du;

const katakanaSignature: PiiDetector = gated(/・[\p{Script=Katakana}ー]{2,8}[ \t　]*$/u, {
  type: "PERSON",
  find(shadow) {
    const match = KATAKANA_SIGNATURE.exec(shadow);
    if (match === null || match.groups!.name!.split("・").some((part) => KATAKANA_THING.test(part))) return [];
    const [start, end] = match.indices!.groups!.name!;
    return [{ start, end }];
  },
});

/**
 * A child's given name alone after the child's or a grandchild's place in the family (長女 結菜 の番号, 次男：大翔, 長男・悠真,
 * 長男の太郎が, 孫 さくら の): a given name of the dictionary, or after a space or a colon a two-kanji word that is no
 * common noun (長女 誕生 is news, not a name) or hiragana that reads as a given name. Written with its surname, the role
 * cues take the whole name first. A kanji name's reading in brackets beside it, a given name's fitting its kanji, is the
 * name too, and makes a common noun one (長男 大空（そら、6歳）, 次女 陽菜（ひな）).
 */
const CHILD_GIVEN_NAME =
  /(?:[長次三四五][男女]|息子|娘|末っ子|(?<![\p{Script=Han}])[孫甥姪])(?<separator>[ 　・]|[:：][ 　]?|の|は)(?:(?<name>\p{Script=Han}[\p{Script=Han}々]{0,2})(?![\p{Script=Han}々])|(?<kana>\p{Script=Hiragana}{2,4})(?!\p{Script=Hiragana}))(?=[のはがもと、。,（(\s]|ちゃん|くん|君|$)/dgu;

/** A reading in brackets right after the name, closing them or before a note (（そら、6歳）, （ひな）, （けんた・小2）). */
const BRACKETED_READING = /^[（(](\p{Script=Hiragana}{2,6})(?=[）)、,，・])/u;

const childGivenName: PiiDetector = gated(/[男女娘子孫甥姪]/u, {
  type: "PERSON",
  find(shadow) {
    const { givenNames, nounGivenNames, givenNameReadings, wordReadings } = nameLexicon();
    return matchesOf(CHILD_GIVEN_NAME, shadow).flatMap((match) => {
      const { name, kana, separator } = match.groups! as { name?: string; kana?: string; separator: string };
      const setApart = /[ 　・:：]/u.test(separator);
      const after = match.index + match[0].length;
      const reading = name === undefined ? null : BRACKETED_READING.exec(shadow.slice(after, after + 12));
      // A common noun's kanji only with a reading no word has (大空（そら）, not 大学（だいがく）).
      const readsName =
        reading !== null &&
        givenNameReadings.has(asReading(reading[1]!)) &&
        !(commonNouns().has(name!) && wordReadings.has(asReading(reading[1]!))) &&
        reading[1]!.length >= name!.length &&
        reading[1]!.length <= 3 * name!.length + 1;
      const found =
        name !== undefined
          ? // A given name that is a common noun too (大学, 中学, 大地) only before a particle of a person (長男 大地 が).
            (givenNames.has(name) && !nounGivenNames.has(name) && (name.length === 1 || !commonNouns().has(name) || /^[のがはも、。]/u.test(shadow.slice(after).trimStart()))) ||
            (setApart && name.length === 2 && !commonNouns().has(name) && /^(?:[のがはもとに、。,（(]|ちゃん|くん|君|$)/u.test(shadow.slice(after).trimStart())) ||
            readsName
          : setApart && givenNameReadings.has(asReading(kana!));
      const [start, end] = match.indices!.groups![name !== undefined ? "name" : "kana"]!;
      if (!found) return [];
      return readsName ? [{ start, end }, { start: after + 1, end: after + 1 + reading[1]!.length }] : [{ start, end }];
    });
  },
});

export const CHAT_AND_FAMILY_DETECTORS: readonly PiiDetector[] = [childOfParent, chatDisplayName, katakanaNameByLabel, commentAuthor, nameAsWritten, katakanaSignature, childGivenName];
