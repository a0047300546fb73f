import { gated, matchesOf, type PiiDetector } from "../detector.js";
import { FIRM_KIND_BANK_FORM } from "../lexicon/firm-words.js";
import { asReading } from "../lexicon/japanese-name-lexicon.js";
import { THING_OR_FIRM_READING } from "./kana-names-after-cue.js";
import { KATAKANA_THING } from "./name-detectors.js";

/**
 * An account's holder as a bank registers it, in half-width katakana of two words or more (名義 ｸﾞｴﾝ ﾃｲ ﾗﾝ, 振込人名
 * ﾁﾔﾝ ｳﾞｱﾝ ﾛﾝ, 普通 0418852 ﾀﾅｶ ﾏﾙｺｽ ｱｳﾚﾘｵ, 普通 5327719 ｻﾝﾃｨｱｺﾞ ﾌｪﾚｲﾗ), after 名義, a payer's label or the account's kind and number: the whole
 * run is the name, a foreign one the dictionary does not read, or a club's name before its holder's (ｹﾝﾄﾞｳｷｮｳｼﾂ ｷﾄｳ
 * ｶｽﾞﾋｺ). Read whole here, before a role's rule takes its first two words and leaves the rest. Not a firm's registered
 * reading (ｶ)ﾐﾄﾞﾘ ｼﾖｳｼﾞ, ｶﾌﾞｼｷｶﾞｲｼﾔ …) nor a thing's words (名義 ｷﾔﾂｼﾕ ｶｰﾄﾞ …).
 */
const HALF_WIDTH_WORD = "[\\uFF66-\\uFF9F]+";
const ACCOUNT_HOLDER_CUE = "(?:(?:口座|振込)?名義人?|振込人名?|(?:普通|当座|貯蓄)(?:預金)?[ 　]*\\d{6,8})(?:は|[ 　]*[:：])?";
const HALF_WIDTH_HOLDER = new RegExp(
  `${ACCOUNT_HOLDER_CUE}[ 　]*(?<name>${HALF_WIDTH_WORD}(?:[ 　]${HALF_WIDTH_WORD}){1,4})(?![\\uFF66-\\uFF9F])`,
  "dgu",
);
/** A firm's kind after its registered name, abbreviated in brackets as banks write it (ﾐﾄﾞﾘ ｼﾖｳｼﾞ (ｶ, … ﾕ)). */
const FIRM_KIND_AFTER = /^[ 　]?\([\uFF66-\uFF9F]{1,2}(?:\)|[ 　]|$)/u;

export const HALF_WIDTH_ACCOUNT_HOLDER: PiiDetector = gated(/[\uFF66-\uFF9F][ 　][\uFF66-\uFF9F]/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(HALF_WIDTH_HOLDER, shadow).flatMap((match) => {
      const words = asReading(match.groups!.name!).split(/[ 　]/u);
      if (FIRM_KIND_AFTER.test(shadow.slice(match.indices!.groups!.name![1]))) return [];
      if (words.some((word) => KATAKANA_THING.test(word) || THING_OR_FIRM_READING.test(word) || FIRM_KIND_BANK_FORM.test(word))) return [];
      const [start, end] = match.indices!.groups!.name!;
      return [{ start, end }];
    }),
});
