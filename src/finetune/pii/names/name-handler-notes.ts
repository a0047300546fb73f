import { gated, matchesOf, type PiiDetector } from "../detector.js";
import { nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";

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

function isListedName(name: string): boolean {
  const words = name.split(/[ 　]/u);
  if (/^\p{Lu}/u.test(name)) {
    const { latinGiven, latinFamily } = worldNames();
    return words.every((word) => latinGiven.has(word) || latinFamily.has(word));
  }
  const { surnames } = nameLexicon();
  return surnames.has(words[0]!) || worldNames().japaneseSurnames.has(words[0]!);
}
