import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Over-masks helpers saw on main during round 42r (issue 13), by class: each in other layouts too, a person's name
 * beside it still masked. Values are made up here.
 */
describeMaskingClasses("over-masks seen in round 42r", {
  "a day's or an order's word before a katakana given name and its honorific is no surname; the given name is masked": [
    ["本日 キク様から電話あり", "本日 [PERSON]様から電話あり"],
    ["今回 ハル 様 ご来店", "今回 [PERSON] 様 ご来店"],
    ["| 11/02 | 前日 ツル さん 来訪 |", "| 11/02 | 前日 [PERSON] さん 来訪 |"],
    ["神宮寺 トメ 様", "[PERSON] 様"],
    ["善福寺 キヨ さんより", "[PERSON] さんより"],
  ],
  "記 alone after a role's surname is the writer's mark, no given name; a given name starting with it is masked": [
    ["（文責 高見沢 記）", "（文責 [PERSON] 記）"],
    ["担当 高見沢 記", "担当 [PERSON] 記"],
    ["担当 高見沢 記子 さんへ", "担当 [PERSON] さんへ"],
  ],
});
