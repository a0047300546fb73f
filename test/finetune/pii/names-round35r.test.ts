import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Names the thirty-fifth set leaked (issue 13, round 35r): a found name's kana reading as its bracket's next item after
 * an unquoted cue (四十物 陽翔、読み あいもの はると; 筑比地 勇輝、読み ﾂｸﾋﾁ ﾕｳｷ), hiragana, katakana or half-width kana.
 * A one-kanji surname alone at a field's start before a found given name (営業: 乾 美咲). With the look-alikes they leave:
 * a word after the cue, no reading given, a place's reading, a prefix word before a given name, a firm holding a surname.
 */
describeMaskingClasses("Names of round 35r", {
  "a found name's kana reading after 読み as its bracket's next item is masked": [
    ["- はるとくん（四十物 陽翔、読み あいもの はると）: 父 四十物 大輔 様", "- [PERSON]くん（[PERSON]、読み [PERSON]）: 父 [PERSON] 様"],
    ["ゆうきくん（筑比地 勇輝、読み ﾂｸﾋﾁ ﾕｳｷ）、保護者 筑比地 麻衣 様", "[PERSON]くん（[PERSON]、読み [PERSON]）、保護者 [PERSON] 様"],
    ["受講者：小鳥遊 結衣 様（小鳥遊 結衣、よみ：タカナシ ユイ）", "受講者：[PERSON] 様（[PERSON]、よみ：[PERSON]）"],
    ["担当 小鳥遊 結衣（小鳥遊 結衣 様、フリガナ ﾀｶﾅｼ ﾕｲ、内線 12）", "担当 [PERSON]（[PERSON] 様、フリガナ [PERSON]、内線 12）"],
  ],
  "a word after the cue, no reading given, or a place's reading stays": [
    ["田中 健太さん（田中 健太、読みにくい字）", "[PERSON]さん（[PERSON]、読みにくい字）"],
    ["田中 健太さん（田中 健太、読み なし）", "[PERSON]さん（[PERSON]、読み なし）"],
    ["田中 健太さん（田中 健太、読み ボランティア担当）", "[PERSON]さん（[PERSON]、読み ボランティア担当）"],
    ["集合は 東京駅（丸の内口、読み まるのうち）", "集合は 東京駅（丸の内口、読み まるのうち）"],
  ],
  "a one-kanji surname at a field's start before a found given name is masked with it": [
    ["査定士: 匂坂 隆之／営業: 乾 美咲、田中 一郎", "査定士: [PERSON]／営業: [PERSON]、[PERSON]"],
    ["講師：森 健太郎、補助：乾 美咲", "講師：[PERSON]、補助：[PERSON]"],
    ["出席 / 乾 美咲 / 欠席", "出席 / [PERSON] / 欠席"],
    ["・堀 美咲（3年）", "・[PERSON]（3年）"],
  ],
  "a prefix word before a given name, a firm holding a one-kanji surname, stays": [
    ["新 美咲 モデルの発売", "新 [PERSON] モデルの発売"],
    ["有限会社 乾設備 の見積", "有限会社 乾設備 の見積"],
    ["乾 燥機の点検", "乾 燥機の点検"],
  ],
});
