import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { asReading, commonNouns, nameLexicon, wordReadings } from "../lexicon/japanese-name-lexicon.js";
import { COMPANY_WORD } from "../lexicon/firm-words.js";
import { PLACE_SURNAMES } from "./name-detectors.js";

/**
 * What a seal is engraved with, quoted on a hanko order's 印面 line (印面：「さくら子」, もう一本「タカハシ」カナ, 当て字
 * 「緒留世軍」): the owner's name as the seal will read, in whatever script the customer chose. Every quote on the line
 * is read: kana that reads as a given name or a surname (さくら子, タカハシ), katakana that reads as no word (オルセグン: a
 * foreign name), or kanji that are no common noun nor large place (緒留世軍). Not a firm's seal (「株式会社 天竜ファーム之印」), a desk's
 * word stamp (「至急」, 「検査済」, 「サンプル」) or one kanji glossed in the note (「𣘺」).
 */
const SEAL_FACE_LINE = /^[ \t　]*印面[ 　]*[：:][^\n]*/gmu;
/** A quote after a label of the seal's other parts (書体「古印体」, 印材「黒水牛」) is that part, not the face. */
const QUOTED = /(?<!(?:書体|字体|印材|材質|素材|サイズ)[ 　]?[：:]?)「(?<face>[^「」\n]{2,10})」/dgu;
const KANA_NAME = /^(?:[\p{Script=Hiragana}ー]{2,5}子?|[\p{Script=Katakana}ー]{2,8})$/u;
const KANJI_NAME = /^[\p{Script=Han}々]{2,5}$/u;
/** A word stamp's or a seal kind's ending (検査済, 代表者印, 古印体). */
const STAMP_WORD_END = /[済印体用]$/u;

function isEngravedName(face: string): boolean {
  if (KANJI_NAME.test(face)) return !commonNouns().has(face) && !PLACE_SURNAMES.has(face) && !STAMP_WORD_END.test(face) && !COMPANY_WORD.test(face);
  if (!KANA_NAME.test(face)) return false;
  const reading = asReading(face.replace(/子$/u, "コ"));
  const { givenNameReadings, surnameReadings } = nameLexicon();
  if (givenNameReadings.has(reading) || surnameReadings.has(reading)) return true;
  return /^\p{Script=Katakana}/u.test(face) && face.length >= 3 && !wordReadings().has(reading);
}

export const SEAL_FACE_NAME: PiiDetector = gated(/印面[ 　]*[：:]/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(SEAL_FACE_LINE, shadow).flatMap((line) =>
      matchesOf(QUOTED, line[0]).flatMap((quote): Span[] => {
        if (!isEngravedName(quote.groups!.face!)) return [];
        const [start, end] = quote.indices!.groups!.face!;
        return [{ start: line.index + start, end: line.index + end }];
      }),
    ),
});
