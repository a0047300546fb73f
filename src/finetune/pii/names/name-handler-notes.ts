import { gated, matchesOf, nameGroupSpans, type PiiDetector } from "../detector.js";
import { commonNouns, nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";
import { isCompoundNoun } from "./name-detectors.js";

/**
 * Who handled a log's entry, in brackets closing it (対応：桐生）, (担当: Cruz), （対応：薬剤師 桐生）: the bracket holds
 * the name and nothing else, perhaps after the handler's job. Inside, a status (対応：済, 対応：電話) is no name, so the
 * name must be one the dictionaries list: a kanji surname of two kanji or more (with a given name perhaps), or Latin
 * words each a first or last name of faker's locales.
 */
const HANDLER_NOTE =
  /[（(](?:対応|担当|受付)\s?[:：]\s?(?:\p{Script=Han}{1,6}[士師員] )?(?<name>\p{Script=Han}{2,4}(?:[ 　][\p{Script=Han}\p{Script=Hiragana}]{1,4})?|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)[）)]/dgu;

export const handlerNote: PiiDetector = gated(/[（(](?:対応|担当|受付)\s?[:：]/u, {
  type: "PERSON",
  find(shadow) {
    return matchesOf(HANDLER_NOTE, shadow).flatMap((match) => {
      const name = match.groups!.name!;
      const [start] = match.indices!.groups!.name!;
      return isListedName(name) ? [{ start, end: start + name.length }] : [];
    });
  },
});

/**
 * Who handles a kind of matter, after the desk's word and a colon, closing the sentence or the line (英語対応：桐生。,
 * 電話担当: 桐生): a surname the dictionary lists, as in brackets.
 */
const DESK_HANDLER = /(?<![\p{Script=Han}\p{Script=Katakana}ー])[\p{Script=Han}\p{Script=Katakana}ー]{1,5}(?:対応|担当)[ 　]?[:：][ 　]?(?<name>\p{Script=Han}{2,4})(?=[ 　]?(?:[。．]|$))/dgmu;

export const deskHandler: PiiDetector = gated(/(?:対応|担当)[ 　]?[:：]/u, {
  type: "PERSON",
  find: (shadow) => nameGroupSpans(DESK_HANDLER, shadow, isListedName),
});

/**
 * Who took a call, after its time or date and 受 (a call log's 受けた: 9:12 受 桐生, a heading's 【電話 12/1 受：桐生】), the
 * line's, the cell's or the heading's last word: a surname the dictionary may lack, but no common noun nor a compound
 * of one (受 電話, 受 済, 受：注文書).
 */
const CALL_TAKER = /(?<!\d)\d{1,2}(?:[:：]\d{2}|\/\d{1,2})[ 　]+受(?:[ 　]+|[ 　]*[:：][ 　]*)(?<name>\p{Script=Han}{2,4})(?=[ 　]*(?:$|[|,"」）)】]))/dgmu;

export const callTaker: PiiDetector = gated(/\d[ 　]+受[ 　:：]/u, {
  type: "PERSON",
  find: (shadow) => nameGroupSpans(CALL_TAKER, shadow, (name) => !commonNouns().has(name) && !isCompoundNoun(name)),
});

function isListedName(name: string): boolean {
  const words = name.split(/[ 　]/u);
  if (/^\p{Lu}/u.test(name)) {
    const { latinGiven, latinFamily } = worldNames();
    return words.every((word) => latinGiven.has(word) || latinFamily.has(word));
  }
  const { surnames } = nameLexicon();
  return surnames.has(words[0]!) || worldNames().japaneseSurnames.has(words[0]!);
}
