import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { isThing } from "../lexicon/lexicon-latin-names.js";
import { isCommonEnglishWord } from "../lexicon/common-english-words.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";

/**
 * Children's Latin given names, each before the child's age in brackets, on a line that says children come (子ども連れ:
 * Elsa（6）、Vilgot（4）; Kids: Mia (7), Noah (3)): a booking's or a form's way to list them. A count of things in
 * brackets (Apples (6)) stands on no such line, and is no listed given name.
 */
const CHILDREN_WORD = /子ども|子供|こども|お子さん|お子様|キッズ|(?<![A-Za-z])(?:[Cc]hildren|[Kk]ids|[Cc]hild)(?![A-Za-z])/u;
const NAME_BEFORE_AGE = /(?<![\p{L}\p{N}'’.-])(?<name>\p{Lu}\p{Ll}{1,15})[ \t]?[（(][0-9]{1,2}(?:歳|才|[ \t]?(?:yrs?|y\.?o\.?))?[）)]/dgu;

const nameShaped = (word: string): boolean => !isThing(word) && !isPlaceName(word) && !isEnglishWord(word) && !isCommonEnglishWord(word);

/**
 * On each line after a word for children, the words before an age in brackets: all of them where one at least is a
 * listed given name (Elsa（6）、Vilgot（4）: Vilgot is unlisted, Elsa says the list is of children), none where none is.
 */
function findChildrenByAge(shadow: string): Span[] {
  const lines = new Map<number, RegExpExecArray[]>();
  for (const match of matchesOf(NAME_BEFORE_AGE, shadow)) {
    const lineStart = shadow.lastIndexOf("\n", match.index) + 1;
    if (!CHILDREN_WORD.test(shadow.slice(lineStart, match.index)) || !nameShaped(match.groups!.name!)) continue;
    lines.set(lineStart, [...(lines.get(lineStart) ?? []), match]);
  }
  return [...lines.values()]
    .filter((items) => items.some((item) => worldNames().latinGiven.has(item.groups!.name!)))
    .flat()
    .map((item) => {
      const [start, end] = item.indices!.groups!.name!;
      return { start, end };
    });
}

export const LATIN_CHILD_BEFORE_AGE: PiiDetector = gated(/\p{Ll}[ \t]?[（(][0-9]{1,2}[^0-9）)\n]{0,5}[）)]/u, { type: "PERSON", find: findChildrenByAge });
