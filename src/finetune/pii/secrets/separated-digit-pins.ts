import { gated, patternDetector } from "../detector.js";

/**
 * A PIN or a lock's code written with a middle dot between its digits, as read out one by one (暗証番号は 4・1・7・3,
 * 金庫の暗証：9･0･4･1, PIN 2・5・8・0): after a PIN's cue in the same clause, four to eight single digits so joined, and
 * the key pressed last where one is read (3・8・1・4・#). A run of three (1・2・3 月) is a list, not a code.
 */
const SEPARATED_PIN =
  /(?:暗証(?:番号)?|パスコード|ロック番号|(?<![A-Za-z])(?:PIN|[Pp]in|[Pp]asscode)(?![A-Za-z]))[^\n\d。]{0,16}?(?<=[はがを：:\s「])\s*(?<secret>\d(?:[・･]\d){3,7}(?:[・･][#*＃＊])?)(?![・･]?\d)/dg;

export const SEPARATED_DIGIT_PIN = gated(/[・･]\d/, patternDetector("SECRET", SEPARATED_PIN));
