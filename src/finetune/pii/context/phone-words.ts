/**
 * The words that say a phone is meant (電話, 携帯, TEL, FAX, Phone, Mobile, Call, WhatsApp, LINE; abroad Telefon,
 * Kontakt, Tél, Handy, Portable, Natel; in Britain Ring, Text, Landline): a number's shape alone may be a part's, an
 * order's or a form's code, so the rules that take a shape only after such a word, or under a column headed by one,
 * build their patterns from this one list.
 */
const JAPANESE_PHONE_WORDS = ["電話", "携帯", "連絡先", "℡"];
/**
 * Each with the endings it takes as a phone's word (Telephone, Teléfono, Telefonnummer, calls, caller, cellphone).
 * They are read as whole words: Hotel, recall, excellent and DEADLINE hold none. A capital after one starts the next
 * word (TelNo, TEL番号).
 */
const LATIN_PHONE_WORDS = [
  "TEL", "[Tt]el", "[Tt]elephone", "[Tt]el[eé]fon(?:[oe]|nummer)?", "[Tt]él", "[Tt]éléphone", "FAX", "[Ff]ax",
  "PHONE", "[Pp]hone[sd]?", "[Mm]obile?", "[Mm]ob", "[Cc]ell(?:phone|ular)?", "[Cc]all(?:s|ed|er|ing|back)?",
  "[Cc]ontact(?:s|ed)?", "[Kk]ontakt", "[Ll]andline", "[Dd]irect line", "[Rr]ing", "[Tt]ext", "Handy(?:nummer)?", "[Pp]ortable",
  "Natel", "WhatsApp", "LINE",
];
// The letters a word of these languages is written in (é of Téléphone, ü of Büro), either side of a Latin word.
const LETTER = "A-Za-zÀ-ÖØ-öø-ÿ";

/**
 * One of the phone's words, as a pattern's source: a Japanese one anywhere (携帯番号, 電話口), a Latin one as a word
 * (no letter before it, no small letter after).
 */
export const PHONE_WORD =
  `(?:${JAPANESE_PHONE_WORDS.join("|")}|(?<![${LETTER}])(?:${LATIN_PHONE_WORDS.join("|")})(?![a-zß-öø-ÿ]))`;

const PHONE_WORD_ANYWHERE = new RegExp(PHONE_WORD);
/** Whether the text holds a phone's word: the gate of a rule that reads a number only after one. */
export const hasPhoneWord = (shadow: string): boolean => PHONE_WORD_ANYWHERE.test(shadow);

/**
 * A phone's word, then up to `gap` characters of its line, at the end of the text before a number (電話 (代表) 0312345678,
 * Call us on 81 3 1234 5678).
 */
export const phoneWordWithin = (gap: number): RegExp => new RegExp(`${PHONE_WORD}[^\\n]{0,${gap}}$`);
