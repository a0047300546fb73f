import { gated, nameGroupSpans, type PiiDetector } from "../detector.js";
import { readsAsParts } from "./latin-name-cues.js";

/**
 * A name engraved, embroidered or printed on a thing, quoted after the word that asks for it (名入れは「R.ONO」, 刻印した
 * 名前 <q>T.HARUKI</q>, its quote marks dropped with the page's tags: 名前 T.HARUKI と同じ): an initial, a dot and a Japanese
 * surname or given name in capitals that the dictionary reads. A size's or a model's code quoted there (「M.SIZE」,
 * 「A.BX」) reads as no name.
 */
const ENGRAVED_INITIAL_NAME =
  /(?:名入れ|刻印|名前|ネーム|イニシャル)[^「"“<\n]{0,12}(?:「|<q>|["“]|[ \t])(?<name>\p{Lu}\.[ \t]?\p{Lu}{2,12})(?=」|<\/q>|["”]|[ \t]+[\p{Script=Hiragana}\p{Script=Han}])/dgu;

/** Whether the capitals after the initial read as a surname or a given name (R.ONO: Ono). */
const readsAsInitialledName = (name: string): boolean => {
  const word = name.replace(/^\p{Lu}\.[ \t]?/u, "");
  const { given, surname } = readsAsParts(word[0] + word.slice(1).toLowerCase());
  return given || surname;
};

export const ENGRAVED_INITIAL_NAME_DETECTOR: PiiDetector = gated(/名入れ|刻印|名前|ネーム|イニシャル/u, {
  type: "PERSON",
  find: (shadow) => nameGroupSpans(ENGRAVED_INITIAL_NAME, shadow, readsAsInitialledName),
});
