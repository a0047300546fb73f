import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { asReading, commonNouns, nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { isKanaNickname } from "./kana-nicknames.js";

/**
 * A signature quoted after its word (本文の署名「ゆかりん（高砂 由香里）」, サインは「みほっち」, 署名「鰐淵 清」): what a
 * message was signed with is its writer's name, a nickname with the full name in brackets after it as often. The nickname
 * a given name's reading, with a pet ending or none; the full name kanji, a space and a given name the dictionary lists
 * (the surname a word too: 高砂). Not a word signed (署名「済」, 署名「代理」, 署名「なし」).
 */
const KANA_WORD = String.raw`[\p{Script=Hiragana}\p{Script=Katakana}ー]{2,8}`;
const FULL_NAME = String.raw`\p{Script=Han}[\p{Script=Han}々ヶノ]{0,3}[ 　][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]{1,4}`;
const SIGNATURE = new RegExp(
  String.raw`(?:署名|サイン)(?:は|欄)?[ 　:：]*「(?:(?<nickname>${KANA_WORD})(?:[（(](?<bracketed>${FULL_NAME})[）)])?|(?<full>${FULL_NAME}))」`,
  "dgu",
);

function isNickname(word: string): boolean {
  const { givenNameReadings, wordReadings } = nameLexicon();
  return isKanaNickname(word) || (givenNameReadings.has(asReading(word)) && !wordReadings.has(asReading(word)));
}

function isFullName(name: string): boolean {
  const [surname, given] = name.split(/[ 　]/u) as [string, string];
  const { givenNames, givenNameReadings } = nameLexicon();
  const givenName = givenNames.has(given) || (!/\p{Script=Han}/u.test(given) && givenNameReadings.has(asReading(given)));
  return givenName && !(commonNouns().has(surname) && commonNouns().has(given));
}

export const QUOTED_SIGNATURE: PiiDetector = gated(/(?:署名|サイン)[^「\n]{0,4}「/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(SIGNATURE, shadow).flatMap((match): Span[] => {
      const { nickname, bracketed, full } = match.groups!;
      const at = (group: string): Span => ({ start: match.indices!.groups![group]![0], end: match.indices!.groups![group]![1] });
      if (full !== undefined) return isFullName(full) ? [at("full")] : [];
      const fullName = bracketed !== undefined && isFullName(bracketed);
      return [...(fullName || isNickname(nickname!) ? [at("nickname")] : []), ...(fullName ? [at("bracketed")] : [])];
    }),
});
