import { gated, patternDetector, type PiiDetector } from "./detector.js";
import { asReading, nameLexicon } from "./japanese-name-lexicon.js";

/**
 * A given name written in hiragana alone before a child's or a friend's honorific, as schools, nurseries and chats write
 * it (さくらちゃんのお迎え, そうた くん, はるとさん): three or four kana that read as a given name of the dictionary, a word
 * of its own (not the end of a longer word). Shorter ones are as often a pet's or a thing's (はなちゃん, くまさん), and
 * words that are no given name stay (おばあちゃん, おにいさん, ねこちゃん), as do the animals a nursery's children are told of
 * that read as given names too (うさぎさん, ひよこちゃん).
 */
const ANIMAL_WORDS = /^(?:うさぎ|ひよこ|きりん|ひつじ|あひる|ことり|こねこ|こいぬ|くじら|いるか|らっこ)$/u;
const HIRAGANA_GIVEN_BEFORE_HONORIFIC = /(?<![\p{Script=Hiragana}\p{Script=Han}\p{Script=Katakana}ー])(?<secret>\p{Script=Hiragana}{3,4})[ 　]?(?:ちゃん|くん|君|さん)/dgu;

export const HIRAGANA_GIVEN_NAME: PiiDetector = gated(
  /\p{Script=Hiragana}[ 　]?(?:ちゃん|くん|君|さん)/u,
  patternDetector("PERSON", HIRAGANA_GIVEN_BEFORE_HONORIFIC, (match) => !ANIMAL_WORDS.test(match.groups!.secret!) && nameLexicon().givenNameReadings.has(asReading(match.groups!.secret!))),
);
