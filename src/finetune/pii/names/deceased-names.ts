import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { commonNouns } from "../lexicon/japanese-name-lexicon.js";

/**
 * A deceased person's full name as a funeral's book, a notice or a grave's register writes it: before 享年 and the age
 * (山入端 ナベ（享年98）, 仲村 正雄 享年七十八) or before 儀, the word that follows the dead's name in a notice (父 宮城 清 儀
 * 葬儀). The surname may be one the dictionary lacks; the given name kanji, katakana (as older women's were registered)
 * or hiragana.
 */
const DECEASED_NAME =
  /(?<![\p{Script=Han}々ヶ])(?<name>(?<surname>\p{Script=Han}[\p{Script=Han}々ヶ]{0,3})[ 　](?:[\p{Script=Han}々]{1,3}|[\p{Script=Katakana}ー]{2,5}|\p{Script=Hiragana}{2,4}))(?=[ 　]?[（(]?享年|[ 　]儀(?![\p{Script=Han}]))/dgu;
/** A word before the name that is no surname: a kin's word or the word for the dead itself (亡父, 故人). */
const NOT_A_SURNAME = /^(?:[亡故]|喪主|施主)/u;

/** A kin's word before the dead's given name alone (亡父 太郎（享年80）, 祖母 トメ 享年95): the given name is the name. */
const KIN_WORD = /^(?:[亡故]?(?:祖?[父母]|夫|妻|[兄姉弟妹]|[長次三][男女]|息子|娘)|故人?)$/u;

const deceasedName: PiiDetector = gated(/享年|[ 　]儀/u, {
  type: "PERSON",
  find: (shadow) => {
    const spans: Span[] = [];
    for (const match of matchesOf(DECEASED_NAME, shadow)) {
      const [start, end] = match.indices!.groups!.name!;
      const surname = match.groups!.surname!;
      if (!NOT_A_SURNAME.test(surname) && !commonNouns().has(surname)) spans.push({ start, end });
      else if (KIN_WORD.test(surname) && !commonNouns().has(shadow.slice(start + surname.length + 1, end))) spans.push({ start: start + surname.length + 1, end });
    }
    return spans;
  },
});

export const DECEASED_NAME_DETECTORS: readonly PiiDetector[] = [deceasedName];
