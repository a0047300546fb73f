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

describeMaskingClasses("name classes of the fifteenth set's leftovers", {
  "a surname that names a crossing, a signal or a stop is the place": [
    ["国道の、妻田の交差点の手前です", "国道の、妻田の交差点の手前です"],
    ["本郷 バス停で降りてください", "本郷 バス停で降りてください"],
    ["岩田の信号を右折", "岩田の信号を右折"],
    ["宛名は岩田で、住所は同じです", "宛名は[PERSON]で、住所は同じです"],
  ],
  "a given name of hiragana and a kanji before an honorific is one name with its surname": [
    ["担当は佐藤 みち子さんです", "担当は[PERSON]さんです"],
    ["原まり恵様へ送付", "[PERSON]様へ送付"],
    ["猫の子さんが来た", "猫の子さんが来た"],
  ],
});

describeMaskingClasses("names that are a team's, a firm's, a card's or a program's", {
  "a desk's or a team's name before its role mailbox": [
    ["> On 3 Mar 2026, Osaka Group Desk <bookings@ogd.example.jp> wrote:", "> On 3 Mar 2026, Osaka Group Desk <[EMAIL]> wrote:"],
    ["From: Northern Sales <info@north.example.com>", "From: Northern Sales <[EMAIL]>"],
    ["> Helen Walsh <helen.walsh@example.com> wrote:", "> [PERSON] <[EMAIL]> wrote:"],
  ],
  "a firm's legal form after its name and a comma is no second person": [
    ["Mr. Hughes, Ltd. replied", "Mr. [PERSON], Ltd. replied"],
    ["Ms. Grant, Inc. signed", "Ms. [PERSON], Inc. signed"],
    ["Mr. Hughes, Tom. replied", "Mr. [PERSON], [PERSON]. replied"],
  ],
  "a workshop, a farm or a brewery after a surname is a firm": [
    ["発注先は仁科 工房 です", "発注先は仁科 工房 です"],
    ["野口農園さんから届きました", "野口農園さんから届きました"],
    ["野口 健一さんから届きました", "[PERSON]さんから届きました"],
  ],
  "a card's brand and tier in capitals after the holder's word": [
    ["Card holder VISA GOLD, expires 08/27", "Card holder VISA GOLD, expires 08/27"],
    ["Card holder: JCB PLATINUM", "Card holder: JCB PLATINUM"],
    ["名義：HANAKO SUZUKI", "名義：[PERSON]"],
  ],
  "a program or a language addressed as a colleague": [
    ["Python さんに聞いてください", "Python さんに聞いてください"],
    ["Excel さんが落ちた", "Excel さんが落ちた"],
    ["Ryan さんに聞いてください", "[PERSON] さんに聞いてください"],
  ],
});
