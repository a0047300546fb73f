import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Japanese names of round 41r (issue 13): a chat turn's speaker after its stamp written by a surname the lists lack,
 * with the desk in brackets after it, or with a katakana given name; and who took a call in a heading's stamp. Each
 * beside the events, labels, places and numbers a log's lines are headed with as often.
 */
describeMaskingClasses("Japanese names of round 41r", {
  "a surname no list holds after a chat turn's stamp is its speaker": [
    ["[10:09] 鵜之沢：会員証を発行しました。", "[10:09] [PERSON]：会員証を発行しました。"],
    ["ハムスターでも乗れますか？\n[08:06] 鵜之沢：ケージのままで大丈夫です。", "ハムスターでも乗れますか？\n[08:06] [PERSON]：ケージのままで大丈夫です。"],
    ["対応記録\n[2026-12-03 09:40] 椎塚: 折り返します 1,980円", "対応記録\n[2026-12-03 09:40] [PERSON]: 折り返します 1,980円"],
  ],
  "a surname with its desk in brackets after a stamp is the speaker": [
    ["[11/25 16:02] 椎塚（社内）：研修は明日から。", "[11/25 16:02] [PERSON]（社内）：研修は明日から。"],
    ["[2026-11-25 16:05] 鵜之沢(代表)：了解です。", "[2026-11-25 16:05] [PERSON](代表)：了解です。"],
  ],
  "a kanji surname and a katakana given name after a stamp are the speaker": [
    ["[11/22 10:05] 鶴見 トシエ：猫を2匹お願いします", "[11/22 10:05] [PERSON]：猫を2匹お願いします"],
    ['"[09:12] 赤羽 ミツエ：薬を受け取りに行けますか"', '"[09:12] [PERSON]：薬を受け取りに行けますか"'],
  ],
  "an event, a compound noun, a place or a department after a stamp is no speaker": [
    ["[10:00] 再起動：完了", "[10:00] 再起動：完了"],
    ["[12:00] 昼休憩：13:00 まで", "[12:00] 昼休憩：13:00 まで"],
    ["[18:00] 入金額：12,800円", "[18:00] 入金額：12,800円"],
    ["[18:00] 来場数：240", "[18:00] 来場数：240"],
    ["[10:00] 開場：受付開始", "[10:00] 開場：受付開始"],
    ["[10:00] 東京駅：到着", "[10:00] 東京駅：到着"],
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
});
