import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Japanese names of round 41r (issue 13): a chat turn's speaker after its stamp written by a surname the lists lack,
 * with the desk in brackets after it, or with a katakana given name; who took a call in a heading's stamp; a craftsman
 * by surname after 職人, a priest's surname before 住職; a full name after a list's circled number; a full name before
 * its address in brackets; a spaced kanji name with its whole reading in brackets or on a cell's next line. Each
 * beside the events, labels, places, firms and things written there as often.
 */
describeMaskingClasses("Japanese names of round 41r", {
  "a surname no list holds after a chat turn's stamp is its speaker": [
    ["[10:09] 鵜之沢：会員証を発行しました。", "[10:09] [PERSON]：会員証を発行しました。"],
    ["ハムスターでも乗れますか？\n[08:06] 鵜之沢：ケージのままで大丈夫です。", "ハムスターでも乗れますか？\n[08:06] [PERSON]：ケージのままで大丈夫です。"],
    ["対応記録\n[2026-12-03 09:40] 井之浦: 折り返します 1,980円", "対応記録\n[2026-12-03 09:40] [PERSON]: 折り返します 1,980円"],
  ],
  "a surname with its desk in brackets after a stamp is the speaker": [
    ["[11/25 16:02] 椎塚（社内）：研修は明日から。", "[11/25 16:02] [PERSON]（社内）：研修は明日から。"],
    ["[2026-11-25 16:05] 鵜之沢(代表)：了解です。", "[2026-11-25 16:05] [PERSON](代表)：了解です。"],
  ],
  "a kanji surname and a katakana given name after a stamp are the speaker": [
    ["[11/22 10:05] 鵜飼 トメ：猫を2匹お願いします", "[11/22 10:05] [PERSON]：猫を2匹お願いします"],
    ['"[09:12] 赤羽 ミツエ：薬を受け取りに行けますか"', '"[09:12] [PERSON]：薬を受け取りに行けますか"'],
  ],
  "an event, a compound noun, a place or a department after a stamp is no speaker": [
    ["[10:00] 再起動：完了", "[10:00] 再起動：完了"],
    ["[12:00] 昼休憩：13:00 まで", "[12:00] 昼休憩：13:00 まで"],
    ["[18:00] 入金額：12,800円", "[18:00] 入金額：12,800円"],
    ["[18:00] 来場数：240", "[18:00] 来場数：240"],
    ["[10:00] 開場：受付開始", "[10:00] 開場：受付開始"],
    ["[10:00] 東京駅：到着", "[10:00] 東京駅：到着"],
    ["[09:30] 新横浜：乗り換え", "[09:30] 新横浜：乗り換え"],
    ["[2026-11-17 10:02] 重要: 停電のお知らせ", "[2026-11-17 10:02] 重要: 停電のお知らせ"],
    ["[17:00] 夕礼：連絡事項なし", "[17:00] 夕礼：連絡事項なし"],
    ["[10:00] 本社 総務：連絡", "[10:00] 本社 総務：連絡"],
    ["[10:00] 本社 システム：停止", "[10:00] 本社 システム：停止"],
    ["[10:00] 鈴木商店：納品 J-2611-04", "[10:00] 鈴木商店：納品 J-2611-04"],
  ],
  "who took a call after a heading's date and 受 is the staff member": [
    ["【電話 12/1 受：椎塚】新規 顧客No. K-0001。", "【電話 12/1 受：[PERSON]】新規 顧客No. [PERSONAL_ID]。"],
    ["12/01,11/30 10:12 受：鵜之沢,配達", "12/01,11/30 10:12 受：[PERSON],配達"],
    ["| 11/30 10:12 受 鵜之沢 |", "| 11/30 10:12 受 [PERSON] |"],
  ],
  "a state or a noun after 受 is no call taker": [
    ["【電話 12/1 受：済】", "【電話 12/1 受：済】"],
    ["【FAX 12/1 受：注文書】", "【FAX 12/1 受：注文書】"],
  ],
  "a surname after a craftsman's word, a particle after it, is the craftsman": [
    ["平謝り。職人濱田が 11/12 交換に伺う。", "平謝り。職人[PERSON]が 11/12 交換に伺う。"],
    ['B-1104,2026/11/04,"職人 濱田 が下見 11/11"', 'B-1104,2026/11/04,"職人 [PERSON] が下見 11/11"'],
    ["| 11/12 | 職人杉本は休み |", "| 11/12 | 職人[PERSON]は休み |"],
  ],
  "a craftsman's word before a noun is no name": [
    ["職人不足が続く", "職人不足が続く"],
    ["職人技が光る KG-2207", "職人技が光る KG-2207"],
    ["職人募集は 12/1 まで", "職人募集は 12/1 まで"],
  ],
  "a surname run into 住職 is the priest": [
    ["お寺の三宅住職にも紹介してよい。", "お寺の[PERSON]住職にも紹介してよい。"],
    ["| 法要 | 吉住副住職 | 11/03 |", "| 法要 | [PERSON]副住職 | 11/03 |"],
  ],
  "a surname run into 和尚 is the priest, not a surname 宅 and a given name 和尚": [
    ["法要は三宅和尚にお願いしました。", "法要は[PERSON]和尚にお願いしました。"],
    ["| 読経 | 平田和尚 | 11/05 |", "| 読経 | [PERSON]和尚 | 11/05 |"],
  ],
  "a temple's or a place's word before 住職 is none": [
    ["本堂の住職が読経", "本堂の住職が読経"],
    ["永平寺住職の講話", "永平寺住職の講話"],
  ],
  "a full name with an honorific after a list's circled number is the person": [
    ["送り先：③飯沼 和夫様 長岡市台町1丁目3-6", "送り先：③[PERSON]様 [ADDRESS]"],
    ["②椎塚 昌弘 様、③柿崎 達也 様", "②[PERSON] 様、③[PERSON] 様"],
  ],
  "a full name before its address in brackets is the person": [
    ["FAXで注文：鵜之沢 昌弘（東広島市八本松町原4417-2）", "FAXで注文：[PERSON]（[ADDRESS]）"],
    ["宛先：椎塚 ミツエ（〒573-0163 枚方市長尾元町3丁目4-1）、年賀状 60枚", "宛先：[PERSON]（〒[POSTAL_CODE] [ADDRESS]）、年賀状 60枚"],
    ['"送付先,鵜之沢 和夫(長岡市台町1丁目3-6)"', '"送付先,[PERSON]([ADDRESS])"'],
  ],
  "an office, a branch or a product before an address in brackets is no one": [
    ["本社 総務（東京都港区芝5-1）", "本社 総務（[ADDRESS]）"],
    ["大阪 支店（大阪市北区梅田1-1）", "大阪 支店（[ADDRESS]）"],
    ["山田 錦（兵庫県産）", "山田 錦（兵庫県産）"],
    ["越乃 寒梅（新潟市 2026年蔵出し）", "越乃 寒梅（新潟市 2026年蔵出し）"],
  ],
  "a name with its whole reading in brackets or on a cell's next line is the person's": [
    ["受付 四十万 さより（しじま さより）、講師 Nomvula Dlamini 先生", "受付 [PERSON]（[PERSON]）、講師 [PERSON] 先生"],
    ["| 窯番 | 五十公野 ゆかり（いじみの ゆかり） | 12/1 |", "| 窯番 | [PERSON]（[PERSON]） | 12/1 |"],
    ["鵜之沢 みのり(うのさわ みのり)さんの作品", "[PERSON]([PERSON])さんの作品"],
    ["<td>井之浦 源太<br>いのうら げんた</td><td>5年</td>", "<td>[PERSON]<br>[PERSON]</td><td>5年</td>"],
    ["<td>鵜之沢 蒼<br>（うのさわ あおい）</td>", "<td>[PERSON]<br>（[PERSON]）</td>"],
    ["受講者\n井之浦 源太\nいのうら げんた\n昭和47年生", "受講者\n[PERSON]\n[PERSON]\n昭和47年生"],
  ],
  "a thing's word and its reading in brackets are no one": [
    ["商品 りんご（ふじ りんご）", "商品 りんご（ふじ りんご）"],
    ["品種 さより（はる さより）", "品種 さより（はる さより）"],
    ["<td>本店 新館<br>ほんてん しんかん</td>", "<td>本店 新館<br>ほんてん しんかん</td>"],
    ["本店 新館\nほんてん しんかん", "本店 新館\nほんてん しんかん"],
    ["<td>東京 本社<br>（とうきょう ほんしゃ）</td>", "<td>東京 本社<br>（とうきょう ほんしゃ）</td>"],
  ],
});
