import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Names in Japanese script the thirty-sixth set leaked (issue 13, round 36r): a Gaelic Latin surname with Mc or Mac
 * before a found kanji given name (奥様 McKenna 由美 様), a katakana given name before a found two-word kana name, half-width
 * too (ｴﾐﾘｰ [ﾏﾘｰ ｻﾝﾄｽ]), a katakana surname before brackets closing on the Latin name it writes (タパ（実習生、Thapa Mani
 * Raj）), a foreign staff member's katakana surname after a desk's word (電話（担当 ボルカ）). With the look-alikes they leave: a firm's or a product's words, a dictionary's katakana word.
 */
describeMaskingClasses("Japanese-script names of round 36r", {
  "a Mc or Mac surname before a found kanji given name is masked with it": [
    ["振込先の名義変更（奥様 McKenna 由美 様へ）", "振込先の名義変更（奥様 [PERSON] 様へ）"],
    ["| 妻 MacLeod 恵子 様 | 口座変更 |", "| 妻 [PERSON] 様 | 口座変更 |"],
    ["奥様 McGregor 久美子 様の口座へ", "奥様 [PERSON] 様の口座へ"],
  ],
  "a firm's or a product's Mc word stays": [
    ["McDonald's の店舗で集合", "McDonald's の店舗で集合"],
    ["MacBook Pro 14 の修理受付", "MacBook Pro 14 の修理受付"],
  ],
  "a katakana given name before a found two-word kana name is masked with it": [
    ["フィリピンの方 ｴﾐﾘｰ ﾏﾘｰ ｻﾝﾄｽさん、靴の修理。", "フィリピンの方 [PERSON]さん、靴の修理。"],
    ["| ｱﾝﾅ ﾏﾘｰ ｻﾝﾄｽさん | 080-0000-0000 |", "| [PERSON]さん | [PHONE] |"],
    ["ご来店 アンナ ルシア ペレイラ さん", "ご来店 [PERSON] さん"],
  ],
  "a dictionary's katakana word before a found kana name stays": [
    ["セール ﾏﾘｰ ｻﾝﾄｽさん", "セール [PERSON]さん"],
    ["| ホテル ﾏﾘｰ ｻﾝﾄｽさん |", "| ホテル [PERSON]さん |"],
  ],
  "a katakana surname before brackets closing on the Latin name it writes is masked, and the Latin name": [
    ["- 作業：百田（主任）、タパ（実習生、Thapa Mani Raj）。", "- 作業：[PERSON]（主任）、[PERSON]（実習生、[PERSON]）。"],
    ["| グルン（Gurung Hari Bahadur） | 2年目 |", "| [PERSON]（[PERSON]） | 2年目 |"],
    ["研修生 ライ（Rai Suman） が到着", "研修生 [PERSON]（[PERSON]） が到着"],
  ],
  "a firm's, a product's or a place's katakana and Latin words stay": [
    ["アマゾン（通販、Amazon Prime Video）で購入", "アマゾン（通販、Amazon Prime Video）で購入"],
    ["ソニー（Sony Music Japan）の担当", "ソニー（Sony Music Japan）の担当"],
    ["ネパール（首都、Kathmandu Valley）", "ネパール（首都、Kathmandu Valley）"],
    ["ビスタ（Vista Home Premium）の更新", "ビスタ（Vista Home Premium）の更新"],
  ],
  "a katakana surname after a desk's word, before its clause's end, is masked": [
    ["受付：11/07 10:30 電話（担当 ボルカ）", "受付：11/07 10:30 電話（担当 [PERSON]）"],
    ["| 11/08 | LINE | 受付 シュレンバ。 |", "| 11/08 | LINE | 受付 [PERSON]。 |"],
    ["窓口 ダワドルジ が折り返します", "窓口 [PERSON] が折り返します"],
  ],
  "a dictionary's, a thing's or a channel's katakana word after a desk's word stays": [
    ["電話（担当 スタッフ）", "電話（担当 スタッフ）"],
    ["受付 カウンター。", "受付 カウンター。"],
    ["窓口 サービス、営業時間外", "窓口 サービス、営業時間外"],
    ["受付 アプリ。", "受付 アプリ。"],
  ],
  "a kana reading beside a kanji name whose surname ノ or ヶ joins is masked, and the name": [
    ["鍵を失くした。ｲﾁﾉｾ ﾕｳﾄ（一ノ瀬 悠斗）。", "鍵を失くした。[PERSON]（[PERSON]）。"],
    ["| 八ヶ代 美香（やかしろ みか） | 3年 |", "| [PERSON]（[PERSON]） | 3年 |"],
    ["\"電話。ヤマノウチ ケンタ（山ノ内 健太）\",鍵", "\"電話。[PERSON]（[PERSON]）\",鍵"],
  ],
  "a heading's or a place's words beside their reading stay": [
    ["ｼﾝｼｮｳﾋﾝ ｾｰﾙ（新ノ商品 予定）", "ｼﾝｼｮｳﾋﾝ ｾｰﾙ（新ノ商品 予定）"],
    ["ﾄｳｷｮｳ ｴｷ（東京 駅）", "ﾄｳｷｮｳ ｴｷ（東京 駅）"],
    ["期間は三ヶ月 程度（さんかげつ ていど）", "期間は三ヶ月 程度（さんかげつ ていど）"],
  ],
  "a found name's other writing in brackets after a child's honorific is masked": [
    ["### 面談 Gurung Suman くん（グルン スマン）", "### 面談 [PERSON] くん（[PERSON]）"],
    ["- 生徒 Adhikari Bishal くん（アディカリ ビシャル）、中2", "- 生徒 [PERSON] くん（[PERSON]）、中2"],
    ["| Maria Santos ちゃん（マリア サントス） | 年長 |", "| [PERSON] ちゃん（[PERSON]） | 年長 |"],
  ],
  "a note in brackets after a child's honorific stays": [
    ["Gurung Suman くん（中2）の面談", "[PERSON] くん（中2）の面談"],
    ["Maria Santos ちゃん（プール教室）", "[PERSON] ちゃん（プール教室）"],
  ],
});
