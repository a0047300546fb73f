import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Look-alike rules by class that the nineteenth set's misses called for (issue 13), each with other
 * values than the set's and a look-alike the rule must leave alone.
 */
describeMaskingClasses("look-alike classes of the nineteenth set", {
  "a firm named by a surname and its trade": [
    ["講習会の講師 宇野石材", "講習会の講師 宇野石材"],
    ["外壁は 担当 平井塗装 が施工", "外壁は 担当 平井塗装 が施工"],
    ["講師 宗田造園（法人枠）", "講師 宗田造園（法人枠）"],
    ["講師 平井 様", "講師 [PERSON] 様"],
  ],
  "a shop's word before a surname, as its sign writes it": [
    ["そば処 吉川 様から出前の注文", "そば処 吉川 様から出前の注文"],
    ["居酒屋 田村 様へ納品", "居酒屋 田村 様へ納品"],
    ["割烹 松井 様より予約", "割烹 松井 様より予約"],
    ["店主 吉川 様から注文", "店主 [PERSON] 様から注文"],
  ],
  "a transaction's number, a cancellation's or a transfer's": [
    ["解約番号 KY-2611-0031 で受付", "解約番号 KY-2611-0031 で受付"],
    ["送金番号 TR-99120044 をご確認ください", "送金番号 TR-99120044 をご確認ください"],
    ["入金番号 DP-2026-1188", "入金番号 DP-2026-1188"],
    ["会員番号 KY-2611-0031 で受付", "会員番号 [PERSONAL_ID] で受付"],
  ],
  "a corporation's number": [
    ["法人番号 4010001008772 の会社", "法人番号 4010001008772 の会社"],
    ["請求先の法人番号：7010401022916", "請求先の法人番号：7010401022916"],
    ["組合員番号 4010001008772", "組合員番号 [PERSONAL_ID]"],
  ],
});
