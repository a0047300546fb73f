import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Card and phone rules by class that recur in the sets' misses (issue 13): a card read out in a sentence that named
 * it earlier, a card copied with dots or slashes, a Japanese number with its country code but no `+`; each with values
 * of its own and look-alikes the rule must leave alone.
 */
describeMaskingClasses("card and phone classes of round 23", {
  "a card's number in four groups of four, its payment card named earlier on the line, its check digit right or not": [
    ["お客様のカードが通らず、番号を口頭で伺い入力：4980 1234 5678 9013（エラー）", "お客様のカードが通らず、番号を口頭で伺い入力：[CREDIT_CARD]（エラー）"],
    ["Her card was declined twice, so she read the number out: 5070-4794-3302-9618.", "Her card was declined twice, so she read the number out: [CREDIT_CARD]."],
    ["クレジットでのお支払い、控えの番号は 3530 1113 3330 0001 でした", "クレジットでのお支払い、控えの番号は [CREDIT_CARD] でした"],
    ["ポイントカードをお忘れとのことで、番号を口頭で確認：8800 1234 5678 9012", "ポイントカードをお忘れとのことで、番号を口頭で確認：8800 1234 5678 9012"],
    ["Gift card balance checked for 6000 1111 2222 3333 today", "Gift card balance checked for 6000 1111 2222 3333 today"],
    ["カードで支払い、注文番号 1234 5678 9012 3456 を控えた", "カードで支払い、注文番号 1234 5678 9012 3456 を控えた"],
  ],
  "a card's number in four groups of four between dots or slashes, by its cue or its check digit": [
    ["Card: 4111.1111.1111.1112 (mistyped)", "Card: [CREDIT_CARD] (mistyped)"],
    ["決済カード 4980/1234/5678/9013", "決済カード [CREDIT_CARD]"],
    ["| A-12 | 4111.1111.1111.1111 | 済 |", "| A-12 | [CREDIT_CARD] | 済 |"],
    ["build 2024.1111.2222.3333 shipped", "build 2024.1111.2222.3333 shipped"],
  ],
  "a Japanese number with its country code 81 and no plus: a mobile's always, a landline's after a phone's word": [
    ["Phone: 81-90-1234-5678", "Phone: [PHONE]"],
    ["WhatsApp me on 81 80 4471 2286.", "WhatsApp me on [PHONE]."],
    ["Tel (81) 3-3354-1189 (office)", "Tel [PHONE] (office)"],
    ["緊急連絡先：81-6-6341-2207（自宅）", "緊急連絡先：[PHONE]（自宅）"],
    ["Part 81-3-3354-1189 in stock", "Part 81-3-3354-1189 in stock"],
    ["order 81-90-1234-5678 shipped", "order 81-90-1234-5678 shipped"],
  ],
});
