import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Look-alikes the fifteenth set showed masked (issue 13), by class, each with other values than the set's: a thing's
 * code after its word stays, a date after a password stays; the person's values beside them are still masked.
 */
describeMaskingClasses("look-alike classes of the fifteenth set", {
  "a refund's, a settlement's, an appraisal's or a kept key's number is the thing's": [
    ["返金処理番号 RF-25-1182 で処理済み", "返金処理番号 RF-25-1182 で処理済み"],
    ["精算番号：ST-0093-12 をご確認ください", "精算番号：ST-0093-12 をご確認ください"],
    ["査定番号 AP-250301-0017 でお見積り", "査定番号 AP-250301-0017 でお見積り"],
    ["預かり鍵 No.KB-0912 で解錠", "預かり鍵 No.KB-0912 で解錠"],
    ["会員番号 KM-0031882 の方", "会員番号 [PERSONAL_ID] の方"],
  ],
  "a password before a Japanese aside in brackets that holds a date": [
    ["初期パスワード Hm_Portal#25（3/31 以降無効）", "初期パスワード [SECRET]（3/31 以降無効）"],
    ["パスワード：Kx9!tr22（12/1 まで有効）です", "パスワード：[SECRET]（12/1 まで有効）です"],
    ["password: ab(cd)9x2 is set", "password: [SECRET] is set"],
  ],
});
