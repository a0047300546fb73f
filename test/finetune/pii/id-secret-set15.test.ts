import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * ID rules by class that the fifteenth set's misses called for (issue 13), each with other values than the set's and
 * the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("id classes of the fifteenth set", {
  "a code of the same series as a person's code found in the text": [
    ["会員番号 MB-204417 の方と、MB-198230 の方が同じ住所です", "会員番号 [PERSONAL_ID] の方と、[PERSONAL_ID] の方が同じ住所です"],
    ["学籍番号 T23-0415 は休学、T24-1187 は復学", "学籍番号 [PERSONAL_ID] は休学、[PERSONAL_ID] は復学"],
    ["Member ID GYM-KW-30918 renewed; GYM-KW-31120 cancelled.", "Member ID [PERSONAL_ID] renewed; [PERSONAL_ID] cancelled."],
    ["会員番号 MB-204417 の注文 MB-2044 と MB-2044170 は別物", "会員番号 [PERSONAL_ID] の注文 MB-2044 と MB-2044170 は別物"],
    ["会員番号 MB-204417、注文 ORD-118822 と請求 INV-204417", "会員番号 [PERSONAL_ID]、注文 ORD-118822 と請求 INV-204417"],
    ["注文 MB-204417 と MB-198230 を発送しました", "注文 MB-204417 と MB-198230 を発送しました"],
  ],
});
