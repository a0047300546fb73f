import { digitsOf, gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A person's account on a service named in a sentence by its number, with no label of its own: after a verb or a
 * determiner that says it is someone's account (holds account UID 55201934, the account 55021877 was locked, her
 * trading account 40917723, my Vietnam account 0071000928417: its country's, its bank's or its kind's word between), or after UID, user id or Membership (UID: 7710293, 彼のUIDは 882100349, Membership: 1204-8831-0072). The
 * account's prefix (UID, ID) is part of its number. A quantity after it (円, yen, points, years) makes it an amount.
 */
const ACCOUNT_IN_PROSE =
  /(?<![A-Za-z])(?:(?:holds?|held|opened|has|had|[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Mm]y|[Yy]our|[Ww]hose)[ \t]+(?:(?:trading|exchange|user|member|customer|online|savings|checking|bank|[A-Z][a-z]{2,15})[ \t]+)?account|UID|[Uu]ser[ _-]?[Ii][Dd]|USER[ _-]?ID|[Mm]embership)(?![A-Za-z])[ \t]*(?:[:：#]|no\.|number|is|は)?[ \t]*(?<secret>(?:UID|ID)?[ \t]?\d{2,16}(?:[ -]\d{2,8}){0,3})(?!\d|[,.]\d|-|[ \t]*(?:円|yen|JPY|USD|EUR|points?|pts?|%|years?|months?|days?|times|members|accounts|users))/dg;

/** Six digits or more, and no date (Membership: 2026-04-01 is the day it began). */
const accountNumber = (match: RegExpExecArray): boolean => {
  const value = match.groups!.secret!;
  return digitsOf(value).length >= 6 && !/^\d{4}[-/ ]\d{1,2}[-/ ]\d{1,2}$/.test(value);
};

export const PROSE_ACCOUNT_NUMBERS: readonly PiiDetector[] = [
  gated(/account|UID|[Uu]ser[ _-]?[Ii][Dd]|USER[ _-]?ID|[Mm]embership/, patternDetector("PERSONAL_ID", ACCOUNT_IN_PROSE, accountNumber)),
];
