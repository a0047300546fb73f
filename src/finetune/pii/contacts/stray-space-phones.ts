import { before, digitsOf, gated, hasDigits, patternDetector, type PiiDetector } from "../detector.js";
import { inNotPersonalContext } from "../context/number-context.js";
import { hasPhoneWord, phoneWordWithin } from "../context/phone-words.js";

/**
 * A Japanese number written with hyphens and one stray space inside a group, as a hand-typed or misheard record writes
 * it (042-374-08 51, 0263-52-4 718, 03-62 72-5840). The numbering plan fixes the groups' sizes, and that tells a phone
 * from a hyphenated code followed by a count: the subscriber's group has four digits (the two pieces of a split last
 * group together; a whole one after a split middle group), and the number ten digits from 0 (not 00) or a mobile's
 * eleven (070/080/090/050). A counter after the last piece makes it a count after a code (0749-22-13 05 個).
 */
const SPLIT_GROUP_PHONE =
  /(?<![\w+.-])0\d{1,4}-(?:\d{1,4}-(?<head>\d{1,3}) (?<tail>\d{1,3})|\d{1,3} \d{1,3}-\d{4})(?![\w-]|[.,]\d)/dg;

const COUNTER_AFTER = /^[ \t]?(?:個|台|本|件|枚|点|箱|冊|名|人|pcs\b|units?\b)/;

function acceptSplitGroup(match: RegExpExecArray, shadow: string): boolean {
  const { head, tail } = match.groups!;
  return (head === undefined || head.length + tail!.length === 4) && plausibleNumber(match, shadow);
}

/** Ten digits from 0 (not 00) or a mobile's eleven, no counter after and no business's context. */
function plausibleNumber(match: RegExpExecArray, shadow: string): boolean {
  const end = match.index + match[0].length;
  if (COUNTER_AFTER.test(shadow.slice(end, end + 6))) return false;
  const digits = digitsOf(match[0]);
  const plausible = digits.length === 10 ? digits[1] !== "0" : digits.length === 11 && /^0[5789]0/.test(digits);
  return plausible && !inNotPersonalContext(shadow, match.index);
}

/**
 * A number with its area code first and the local exchange in brackets, the bracket or a space typed in the wrong place
 * (045(67)2 3318 for 045(672)3318, 0263(5)24 718, 03(54)12 7789), or spaced around the brackets and its last group in
 * pairs as a Western form writes it (045 (672) 31 08): the area code from 0 before a bracket is how only a phone is
 * written; ten digits from 0 (not 00), or a mobile's eleven, and no counter after, as above.
 */
const MISPLACED_BRACKET_PHONE = /(?<![\w+.-])0\d{1,4} ?\(\d{1,4}\) ?\d{0,4}(?: \d{1,4}){1,2}(?![\w-]|[.,]\d| \d)/dg;

export const STRAY_SPACE_PHONE_DETECTOR: PiiDetector = gated(
  (shadow) => /\d-\d{1,4} \d/.test(shadow) && hasDigits(10)(shadow),
  patternDetector("PHONE", SPLIT_GROUP_PHONE, acceptSplitGroup),
);
export const MISPLACED_BRACKET_PHONE_DETECTOR: PiiDetector = gated(/0\d{1,4} ?\(\d{1,4}\) ?\d{0,4} \d/, patternDetector("PHONE", MISPLACED_BRACKET_PHONE, plausibleNumber));

/**
 * A number spaced in groups the numbering plan does not cut at, as it was heard and typed (087 8 31 2260 for 087-831-2260,
 * 03 54 12 7789, 090 44 16 2093): four groups or more from an area code, only after a phone's word, since spaced digits
 * alone may be a code's or a list's; ten digits from 0 (not 00) or a mobile's eleven, no counter after.
 */
const UNEVEN_SPACED_PHONE = /(?<![\w+.-])0\d{1,4}(?: \d{1,4}){3,5}(?![\w-]|[.,]\d| \d)/dg;
const PHONE_WORD_BEFORE = phoneWordWithin(12);

export const UNEVEN_SPACED_PHONE_DETECTOR: PiiDetector = gated(
  (shadow) => /0\d{1,4} \d{1,4} \d{1,4} \d/.test(shadow) && hasPhoneWord(shadow),
  patternDetector("PHONE", UNEVEN_SPACED_PHONE, (match, shadow) => PHONE_WORD_BEFORE.test(before(shadow, match.index, 24)) && plausibleNumber(match, shadow)),
);
