import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Japanese name classes a probe of rosters, registers and ledgers showed (issue 13, round 27), each with the look-alikes
 * beside it that must stay. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a hiragana given name the dictionary lacks after a found surname, before who the person is in brackets or closing them": [
    ["面談：中2 奥間 かなた（母 奥間 恵）", "面談：中2 [PERSON]（母 [PERSON]）"],
    ["名簿 仲田 かなで（兄 仲田 蓮）", "名簿 [PERSON]（兄 [PERSON]）"],
    ["七五三 12/14 （屋良 つむぎ）3歳", "七五三 12/14 （[PERSON]）3歳"],
    ["出席 （宮里 かのん）", "出席 （[PERSON]）"],
  ],
  "a sentence's hiragana word after a found surname stays": [
    ["担当：佐藤 ください（至急）", "担当：[PERSON] ください（至急）"],
    ["理事長 徳田 ほかに、", "理事長 [PERSON] ほかに、"],
    ["講師 佐藤 こちら、", "講師 [PERSON] こちら、"],
    ["担当：佐藤 ひまわり組", "担当：[PERSON] ひまわり組"],
  ],
  "an older woman's katakana given name the dictionary cannot read, after a found surname": [
    ["香典帳 故 比嘉 カマド 儀 葬儀", "香典帳 故 [PERSON] 儀 葬儀"],
    ["90歳 卒寿 新里 カメ（施設入所）", "90歳 卒寿 [PERSON]（施設入所）"],
    ["担当：宮城 ウシ、", "担当：[PERSON]、"],
    ["白寿 仲村 カマド 様", "白寿 [PERSON] 様"],
  ],
  "a katakana word after a found surname that is no given name stays": [
    ["担当：佐藤 カメラマン", "担当：[PERSON] カメラマン"],
    ["担当：佐藤 マツダ車", "担当：[PERSON] マツダ車"],
  ],
  "a listed kanji surname before a kana given name found alone, full- or half-width": [
    ["99歳 白寿 比屋根 ウト 様", "99歳 白寿 [PERSON] 様"],
    ["長寿 比屋根 ｳﾄ 様", "長寿 [PERSON] 様"],
  ],
  "a kanji word before a kana given name that is no surname, or a place, stays": [
    ["営業部 ミユキ 様", "営業部 [PERSON] 様"],
    ["八幡神社 の 七五三 参拝", "八幡神社 の 七五三 参拝"],
    ["比嘉商店 で 米 10kg 購入", "比嘉商店 で 米 10kg 購入"],
    ["金城 ふ頭 の 倉庫", "金城 ふ頭 の 倉庫"],
  ],
  "a deceased person's full name before 享年 or 儀, the surname listed or not": [
    ["故人 山入端 ナベ（享年98）", "故人 [PERSON]（享年98）"],
    ["墓誌 四十物谷 トヨ 享年九十一", "墓誌 [PERSON] 享年九十一"],
    ["訃報 五百旗頭 ふさ（享年88）", "訃報 [PERSON]（享年88）"],
    ["亡母 伊集 ツル 儀", "亡母 [PERSON] 儀"],
  ],
  "a funeral's words before 享年 or 儀 stay": [
    ["祖父（享年98）", "祖父（享年98）"],
    ["故人 享年 92歳", "故人 享年 92歳"],
    ["本日 儀式 を執り行います", "本日 儀式 を執り行います"],
    ["告別式 儀 について", "告別式 儀 について"],
    ["葬儀 会場 儀 典 室", "葬儀 会場 儀 典 室"],
  ],
};

describeMaskingClasses("Japanese names of the round-27 probe", classes);
