import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Name rules by class for what the seventeenth set (a development set) missed (issue 13), each with other values than
 * the set's and the look-alikes it must leave alone (expected === input, or only the name beside them masked).
 */
describeMaskingClasses("name classes of the seventeenth set", {
  "a spaced full name as a list's item beside a found name, its given name a noun too": [
    ["同行者は 山本 太郎（本人）、岩佐 光、池端 実。", "同行者は [PERSON]（本人）、[PERSON]、[PERSON]。"],
    ["同伴：岩佐 光、池端 実、山本 太郎", "同伴：[PERSON]、[PERSON]、[PERSON]"],
    ["担当 山本 太郎、会議 室、資料 一式", "担当 [PERSON]、会議 室、資料 一式"],
  ],
  "another full name of a found person's family, with the same surname and a space": [
    ["長男 辻 浩一\n二男 辻 康弘（死亡）→ 代襲：辻 陽菜（未成年）", "長男 [PERSON]\n二男 [PERSON]（死亡）→ 代襲：[PERSON]（未成年）"],
    ["保護者 真田 美穂 様。双子（真田 結・真田 蓮）の入所", "保護者 [PERSON] 様。双子（[PERSON]・[PERSON]）の入所"],
    ["担当 辻 正三郎。辻 医院 と 辻 部長 へ。", "担当 [PERSON]。辻 医院 と 辻 部長 へ。"],
  ],
  "a surname the dictionary lacks before a one-kanji given name and an honorific or です": [
    ["患者 座波 清 さん（84歳）", "患者 [PERSON] さん（84歳）"],
    ["水無瀬 凛です。", "[PERSON]です。"],
    ["水無瀬様、承りました", "[PERSON]様、承りました"],
    ["総務 林 さん", "総務 [PERSON] さん"],
    ["会議 室です", "会議 室です"],
  ],
  "a listed name after a librarian's title or a katakana post's": [
    ["記録者：司書 八重樫 梢 / 補助", "記録者：司書 [PERSON] / 補助"],
    ["担当 キャディマスター 榊 俊介", "担当 キャディマスター [PERSON]"],
    ["フロアマネージャー 堀 健一", "フロアマネージャー [PERSON]"],
    ["ゲームマスター 東 京", "ゲームマスター 東 京"],
    ["司書 資格 取得", "司書 資格 取得"],
  ],
});
