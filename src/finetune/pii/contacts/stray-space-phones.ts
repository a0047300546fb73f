import { digitsOf, gated, hasDigits, patternDetector, type PiiDetector } from "../detector.js";
import { inNotPersonalContext } from "../context/number-context.js";

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
  if (head !== undefined && head.length + tail!.length !== 4) return false;
  const end = match.index + match[0].length;
  if (COUNTER_AFTER.test(shadow.slice(end, end + 6))) return false;
  const digits = digitsOf(match[0]);
  const plausible = digits.length === 10 ? digits[1] !== "0" : digits.length === 11 && /^0[5789]0/.test(digits);
  return plausible && !inNotPersonalContext(shadow, match.index);
}

export const STRAY_SPACE_PHONE_DETECTOR: PiiDetector = gated(
  (shadow) => /\d-\d{1,4} \d/.test(shadow) && hasDigits(10)(shadow),
  patternDetector("PHONE", SPLIT_GROUP_PHONE, acceptSplitGroup),
);
