import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { isThing } from "../lexicon/lexicon-latin-names.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { writesLatinWord } from "./latin-name-kana.js";

/**
 * A foreign name written twice: in katakana with its words joined by ・ and an honorific, then in Latin letters after a
 * comma or a note (パテル・アルジュンさん（インド）、Arjun Patel; ソウザ・ルアナ様, Luana Souza), as a desk copies a
 * passport's spelling beside the name it calls the person by. Each Latin word must be one the katakana's words write, in
 * either order, and no English word, thing or place: a brand written both ways (コカ・コーラ、Coca Cola) takes no honorific.
 */
const KANA_NAME_THEN_LATIN =
  /(?<kana>[\p{Script=Katakana}ー]{2,10}(?:・[\p{Script=Katakana}ー]{2,10}){1,3})(?:さん|様|氏|くん|ちゃん)(?:[（(][^（()）\n]{1,12}[）)])?[、,，][ \t　]*(?<latin>\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){1,3})(?![\p{L}\p{N}])/dgu;

/** Whether each Latin word is written by its own one of the katakana's words, as many of both. */
function writtenByKana(kanaWords: readonly string[], latinWords: readonly string[]): boolean {
  if (kanaWords.length !== latinWords.length) return false;
  const unused = [...kanaWords];
  return latinWords.every((word) => {
    const at = unused.findIndex((kana) => writesLatinWord(kana, word));
    if (at < 0) return false;
    unused.splice(at, 1);
    return true;
  });
}

/**
 * The same the other way round: a Latin name, then its katakana writing with ・ in brackets and a person's ending (Tuvshin
 * Erdene（トゥブシン・エルデネ）です, …）さん), as a person gives both: a brand written both ways (Coca Cola（コカ・コーラ）を)
 * takes none.
 */
const LATIN_NAME_THEN_KANA =
  /(?<![\p{L}\p{N}])(?<latin>\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){1,3})[ \t]?[（(](?<kana>[\p{Script=Katakana}ー]{2,10}(?:・[\p{Script=Katakana}ー]{2,10}){1,3})[）)](?=[ \t]?(?:です|と申します|さん|様|氏))/dgu;

const findLatinWritings = (pattern: RegExp) => (shadow: string): Span[] =>
  matchesOf(pattern, shadow).flatMap((match) => {
    const latinWords = match.groups!.latin!.split(/[ \t]/);
    if (latinWords.some((word) => isEnglishWord(word) || isThing(word) || isPlaceName(word))) return [];
    if (!writtenByKana(match.groups!.kana!.split("・"), latinWords)) return [];
    const [start, end] = match.indices!.groups!.latin!;
    return [{ start, end }];
  });

/** The cue: an honorific, a note perhaps, and a comma before a capital. */
export const LATIN_WRITING_AFTER_KATAKANA_NAME: PiiDetector = gated(/(?:さん|様|氏|くん|ちゃん)(?:[（(][^（()）\n]{1,12}[）)])?[、,，][ \t　]*\p{Lu}/u, {
  type: "PERSON",
  find: findLatinWritings(KANA_NAME_THEN_LATIN),
});

/** The cue: a bracket opening on katakana after a small Latin letter. */
export const LATIN_NAME_BEFORE_KATAKANA_WRITING: PiiDetector = gated(/\p{Ll}[ \t]?[（(][\p{Script=Katakana}ー]{2,10}・/u, {
  type: "PERSON",
  find: findLatinWritings(LATIN_NAME_THEN_KANA),
});
