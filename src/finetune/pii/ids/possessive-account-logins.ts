import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { isCommonEnglishWord } from "../lexicon/common-english-words.js";

/**
 * A login after a person's account, by its possessive (with Keiko's account kb-morioka, his login t.aoyama3, her own
 * account: rin_87): the holder's sign-in name. Lower case, its words joined by . _ or - or a digit in it; no compound
 * of common words (her account e-mail, his account sign-in, my login set-up) and no single English word.
 */
const POSSESSIVE_ACCOUNT_LOGIN =
  /(?:(?<=[A-Za-z]['’]s)|(?<![A-Za-z])(?:[Hh]is|[Hh]er|[Mm]y|[Tt]heir|[Yy]our))[ \t]+(?:own[ \t]+)?(?:account|login|username)[ \t]*(?:[:：]|is)?[ \t]*(?<secret>[a-z][a-z0-9]*(?:[._-][a-z0-9]+)+|[a-z]+\d[a-z0-9]*)(?![A-Za-z0-9_@-]|\.[A-Za-z0-9])/dg;
const WORDS_COMPOUND = /^(?:e-?mail|sign-?(?:in|up|on)|log-?(?:in|on|out)|set-?up|pop-?up|follow-?up|opt-?(?:in|out)|add-?on|check-?(?:in|out)|re-[a-z]+|co-[a-z]+)$/;

export const POSSESSIVE_ACCOUNT_LOGINS: readonly PiiDetector[] = [
  gated(
    /account|login|username/,
    patternDetector("PERSONAL_ID", POSSESSIVE_ACCOUNT_LOGIN, (match) => !WORDS_COMPOUND.test(match.groups!.secret!) && !isCommonEnglishWord(match.groups!.secret!)),
  ),
];
