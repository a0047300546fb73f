import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { commonNouns, nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { romajiReadings } from "../lexicon/romaji-reading.js";
import { readsAsParts } from "./latin-name-cues.js";
import { isPlaceName } from "./english-person-tagger.js";

/**
 * A romaji name, the family name first, with its kanji writing opening the bracket after it, as a roster of foreign
 * staff or a lease's register writes both (KAMATSUKA Ryohei（一尺八寸 亮平、K0390055）, Todoroki Minami（百目鬼 美波）): each
 * vouches for the other, so a surname neither the dictionary nor the romaji lists reads is still one. The romaji given
 * name reads as a given name, its family name as Japanese of a length the kanji can be read in; the kanji given name one
 * the dictionary lists, neither kanji word a noun (TOKYO Station（東京 駅）, SATO Ken（営業 部長）stay).
 */
const ROMAJI_WITH_KANJI = /(?<![A-Za-z])(?<romaji>(?<family>[A-Z][A-Za-z]{1,13}) (?<given>[A-Z][a-z]{1,13}))[ \t]?[（(](?<kanji>(?<surname>\p{Script=Han}{1,4})[ 　](?<kanjiGiven>\p{Script=Han}{1,3}))(?=[、,，）)])/dgu;

/** Whether some reading of the romaji name is as long as kanji of the kanji name's count can be read in. */
const fitsSurname = (family: string, surname: string): boolean =>
  romajiReadings(family).some((reading) => reading.length >= surname.length && reading.length <= 3 * surname.length + 1);

export const ROMAJI_NAME_WITH_KANJI_WRITING: PiiDetector = gated(/[a-z][ \t]?[（(]\p{Script=Han}/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(ROMAJI_WITH_KANJI, shadow).flatMap((match): Span[] => {
      const { family, given, surname, kanjiGiven } = match.groups! as { family: string; given: string; surname: string; kanjiGiven: string };
      const nouns = commonNouns();
      if (!readsAsParts(given).given || !fitsSurname(family, surname) || !nameLexicon().givenNames.has(kanjiGiven) || nouns.has(surname) || nouns.has(kanjiGiven)) return [];
      const [romajiStart, romajiEnd] = match.indices!.groups!.romaji!;
      const [kanjiStart, kanjiEnd] = match.indices!.groups!.kanji!;
      return [
        { start: romajiStart, end: romajiEnd },
        { start: kanjiStart, end: kanjiEnd },
      ];
    }),
});

/**
 * A kanji full name, then the given name it goes by in romaji in brackets (森岡 悠真 (Yuma), | 井筒 沙耶（Saya）|): the
 * romaji reads as a given name of a length the kanji given name can be read in, which the dictionary lists and which is
 * no noun (新宿 区 (Shinjuku) stays, and so does a place).
 */
const KANJI_WITH_ROMAJI_GIVEN = /(?<surname>\p{Script=Han}{1,4})[ 　](?<kanjiGiven>\p{Script=Han}{1,3})[ \t]?[（(](?<romaji>[A-Z][a-z]{1,13})[）)]/dgu;

export const ROMAJI_GIVEN_AFTER_KANJI_NAME: PiiDetector = gated(/\p{Script=Han}[ \t]?[（(][A-Z][a-z]+[）)]/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(KANJI_WITH_ROMAJI_GIVEN, shadow).flatMap((match): Span[] => {
      const { surname, kanjiGiven, romaji } = match.groups! as { surname: string; kanjiGiven: string; romaji: string };
      const nouns = commonNouns();
      if (!readsAsParts(romaji).given || isPlaceName(romaji) || !fitsSurname(romaji, kanjiGiven) || !nameLexicon().givenNames.has(kanjiGiven) || nouns.has(surname) || nouns.has(kanjiGiven)) return [];
      const [start, end] = match.indices!.groups!.romaji!;
      return [{ start, end }];
    }),
});
