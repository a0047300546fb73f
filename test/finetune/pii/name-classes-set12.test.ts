import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Name rules by class that the twelfth set's misses called for (issue 13), each with other values than the set's and
 * the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("name classes of the twelfth set", {
  "a Korean or Chinese family name alone after a title, a place's word too": [
    ["Thanks for waiting, Ms. Kim. Dr. Song will call.", "Thanks for waiting, Ms. [PERSON]. Dr. [PERSON] will call."],
    ["Sorry, Mr. Park, the car is ready.", "Sorry, Mr. [PERSON], the car is ready."],
  ],
  "a Chinese name in pinyin, the given name hyphenated and capitalised or one syllable": [
    ["Reviewed-by: Lin Mei-Hua <mh@example.tw>", "Reviewed-by: [PERSON] <[EMAIL]>"],
    ["participant Zhang Min (64) signed", "participant [PERSON] (64) signed"],
    ["flights to Hong Kong in the Zhou Dynasty exhibit", "flights to Hong Kong in the Zhou Dynasty exhibit"],
    ["a Check-In Lin desk", "a Check-In Lin desk"],
  ],
  "a Latin name's rendering in half-width katakana in the row's next field, one word enough": [
    ["| 12 | Margaret Ellis | ﾏｰｶﾞﾚｯﾄ | 2026/05/01 |", "| 12 | [PERSON] | [PERSON] | 2026/05/01 |"],
    ["| 13 | Pham Van Duc | ﾌｧﾑ ｳﾞｧﾝ ﾄﾞｩｸ | 電話希望 |", "| 13 | [PERSON] | [PERSON] | 電話希望 |"],
    ["John Smith, マネージャー, 東京", "[PERSON], マネージャー, 東京"],
  ],
  "a spaced full name whose given name is a noun too, before a number or an age only a person has": [
    ["研究科 松岡 翼、学籍番号 S2290114 の確認", "研究科 [PERSON]、学籍番号 [PERSONAL_ID] の確認"],
    ["参加者 森下 光、72歳", "参加者 [PERSON]、72歳"],
    ["営業 本部、社員番号の一覧", "営業 本部、社員番号の一覧"],
  ],
  "a found surname repeated before a household word (家, ママ, 本人) or before より and a colon": [
    ["保護者 田村 春香\n田村家の連絡先、田村ママの携帯", "保護者 [PERSON]\n[PERSON]家の連絡先、[PERSON]ママの携帯"],
    ["Author: 杉本 和樹\n杉本本人に確認済み。杉本家具の棚", "Author: [PERSON]\n[PERSON]本人に確認済み。杉本家具の棚"],
    ["経理 戸田 より：請求書を送付", "経理 [PERSON] より：請求書を送付"],
    ["東京 より：新幹線", "東京 より：新幹線"],
  ],
  "no name: a firm's field of work ending in -ics after a surname, a title ending in 長 after a role's label": [
    ["バッジの社名は \"Mori Analytics\" でお願いします。", "バッジの社名は \"Mori Analytics\" でお願いします。"],
    ["承認者：センター長 木下 浩二", "承認者：センター長 [PERSON]"],
  ],
});
