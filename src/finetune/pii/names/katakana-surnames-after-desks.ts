import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { asReading, wordReadings } from "../lexicon/japanese-name-lexicon.js";
import { KATAKANA_THING } from "./name-detectors.js";
import { DESK } from "./unlisted-surnames-after-titles.js";

/**
 * A katakana word of three kana or more after a desk's word and a space, alone before its clause's or bracket's end
 * (電話（担当 ボルカ）, 受付 シュレンバ。): a foreign staff member's surname, as a record names who took the call. Not a
 * dictionary's word (担当 スタッフ）, 受付 カウンター。) nor a thing's or a channel's, which the dictionary may lack (担当
 * センター, 窓口 サービス、, 受付 アプリ。).
 */
const CHANNEL_WORD = /^(?:サービス|アプリ|オンライン|ウェブ|サイト|ライン|フォーム)/u;
const KATAKANA_AFTER_DESK = new RegExp(
  String.raw`(?<![\p{Script=Han}\p{Script=Katakana}ー])(?:${DESK})[ 　]+(?<secret>[\p{Script=Katakana}ー]{3,8})(?![\p{Script=Katakana}ー・])(?=[ 　]*(?:$|[、。，,／/）)\]|｜<]|[ 　]+[がはも]))`,
  "dgmu",
);

export const KATAKANA_SURNAME_AFTER_DESK: PiiDetector = gated(
  /(?:担当|受付|窓口|フロント|プランナー|コンシェルジュ)[ 　]+[\p{Script=Katakana}]/u,
  patternDetector("PERSON", KATAKANA_AFTER_DESK, (match) => {
    const name = match.groups!.secret!;
    return !name.startsWith("ー") && !wordReadings().has(asReading(name)) && !KATAKANA_THING.test(name) && !CHANNEL_WORD.test(name);
  }),
);
