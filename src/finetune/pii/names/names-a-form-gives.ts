import type { PiiDetector } from "../detector.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { EN_WORD, englishDetector } from "./name-detectors.js";

/**
 * The full name a form, a booking or a ticket gives, after the words that say so (the support form says Keiko
 * Tsurumaki, the name on the booking is Aroha Ngata): what the person filled in. Two words of no English dictionary and
 * no place (the form says Tokyo Station, the ticket reads Gold Member are none).
 */
const RECORD = "(?:form|booking|ticket|reservation|application)";
const SAYS = "(?:says|said|gives|gave|reads|read|shows|showed)";
const GIVEN_BY_RECORD = new RegExp(
  `(?<![A-Za-z])(?:${RECORD}[ \\t]+${SAYS}|name[ \\t]+on[ \\t]+the[ \\t]+${RECORD}[ \\t]+(?:is|was))[ \\t]*[:：]?[ \\t]*["“]?(?<secret>${EN_WORD}[ \\t]+${EN_WORD})(?![\\p{L}])`,
  "dgu",
);

export const NAME_A_FORM_GIVES: PiiDetector = englishDetector(
  new RegExp(`${RECORD} ${SAYS}|name on the`),
  GIVEN_BY_RECORD,
  (words) => words.every((word) => !isEnglishWord(word) && !isPlaceName(word)),
);
