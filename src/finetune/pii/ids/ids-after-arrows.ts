import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { isIdLabel } from "./labelled-id-detectors.js";

/**
 * A person's ID label, then in the same sentence an arrow and its code (会員番号を聞かれた → KM-3310-207718, 社員IDが必要
 * とのこと ⇒ E-40-18826): a note's way of writing the value it was asked for. A label of a person's ID by its form
 * (isIdLabel: 社員番号, 会員ID; not 注文番号 or 伝票番号), no other number's word between nor の right after it (会員番号の
 * 形式 → …: the number's form, not its value), and a code of letters and digits, four digits or more.
 */
const LABEL_THEN_ARROW =
  /(?<![\p{Script=Han}\p{Script=Katakana}ー])(?<label>[\p{Script=Han}\p{Script=Katakana}ー]{1,8}(?:番号|ID))(?<gap>[^\n。!?！？→⇒]{0,24}?)(?:→|->|⇒)[ \t　]*(?<secret>[A-Za-z]{1,4}-?\d[A-Za-z0-9-]{2,20}\d)(?![A-Za-z0-9-])/dgu;

const idAfterArrow = (match: RegExpExecArray): boolean =>
  isIdLabel(match.groups!.label!) && !/番号|ID|No|^の/.test(match.groups!.gap!) && (match.groups!.secret!.match(/\d/g)?.length ?? 0) >= 4;

export const IDS_AFTER_ARROWS: readonly PiiDetector[] = [gated(/(?:番号|ID)[^\n]{0,24}(?:→|->|⇒)/, patternDetector("PERSONAL_ID", LABEL_THEN_ARROW, idAfterArrow))];
