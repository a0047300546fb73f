import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { asReading, nameLexicon } from "../lexicon/japanese-name-lexicon.js";

/**
 * A child's given name in kana before ちゃん or くん, as lesson sheets, nurseries and party bookings write it, in the two
 * forms the hiragana rule (hiragana-given-names.ts, three kana or more) leaves:
 * - two hiragana that read as a given name (ゆなちゃん, りくくん, みお ちゃん), not an animal's or a pet's word that reads
 *   as one too (くまちゃん, たまちゃん), nor a kin word (とうちゃん); with a hiragana surname before it and a space where
 *   one reads as a surname (なかじま りくくん). Not before さん: two kana and さん are as often a thing's (くまさん,
 *   みなさん).
 * - a katakana given name with the honorific in katakana, as a half-width slip prints it (ﾕｳｷｸﾝ, ｻｸﾗﾁｬﾝ): the name a
 *   whole katakana word of two to four kana before it, not a kin word (オバチャン, アカチャン read as no given name).
 */
const NOT_A_CHILD = new Set(["くま", "とり", "とう", "たま", "きみ", "みな"]);
const TWO_HIRAGANA = /(?<![\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー])(?:(?<surname>[\u3041-\u3096]{2,5})[ 　])?(?<name>[\u3041-\u3096]{2})[ 　]?(?:ちゃん(?!ぽん|こ)|くん)/dgu;
const KANA = String.raw`\p{Script=Katakana}ー\uFF70\uFF9E\uFF9F`;
const KATAKANA_WITH_HONORIFIC = new RegExp(String.raw`(?<![${KANA}])(?<name>[${KANA}]{2,6})(?:チャン|クン|ﾁｬﾝ|ｸﾝ)(?![${KANA}])`, "dgu");

const readsAsGiven = (word: string): boolean => nameLexicon().givenNameReadings.has(asReading(word));

/** Each accepted name of `pattern`, from its hiragana surname where one before it reads as a surname. */
function namesOf(pattern: RegExp, shadow: string, accept: (name: string) => boolean): Span[] {
  return matchesOf(pattern, shadow).flatMap((match): Span[] => {
    const [start, end] = match.indices!.groups!.name!;
    const surname = match.groups!.surname;
    const from = surname !== undefined && nameLexicon().surnameReadings.has(asReading(surname)) ? match.index : start;
    return accept(match.groups!.name!) ? [{ start: from, end }] : [];
  });
}

export const CHILD_HONORIFIC_KANA_NAMES: readonly PiiDetector[] = [
  gated(/ちゃん|くん/u, { type: "PERSON", find: (shadow) => namesOf(TWO_HIRAGANA, shadow, (name) => !NOT_A_CHILD.has(name) && readsAsGiven(name)) }),
  gated(/チャン|クン|ﾁｬﾝ|ｸﾝ/u, { type: "PERSON", find: (shadow) => namesOf(KATAKANA_WITH_HONORIFIC, shadow, readsAsGiven) }),
];
