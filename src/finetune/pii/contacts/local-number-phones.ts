import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { PHONE_WORD } from "../context/phone-words.js";

/**
 * A number dialled without its area code (電話は 25-6603（市外局番なし）, TEL 341-0872): an exchange's one to four digits
 * and a line's four, right after a phone's word and at most a particle or a colon, since six or eight digits so
 * grouped may be anything's elsewhere. Not a time or a date after it (電話 12-3456件 is no form a phone takes).
 */
const LOCAL_NUMBER_PHONE = new RegExp(
  `${PHONE_WORD}(?:番号)?[ \\t]?(?:は|:|：)?[ \\t]?(?<secret>[1-9]\\d{0,3}-\\d{4})(?![\\d-]|[.,]\\d|[ \\t]?(?:件|回|円|人|個|年))`,
  "dg",
);

export const LOCAL_NUMBER_PHONE_DETECTOR: PiiDetector = gated(/[1-9]\d{0,3}-\d{4}(?![\d-])/, patternDetector("PHONE", LOCAL_NUMBER_PHONE));
