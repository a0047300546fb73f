import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Phone, e-mail, secret, card and My Number rules by class that the thirteenth set's misses called for (issue 13),
 * each with other values than the set's and the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("contact, secret, card and My Number classes of the thirteenth set", {
  "a phone number read back with commas and の between its groups": [
    ["[10:02] 受付：080、4412の、9087ですね。", "[10:02] 受付：[PHONE]ですね。"],
    ["控え：03、5521、7781 です", "控え：[PHONE] です"],
    ["番号札 03、1234、5678、9012 を順に呼びます", "番号札 03、1234、5678、9012 を順に呼びます"],
  ],
  "a Korean mobile number, 010 in groups of four": [
    ["連絡先 010-9821-4471（韓国の携帯）", "連絡先 [PHONE]（韓国の携帯）"],
    ["部品 010-98214-471 を発注", "部品 010-98214-471 を発注"],
  ],
  "an e-mail address read out with ドット and アットマーク": [
    ["メールは kenta ドット mori アットマーク gmail ドット com です", "メールは [EMAIL] です"],
    ["アドレスは ayaka アットマーク example ドット co ドット jp で", "アドレスは [EMAIL] で"],
    ["ドット絵の 16 ドット サイズで描く", "ドット絵の 16 ドット サイズで描く"],
  ],
  "a secret's second guess after か or or": [
    ["暗証番号はたぶん 4831 か 3481 です", "暗証番号はたぶん [SECRET] か [SECRET] です"],
    ["the PIN is 5520 or 5502, I think", "the PIN is [SECRET] or [SECRET], I think"],
    ["the PIN is 5520 or later this week", "the PIN is [SECRET] or later this week"],
  ],
  "a card number read out in kana, hiragana and katakana digits mixed": [
    ["番号言いますね。よんきゅうゼロいち、さんにーはちろく、ななごーよんきゅう、いちななきゅうゼロ。", "番号言いますね。[PERSONAL_ID]。"],
    ["いちごゼリーを三つ", "いちごゼリーを三つ"],
  ],
  "a card number followed by its expiry, its check digit wrong": [
    ["asked to pay the fee by card over the phone: 4000 1234 5678 9011 exp 11/27", "asked to pay the fee by card over the phone: [CREDIT_CARD] exp 11/27"],
    ["Tracking 4000 1234 5678 9011 exp 11/27", "Tracking 4000 1234 5678 9011 exp 11/27"],
    ["Batch 4000 1234 5678 9011 shipped 11/27", "Batch 4000 1234 5678 9011 shipped 11/27"],
  ],
  "a My Number given sentences after it is named, its check digit wrong": [
    ["マイナンバーの提出って必要ですか？支払調書に必要って来ました。3310 2284 7719 です", "マイナンバーの提出って必要ですか？支払調書に必要って来ました。[MY_NUMBER] です"],
    ["マイナンバーカードの申請をしました。申請番号 3310 2284 7719 です", "マイナンバーカードの申請をしました。申請番号 3310 2284 7719 です"],
  ],
});
