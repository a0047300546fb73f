import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Japanese names the registered sets leaked or look-alikes they lost (issue 13, round 44r): a child's kanji given
 * name after its place in the family with its reading in brackets, the reading masked too and a common noun's kanji
 * taken as a name when the reading is a given name's and no word's; a shop named by its kind in katakana, a trade's
 * 処 or its goods in kana and の before its keeper's surname, a firm's name after its legal form before 様, a clinic
 * named by its district, a katakana founder's name before a firm's word and a town's public hall after an address kept;
 * a foreign resident's katakana name joined by ・ after a part-timer's, a student's or a child's word, and a half-width
 * katakana name joined by its own dot before です; a spaced kanji name after an arrow from a found name. Each with the near things it leaves.
 */
describeMaskingClasses("Japanese names and look-alikes of round 44r", {
  "a child's kanji name and its bracketed reading after its place in the family are masked": [
    ["世帯：長男 大空（そら、6歳）、長女 陽菜（ひな、3歳）", "世帯：長男 [PERSON]（[PERSON]、6歳）、長女 [PERSON]（[PERSON]、3歳）"],
    ["次女 結衣（ゆい）も来ました。", "次女 [PERSON]（[PERSON]）も来ました。"],
    ["長男 健斗（けんと・小2）", "長男 [PERSON]（[PERSON]・小2）"],
  ],
  "a common noun with a word's reading after a child's place is left": [
    ["長男 大学（だいがく、2年）に進学", "長男 大学（だいがく、2年）に進学"],
    ["長女 誕生（たんじょう）のお祝い", "長女 誕生（たんじょう）のお祝い"],
  ],
  "a surname after a shop's kind, a trade's 処 or its kana goods and の is the shop's": [
    ["電器店 くすりの森下 の見積", "電器店 くすりの森下 の見積"],
    ["着付け：呉服処 松井（松井 詩織 さんとは無関係）", "着付け：呉服処 松井（[PERSON] さんとは無関係）"],
    ["中古車店 バイクガレージ 宮内 から紹介", "中古車店 バイクガレージ 宮内 から紹介"],
    ["フラワーショップ 森下 に注文", "フラワーショップ 森下 に注文"],
  ],
  "a surname after no shop's word stays a person's": [
    ["うちの森下 が行きます", "うちの[PERSON] が行きます"],
    ["ショップ店員 森下 さん", "ショップ店員 [PERSON] さん"],
    ["担当の 宮内 が伺います", "担当の [PERSON] が伺います"],
  ],
  "a firm's name after its legal form before 様 is kept": [
    ["<title>申込一覧（株式会社 サカキ電装 様）</title>", "<title>申込一覧（株式会社 サカキ電装 様）</title>"],
    ["株式会社 サカキ 様", "株式会社 サカキ 様"],
    ["有限会社 サカキ工業 様", "有限会社 サカキ工業 様"],
    ["サカキ電装様のVPN出口", "サカキ電装様のVPN出口"],
    ["コバト精機 様", "コバト精機 様"],
  ],
  "a person after the firm and its department before 様 is masked": [
    ["株式会社コバト 人事部 サカキ 様", "株式会社コバト 人事部 [PERSON] 様"],
    ["担当 サカキ 様", "担当 [PERSON] 様"],
  ],
  "a clinic named by its district is kept": [["かかりつけ 北島中央クリニック の 京極 先生", "かかりつけ 北島中央クリニック の [PERSON] 先生"]],
  "a town's public hall after an address is no building of the home": [
    ["住所：名護市北浜761番地 北浜公民館 の裏", "住所：[ADDRESS] 北浜公民館 の裏"],
    ["集合：那覇市泉崎1丁目2番3号 泉崎図書館 の前", "集合：[ADDRESS] 泉崎図書館 の前"],
  ],
  "a home's building after an address is still the address": [["那覇市泉崎1丁目2番3号 泉崎ハイツ 203", "[ADDRESS]"]],
  "a katakana name joined by ・ after a part-timer's, a student's or a child's word is masked": [
    ["アルバイト ハリム・サフィラ、山田 太郎", "アルバイト [PERSON]、[PERSON]"],
    ["うちの子 ソン・ミンジェ（3年）", "うちの子 [PERSON]（3年）"],
    ["留学生 ティ・ハン は来週", "留学生 [PERSON] は来週"],
  ],
  "words joined by ・ after a part-timer's word are left": [["アルバイト ホール・スタッフ を募集", "アルバイト ホール・スタッフ を募集"]],
  "a half-width katakana name joined by its dot before です is masked": [
    ["ﾌﾞﾗｲｱﾝ･ﾏｰｸｽ です、妻の件で", "[PERSON] です、妻の件で"],
    ["ﾏﾙｺ･ﾛｯｼ と申します", "[PERSON] と申します"],
  ],
  "half-width loanwords joined by the dot are left": [["ﾎｯﾄ･ｹｰｷ です。", "ﾎｯﾄ･ｹｰｷ です。"]],
  "a spaced kanji name after an arrow from a found name is masked": [
    ["[3/6 14:37] 蒲生 → 鳩間谷 真琴：DB の件", "[3/6 14:37] [PERSON] → [PERSON]：DB の件"],
    ["[14:37] 蒲生 隆 → 大鷹 悠人、確認お願いします", "[14:37] [PERSON] → [PERSON]、確認お願いします"],
  ],
  "a desk's or a step's words after the arrow are left": [
    ["[14:37] 蒲生 → 作業 完了：", "[14:37] [PERSON] → 作業 完了："],
    ["[14:37] 蒲生 隆 → 本社 経理、", "[14:37] [PERSON] → 本社 経理、"],
  ],
});
