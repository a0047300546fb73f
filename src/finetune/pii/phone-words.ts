/**
 * The words that say a phone is meant (電話, 携帯, 連絡先, TEL, FAX, Phone, Mobile, Cell, Call, WhatsApp, LINE): a
 * number's shape alone may be a part's, an order's or a form's code, so the rules that take a shape only after such a
 * word, or under a column headed by one, build their patterns from this one list.
 */
const PHONE_WORDS = [
  "電話", "携帯", "連絡先", "℡",
  "TEL", "[Tt]el", "FAX", "[Ff]ax", "PHONE", "[Pp]hone", "[Mm]obile", "[Cc]ell", "[Cc]all", "[Cc]ontact", "WhatsApp", "LINE",
];

/** One of the phone's words, as a pattern's source. */
export const PHONE_WORD = `(?:${PHONE_WORDS.join("|")})`;

/**
 * A phone's word, then up to `gap` characters of its line, at the end of the text before a number (電話 (代表) 0312345678,
 * Call us on 81 3 1234 5678).
 */
export const phoneWordWithin = (gap: number): RegExp => new RegExp(`${PHONE_WORD}[^\\n]{0,${gap}}$`);
