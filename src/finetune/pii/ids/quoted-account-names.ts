import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { isCommonEnglishWord } from "../lexicon/common-english-words.js";

/**
 * An account's name in quotes after its label, a few words between (Account name shows only "kyotoinkstone", the
 * username is “sakura_mama88”, screen name reads 'tetsu.k22'): a marketplace's or a platform's handle its holder is
 * known by. Lower-case letters, digits and . _ -, six characters or more, not one common English word (account name
 * "personal" or "business" is the account's type).
 */
const QUOTED_ACCOUNT_NAME =
  /(?<![A-Za-z])(?:[Aa]ccount[ \t]?name|[Uu]ser[ \t]?name|[Ss]creen[ \t]?name)(?:[ \t]+[a-z]+){0,3}[ \t]*[:：]?[ \t]*["“'「](?<secret>[a-z0-9][a-z0-9._-]{4,30}[a-z0-9])["”'」]/dg;

export const QUOTED_ACCOUNT_NAMES: PiiDetector = gated(
  /[Aa]ccount[ \t]?name|[Uu]ser[ \t]?name|[Ss]creen[ \t]?name/,
  patternDetector("PERSONAL_ID", QUOTED_ACCOUNT_NAME, (match) => !isCommonEnglishWord(match.groups!.secret!)),
);
