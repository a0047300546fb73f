import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { columnHeading } from "../context/number-context.js";

/**
 * A health-insurance card's number in a table's cell under a heading naming the card's number (| 保険証 記号・番号 |,
 * | 被保険者証番号 |), written after the insurer's kind or whose card it is (後期 00512907, 国保 浦1-2208153, 父の被扶養者
 * 31014826): the kind's words kept, the number masked, its 記号 fused before with a hyphen (浦1-) with it. Five digits or
 * more and nothing after in the cell: an amount (1,550円), a date or a count is none.
 */
const CARD_NUMBER_CELL =
  /(?<=\|[ \t]*(?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,8}[ \t　]?)?)(?<secret>(?:\p{Script=Han}{1,3}\d{0,3}-)?\d{5,10})(?=[ \t]*\|)/dgu;
/** The card's number as a heading names it; the insurer's own number (保険者番号) names a fund, no person. */
const CARD_NUMBER_HEADING = /(?:保険証|被保険者証?)[^|]*(?:番号|記号|No)/;
const INSURER_NUMBER_HEADING = /(?<!被)保険者番号/;

/**
 * The card's symbol and number in one cell, split by a slash or a middle dot (| 34-1180 / 027 |, | 協12・5508 |): the
 * symbol names the employer's fund, shared by its staff, and stays; the number after it is the insured's own, of one to
 * eight digits and nothing after in the cell.
 */
const SYMBOL_THEN_NUMBER_CELL =
  /(?<=\|[ \t]*[\p{Script=Han}\d][\p{Script=Han}\d-]{0,11}[ \t]?[/／・][ \t]?)(?<secret>\d{1,8})(?=[ \t]*\|)/dgu;
/** A heading naming both the symbol and the number, as a card prints them (保険証 記号・番号, 記号/番号). */
const SYMBOL_AND_NUMBER_HEADING = /記号[・/／ ]?番号/;

const underCardNumberHeading = (match: RegExpExecArray, shadow: string): boolean => {
  const heading = columnHeading(shadow, match.index) ?? "";
  return CARD_NUMBER_HEADING.test(heading) && !INSURER_NUMBER_HEADING.test(heading);
};

const underSymbolAndNumberHeading = (match: RegExpExecArray, shadow: string): boolean =>
  SYMBOL_AND_NUMBER_HEADING.test(columnHeading(shadow, match.index) ?? "");

export const INSURANCE_CARD_CELLS: readonly PiiDetector[] = [
  gated((shadow) => shadow.includes("保険") && shadow.includes("|"), patternDetector("PERSONAL_ID", CARD_NUMBER_CELL, underCardNumberHeading)),
  gated((shadow) => shadow.includes("記号") && shadow.includes("|"), patternDetector("PERSONAL_ID", SYMBOL_THEN_NUMBER_CELL, underSymbolAndNumberHeading)),
];
