import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Japanese name classes a probe of rosters, dispatch logs, lesson sheets and juku notes found leaking in the round after
 * the twenty-sixth set's writing (issue 13), each with the look-alikes beside it that must stay. Values are made up here,
 * not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a listed surname alone beside a crew's or a club's job": [
    ["配車 09:40 運転手 比嘉 迎車 空港", "配車 09:40 運転手 [PERSON] 迎車 空港"],
    ["乗務員：島袋、交代 12時", "乗務員：[PERSON]、交代 12時"],
    ["副主将 佐々木、主将 ミヤザト", "副主将 [PERSON]、主将 [PERSON]"],
    ["ドライバー タナカ 休憩中", "ドライバー [PERSON] 休憩中"],
    ["具志堅 運転手 休憩", "[PERSON] 運転手 休憩"],
    ["班長 ヨコヤマ", "班長 [PERSON]"],
    ["会計 中島（4月から）", "会計 [PERSON]（4月から）"],
  ],
  "a job's word beside no surname": [
    ["運転手 2名 不足", "運転手 2名 不足"],
    ["班長 会議 公民館", "班長 会議 公民館"],
    ["コーチ 募集中", "コーチ 募集中"],
    ["スキー インストラクター 募集", "スキー インストラクター 募集"],
    ["タクシー 運転手", "タクシー 運転手"],
    ["会計 報告 と 書記 選出", "会計 報告 と 書記 選出"],
    ["監督 インタビュー", "監督 インタビュー"],
    ["マネージャー ミーティング", "マネージャー ミーティング"],
    ["長野 コーチ 陣", "長野 コーチ 陣"],
    ["運転手 大阪 行き", "運転手 大阪 行き"],
    ["監督 トヨタ", "監督 トヨタ"],
    ["ドライバー ヤマト", "ドライバー ヤマト"],
    ["主将 以下 10名", "主将 以下 10名"],
  ],
  "two hiragana that read as a given name before ちゃん or くん": [
    ["ゆなちゃん（年少）お迎え 15時", "[PERSON]ちゃん（年少）お迎え 15時"],
    ["りくくん 数学 要フォロー", "[PERSON]くん 数学 要フォロー"],
    ["みおちゃん、りんちゃん 初参加", "[PERSON]ちゃん、[PERSON]ちゃん 初参加"],
    ["そら くん 板 100cm", "[PERSON] くん 板 100cm"],
    ["たなか ゆなちゃん お迎え", "[PERSON]ちゃん お迎え"],
    ["あした りくくん 欠席", "あした [PERSON]くん 欠席"],
  ],
  "two hiragana before ちゃん or くん that are no child": [
    ["くまちゃん クッキー", "くまちゃん クッキー"],
    ["あかちゃん 用品", "あかちゃん 用品"],
    ["わんちゃん 同伴可", "わんちゃん 同伴可"],
    ["ねえちゃん と にいちゃん", "ねえちゃん と にいちゃん"],
    ["とうちゃん かあちゃん", "とうちゃん かあちゃん"],
    ["おばあちゃん の 家", "おばあちゃん の 家"],
    ["ちゃんぽん 大盛", "ちゃんぽん 大盛"],
  ],
  "a katakana given name with the honorific in katakana, half-width too": [
    ["ﾕｳｷｸﾝ 送迎", "[PERSON]ｸﾝ 送迎"],
    ["ｻｸﾗﾁｬﾝ 5ｻｲ", "[PERSON]ﾁｬﾝ 5ｻｲ"],
    ["ﾐｵﾁｬﾝ ｿﾗｸﾝ", "[PERSON]ﾁｬﾝ [PERSON]ｸﾝ"],
    ["ハナチャン おやつ", "[PERSON]チャン おやつ"],
  ],
  "katakana before チャン or クン that is no given name": [
    ["ﾜﾝﾁｬﾝ OK", "ﾜﾝﾁｬﾝ OK"],
    ["ｵﾊﾞﾁｬﾝ の 店", "ｵﾊﾞﾁｬﾝ の 店"],
    ["アカチャンホンポ で購入", "アカチャンホンポ で購入"],
    ["ワンチャン ある", "ワンチャン ある"],
  ],
  "a kanji given name alone beside a child's age, year or class": [
    ["受講者：芽依 6歳、悠真 8歳", "受講者：[PERSON] 6歳、[PERSON] 8歳"],
    ["陽菜 中3 英語", "[PERSON] 中3 英語"],
    ["健太 小5 体験", "[PERSON] 小5 体験"],
    ["翔太5歳 ボーゲン", "[PERSON]5歳 ボーゲン"],
    ["2年3組 美咲 保護者様", "2年3組 [PERSON] 保護者様"],
    ["1年2組 大翔、1年3組 結衣", "1年2組 [PERSON]、1年3組 [PERSON]"],
  ],
  "an age, a year or a class beside no given name": [
    ["男性 45歳", "男性 45歳"],
    ["年長 5歳 クラス", "年長 5歳 クラス"],
    ["対象 小3 から", "対象 小3 から"],
    ["3年2組 学級通信", "3年2組 学級通信"],
    ["3年2組 担任", "3年2組 担任"],
    ["満 5歳 以上", "満 5歳 以上"],
    ["平均 12歳", "平均 12歳"],
    ["享年 78歳", "享年 78歳"],
    ["新規 中3 2名", "新規 中3 2名"],
    ["令和3年2組", "令和3年2組"],
    ["本日 12歳 誕生日", "本日 12歳 誕生日"],
  ],
  "a household named by its surname and 家 in a rite's register": [
    ["新垣家 先祖供養", "[PERSON]家 先祖供養"],
    ["ご祈祷 鈴木家（家内安全）", "ご祈祷 [PERSON]家（家内安全）"],
    ["比嘉家 之墓 清掃", "[PERSON]家 之墓 清掃"],
    ["施主：前田家、一周忌", "施主：[PERSON]家、一周忌"],
  ],
  "家 after a word that is no household's surname, or no rite": [
    ["山田家の食卓", "山田家の食卓"],
    ["小説家 の 墓", "小説家 の 墓"],
    ["平家 の 墓", "平家 の 墓"],
    ["専門家 の 供養", "専門家 の 供養"],
    ["天皇家 祭祀 法要", "天皇家 祭祀 法要"],
    ["大和家 祈祷", "大和家 祈祷"],
    ["田中家具 法要", "田中家具 法要"],
  ],
  "a surname the dictionary lacks starting a field before a found given name": [
    ["（野国 真央）", "（[PERSON]）"],
    ["浦崎 美代 78歳", "[PERSON] 78歳"],
    ["「宇留間 真央」", "「[PERSON]」"],
    ["|宇留間 陽菜 12歳|", "|[PERSON] 12歳|"],
    ["波多江 悠真 8歳", "[PERSON] 8歳"],
  ],
  "a word starting a field before a found given name that is no surname": [
    ["本日 陽太 5歳", "本日 [PERSON] 5歳"],
    ["（今回 陽太 5歳）", "（今回 [PERSON] 5歳）"],
    ["（見本 真央）", "（見本 [PERSON]）"],
    ["営業部 花子 様", "営業部 [PERSON] 様"],
  ],
};

describeMaskingClasses("Japanese name classes of the round-26 probe", classes);
