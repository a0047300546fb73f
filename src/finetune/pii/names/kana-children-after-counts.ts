import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { asReading, nameLexicon } from "../lexicon/japanese-name-lexicon.js";

/**
 * Children named by their given names in kana, joined by ・ or 、 in brackets after their count, as a register of
 * families writes them (子3人（そら・いつき・めい）, 子ども2人（ハル、ユウト）): each item a child's. Two items at least
 * that read as given names make it a list of children; every item a whole word of two to five kana, none a word's
 * reading alone that no given name has (子2人（あり・なし）).
 */
const CHILDREN_COUNTED = /子(?:ども|供)?[ 　]?[0-9０-９一二三四五六]人[（(](?<list>[\p{Script=Hiragana}\p{Script=Katakana}ー]{2,5}(?:[・、,][\p{Script=Hiragana}\p{Script=Katakana}ー]{2,5}){1,5})[）)]/dgu;
const ITEM = /[\p{Script=Hiragana}\p{Script=Katakana}ー]{2,5}/gu;

function childrenListed(shadow: string): Span[] {
  const { givenNames, givenNameReadings, wordReadings } = nameLexicon();
  const readsAsGiven = (word: string) => givenNames.has(word) || givenNameReadings.has(asReading(word));
  return matchesOf(CHILDREN_COUNTED, shadow).flatMap((match) => {
    const [start] = match.indices!.groups!.list!;
    const items = matchesOf(ITEM, match.groups!.list!);
    if (items.filter((item) => readsAsGiven(item[0])).length < 2 || items.some((item) => !readsAsGiven(item[0]) && wordReadings.has(asReading(item[0])))) return [];
    return items.map((item) => ({ start: start + item.index, end: start + item.index + item[0].length }));
  });
}

export const KANA_CHILDREN_AFTER_COUNT: PiiDetector = gated(/人[（(]/u, { type: "PERSON", find: childrenListed });
