import { gated, patternDetector } from "../detector.js";

/**
 * A PIN or a lock's code written with a middle dot between its digits, as read out one by one (暗証番号は 4・1・7・3,
 * 金庫の暗証：9･0･4･1, PIN 2・5・8・0): after a PIN's cue in the same clause, four to eight single digits so joined, and
 * the key pressed last where one is read (3・8・1・4・#). A run of three (1・2・3 月) is a list, not a code.
 */
const SEPARATED_PIN =
  /(?:暗証(?:番号)?|パスコード|ロック番号|(?<![A-Za-z])(?:PIN|[Pp]in|[Pp]asscode)(?![A-Za-z]))[^\n\d。]{0,16}?(?<=[はがを：:\s「])\s*(?<secret>\d(?:[・･]\d){3,7}(?:[・･][#*＃＊])?)(?![・･]?\d)/dg;

/**
 * The same code with a space between its digits, as read out or typed from a card (PIN … is 4 digits: 7 3 1 9, 暗証番号
 * （4桁）は 5 0 8 2 です): after the cue in the same sentence, its length perhaps said on the way, four to eight single
 * digits. A number of more digits between spaces (PIN 1234 5678) is no such code, nor three digits (1 2 3).
 */
const SPACED_PIN =
  /(?:暗証(?:番号)?|パスコード|ロック番号|(?<![A-Za-z])(?:PIN|[Pp]asscode)(?![A-Za-z]))[^\n。.!?]{0,60}?(?<=[はがを：:\s「])(?<secret>\d(?: \d){3,7})(?! ?\d)/dg;

/**
 * A keypad's code spaced digit by digit with its enter key pressed last (1 9 0 7 #, 5 2 8 0 ＃), anywhere on a line a
 * lock's or a door's code is spoken of (玄関の暗証番号は 1 9 0 7 #（先月は 4 4 1 2 #）, door code last week was 3 8 1 4 #): a
 * line's second code, its old or its next one, is a code as much as the first. Not a count or a list (1 2 3 #), nor a key
 * pressed without a lock's word on the line (内線 1 2 3 4 #).
 */
const KEYPAD_CODE_CUE = "暗証|パスコード|オートロック|キーボックス|ロック番号|解錠|(?<![A-Za-z])(?:PIN|[Pp]asscode|[Dd]oor code|[Gg]ate code|[Kk]eypad|[Kk]ey ?box)(?![A-Za-z])";
const SPACED_KEYPAD_CODE = new RegExp(`(?<=(?:${KEYPAD_CODE_CUE})[^\\n]{0,80}?)(?<!\\d ?)\\d(?: \\d){3,7} ?[#＃](?![\\d#＃])`, "dg");

export const SEPARATED_DIGIT_PIN = gated(/[・･]\d/, patternDetector("SECRET", SEPARATED_PIN));
export const SPACED_DIGIT_PIN = gated(/\d \d \d \d/, patternDetector("SECRET", SPACED_PIN));
export const SPACED_KEYPAD_CODE_PIN = gated(/\d \d \d \d ?[#＃]/, patternDetector("SECRET", SPACED_KEYPAD_CODE));
