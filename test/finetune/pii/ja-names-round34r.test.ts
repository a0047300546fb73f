import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Japanese-script name classes taken after the thirty-fourth set (issue 13), each with the look-alikes beside it that
 * must stay. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a found name's hiragana reading as a roster's next item, and the list going on from the reading": [
    ["参加者：東海林 健太、しょうじ けんた、木村 花子。", "参加者：[PERSON]、[PERSON]、[PERSON]。"],
    ["名簿：大場 信二、おおば しんじ、小野 実、おの みのる …ほか4名", "名簿：[PERSON]、[PERSON]、[PERSON]、[PERSON] …ほか4名"],
    ["名簿：佐藤 一郎、おおさか ほんてん、田中 花子。", "名簿：[PERSON]、おおさか ほんてん、[PERSON]。"],
    ["名簿：佐藤 一郎、きょう まいる。", "名簿：[PERSON]、きょう まいる。"],
  ],
  "a name's reading in the bracket after it, opened by its cue word, quoted or up to the bracket's stop": [
    ["氏名：鰐淵 茂（読みは わにぶち しげる。旧姓で登録）", "氏名：[PERSON]（読みは [PERSON]。旧姓で登録）"],
    ["幹事 相良 さん（名前の読みは「さがら」、相良 紘一）", "幹事 [PERSON] さん（名前の読みは「[PERSON]」、[PERSON]）"],
    ["担当：佐藤 和也 さん（ふりがな：サトウ カズヤ）", "担当：[PERSON] さん（ふりがな：[PERSON]）"],
    ["担当：四十物 和也（読みは わからない）", "担当：[PERSON]（読みは わからない）"],
    ["担当：佐藤 和也（読みは 不明）", "担当：[PERSON]（読みは 不明）"],
    ["商品：大吟醸（読みは だいぎんじょう）", "商品：大吟醸（読みは だいぎんじょう）"],
  ],
  "a hiragana full name where the text speaks of a name's reading just before it": [
    ["名前のふりがなを間違えました。はせがわ みさき が正しいです。", "名前のふりがなを間違えました。[PERSON] が正しいです。"],
    ["フリガナの訂正：いしだ こうたろう です", "フリガナの訂正：[PERSON] です"],
    ["ふりがなは あとで おくります", "ふりがなは あとで おくります"],
    ["ふりがなの欄は ひらがなで かいてください", "ふりがなの欄は ひらがなで かいてください"],
    ["ふりがなを かく ところ です", "ふりがなを かく ところ です"],
    ["よみがなは ぜんぶ ひらがな で", "よみがなは ぜんぶ ひらがな で"],
  ],
  "a found surname, two spaces a typist left, and its given name": [
    ["氏名：上野  れい子（備考なし）", "氏名：[PERSON]（備考なし）"],
    ["氏名：佐藤　　花子（備考なし）", "氏名：[PERSON]（備考なし）"],
    ["氏名：沖田  キヨ（92歳）", "氏名：[PERSON]（92歳）"],
  ],
  "a found surname joined by ノ and a short katakana given name": [
    ["手書き：山ノ内 スミ 松戸市 小金原３の１４の６", "手書き：[PERSON] [ADDRESS]"],
    ["受取：一ノ瀬 ハル、電話 03-1234-5678", "受取：[PERSON]、電話 [PHONE]"],
  ],
  "a list's item after a found name's note in brackets, a kanji surname and hiragana given name, a middle item whose surname is a noun": [
    ["リペアマン: Okonkwo Daniel（管楽器）、鰐淵 律（弦楽器）", "リペアマン: [PERSON]（管楽器）、[PERSON]（弦楽器）"],
    ["前使用者（佐々木 亘、Shrestha Bikram、荘司 ちえ ほか17名）", "前使用者（[PERSON]、[PERSON]、[PERSON] ほか17名）"],
    ["乗船名簿: 冨士原 隆之、猪子 健、Maria Lopez", "乗船名簿: [PERSON]、[PERSON]、[PERSON]"],
    ["参加者：佐藤 一郎、会議 室、田中 花子", "参加者：[PERSON]、会議 室、[PERSON]"],
    ["出席：佐藤 一郎、東京 本社（営業）", "出席：[PERSON]、東京 本社（営業）"],
    ["出席：佐藤 一郎、新宿 まで", "出席：[PERSON]、新宿 まで"],
  ],
  "a found surname after a staff word, の and a space": [
    ["取り寄せは 株式会社 汐見楽器（当店の 汐見 の叔父の店）経由。", "取り寄せは 株式会社 汐見楽器（当店の [PERSON] の叔父の店）経由。"],
    ["弊社の 高嶺 が伺います", "弊社の [PERSON] が伺います"],
  ],
  "a writer naming themself after 私は: a kanji surname of no noun's or a katakana one, and a listed given name": [
    ["番号がたくさん入っている。私は 鰐館 光、080 5577 1024", "番号がたくさん入っている。私は [PERSON]、[PHONE]"],
    ["私は ヴィジャヌエバ 恵。", "私は [PERSON]。"],
    ["僕は ロドリゲス 健、ブラジル出身です。", "僕は [PERSON]、ブラジル出身です。"],
    ["私は 営業 部長、よろしく", "私は 営業 部長、よろしく"],
    ["私は 東京 出身。", "私は 東京 出身。"],
    ["私は 図書館 司書、", "私は 図書館 司書、"],
    ["私は コーヒー 党。", "私は コーヒー 党。"],
  ],
  "a spaced kanji full name after a party's word, the surname one the dictionary lacks": [
    ["加害犬の飼い主 鰐加 昭（旭川市）。", "加害犬の飼い主 [PERSON]（旭川市）。"],
    ["依頼者 鰐淵 清、電話は後日", "依頼者 [PERSON]、電話は後日"],
    ["飼い主 不明（首輪なし）", "飼い主 不明（首輪なし）"],
    ["契約者 本人 確認済み", "契約者 本人 確認済み"],
  ],
  "a quoted signature: a nickname, the full name in brackets after it, or the full name alone": [
    ["本文の署名「ゆかりん（高嶺 由香里）」。", "本文の署名「[PERSON]（[PERSON]）」。"],
    ["メールの署名は「みほっち」でした。", "メールの署名は「[PERSON]」でした。"],
    ["署名「鰐淵 清」の書面", "署名「[PERSON]」の書面"],
    ["署名「済」", "署名「済」"],
    ["サインは「なし」", "サインは「なし」"],
    ["署名「みかん」", "署名「みかん」"],
    ["署名「営業 部長」", "署名「営業 部長」"],
  ],
  "a chat turn's hiragana speaker made of a given name's reading and a pet ending": [
    ["[2026-11-28 16:44] ゆきんこ: 寄付の領収書をください", "[2026-11-28 16:44] [PERSON]: 寄付の領収書をください"],
    ["[09:12] みほっち: 了解です", "[09:12] [PERSON]: 了解です"],
    ["[10:00] みかん: 入荷しました", "[10:00] みかん: 入荷しました"],
    ["[10:00] おしらせ: 本日休館", "[10:00] おしらせ: 本日休館"],
  ],
  "an account's holder in half-width katakana of two words after the account's number": [
    ["振込先：七十七銀行 普通 5327719 ｻﾝﾃｨｱｺﾞ ﾌｪﾚｲﾗ。", "振込先：七十七銀行 [PERSONAL_ID] [PERSON]。"],
    ["名義 ﾊﾟｳﾛ ｼﾙﾊﾞ", "名義 [PERSON]"],
  ],
  "a surname whose first kanji is written in hiragana, with its katakana reading in brackets": [
    ["副委員長 ぬで島 ふみ（ヌデシマ フミ）。", "副委員長 [PERSON]（[PERSON]）。"],
    ["理事 あま沢 健一（アマサワ ケンイチ）", "理事 [PERSON]（[PERSON]）"],
    ["お弁当 ふみ（オベントウ フミ）", "お弁当 ふみ（オベントウ フミ）"],
    ["のり巻 さけ（ノリマキ サケ）", "のり巻 さけ（ノリマキ サケ）"],
  ],
  "a found Latin name's kana writing as a roster's next item, word for word": [
    ["乗船名簿: Bùi Văn Long、ぶい ばん ろん（ふりがな欄）、纐纈 大輔", "乗船名簿: [PERSON]、[PERSON]（ふりがな欄）、[PERSON]"],
    ["参加：Maria Lopez、まりあ ろぺす、田中 花子", "参加：[PERSON]、[PERSON]、[PERSON]"],
    ["参加：Maria Lopez、ホテル ニューオータニ、田中 花子", "参加：[PERSON]、ホテル ニューオータニ、[PERSON]"],
  ],
  "a romaji name, family name first, with its kanji writing opening the bracket after it": [
    ["- KAMATSUKA Ryohei（一尺八寸 亮平、K0390055）: 入居", "- [PERSON]（[PERSON]、K0390055）: 入居"],
    ["- Todoroki Minami（百目鬼 美波）入居", "- [PERSON]（[PERSON]）入居"],
    ["- TOKYO Station（東京 駅）", "- TOKYO Station（東京 駅）"],
    ["- Apple Watch（林檎 時計）", "- Apple Watch（林檎 時計）"],
  ],
};

describeMaskingClasses("Japanese-script names after the thirty-fourth set", classes);
