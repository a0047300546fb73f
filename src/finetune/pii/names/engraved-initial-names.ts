import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { readsAsParts } from "./latin-name-cues.js";

/**
 * A name engraved, embroidered or printed on a thing, quoted after the word that asks for it (名入れは「R.ONO」, 刻印した
 * 名前 <q>T.HARUKI</q>, its quote marks dropped with the page's tags: 名前 T.HARUKI と同じ): an initial, a dot and a Japanese
 * surname or given name in capitals that the dictionary reads. A size's or a model's code quoted there (「M.SIZE」,
 * 「A.BX」) reads as no name.
 */
const ENGRAVED_INITIAL_NAME =
  /(?:名入れ|刻印|名前|ネーム|イニシャル)[^「"“<\n]{0,12}(?:「|<q>|["“]|[ \t])(?<name>\p{Lu}\.[ \t]?(?<word>\p{Lu}{2,12}))(?=」|<\/q>|["”]|[ \t]+[\p{Script=Hiragana}\p{Script=Han}])/dgu;

export const ENGRAVED_INITIAL_NAME_DETECTOR: PiiDetector = gated(/名入れ|刻印|名前|ネーム|イニシャル/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(ENGRAVED_INITIAL_NAME, shadow).flatMap((match): Span[] => {
      const word = match.groups!.word!;
      const { given, surname } = readsAsParts(word[0] + word.slice(1).toLowerCase());
      if (!given && !surname) return [];
      const [start, end] = match.indices!.groups!.name!;
      return [{ start, end }];
    }),
});
