import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * The card rule by class (issue 13, round 24): a card's cue counts for a number in its own sentence, or in the next
 * where that sentence names the number bare; each with values of its own and the look-alikes it must leave alone.
 */
describeMaskingClasses("card classes of round 24", {
  "a card's cue counts only in the number's own sentence, or in the next where it names the number bare": [
    ["カードで支払い。翌日の便名 1234 5678 9012 3456", "カードで支払い。翌日の便名 1234 5678 9012 3456"],
    ["Paid by card. Flight ref 1234 5678 9012 3456 next day", "Paid by card. Flight ref 1234 5678 9012 3456 next day"],
    ["クレジットで決済！予約番号は 2234 5678 9012 3457", "クレジットで決済！予約番号は 2234 5678 9012 3457"],
    ["お客様のカードが通らず、番号を口頭で伺い入力：4980 1234 5678 9013（エラー）", "お客様のカードが通らず、番号を口頭で伺い入力：[CREDIT_CARD]（エラー）"],
    ["The card No. 1234 5678 9012 3456 was refused", "The card No. [CREDIT_CARD] was refused"],
    ["デビット決済が通りません。番号 4980 1111 2222 3331、期限 08/29", "デビット決済が通りません。番号 [CREDIT_CARD]、期限 08/29"],
    ["Card declined. Number: 5070-4794-3302-9618", "Card declined. Number: [CREDIT_CARD]"],
    ["クレカが2回拒否。お客様が番号を読み上げ：3530 1113 3330 0009", "クレカが2回拒否。お客様が番号を読み上げ：[CREDIT_CARD]"],
    ["カードで支払い。翌日の便番号 1234 5678 9012 3456", "カードで支払い。翌日の便番号 1234 5678 9012 3456"],
    ["Paid by card. The flight number is 1234 5678 9012 3456", "Paid by card. The flight number is 1234 5678 9012 3456"],
    ["カードで支払い。その後の予約 1234 5678 9012 3456", "カードで支払い。その後の予約 1234 5678 9012 3456"],
    ["デビットカードが使えず、番号を読み上げてもらった：4980-1234-5678-9013", "デビットカードが使えず、番号を読み上げてもらった：[CREDIT_CARD]"],
  ],
});
