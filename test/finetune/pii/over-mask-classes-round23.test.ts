import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Over-masks of the twenty-third round by class (issue 13): an association's name going on with a surname, the
 * addressee's 宛 after a desk's member, words of manner written with 様, a romaji city before its prefecture. Each with
 * the person the rule must still mask.
 */
describeMaskingClasses("over-mask classes of the twenty-third round", {
  "an association's name (…の会, 相談所) goes on with a surname standing alone: the association's, not a person": [
    ["[10:02] 受付: あゆみの会 高木 から電話がありました", "[10:02] 受付: あゆみの会 高木 から電話がありました"],
    ["紹介元: 結婚相談所 さくらの会 大橋 に確認済み", "紹介元: 結婚相談所 さくらの会 大橋 に確認済み"],
    ["先方の相談所 みのりの会 北村 と日程調整", "先方の相談所 みのりの会 北村 と日程調整"],
    ["ひまわりの会 森田 さんに連絡", "ひまわりの会 [PERSON] さんに連絡"],
    ["あゆみの会 高木 洋子 が担当", "あゆみの会 [PERSON] が担当"],
    ["妻の森田に連絡", "妻の[PERSON]に連絡"],
  ],
  "a desk's member before 宛 is the addressee, masked without the 宛": [
    ["経理 林 宛", "経理 [PERSON] 宛"],
    ["請求書は 総務 高橋 宛 でお願いします", "請求書は 総務 [PERSON] 宛 でお願いします"],
    ["人事部の森宛に送付してください", "人事部の[PERSON]宛に送付してください"],
    ["経理部 林 宛て", "経理部 [PERSON] 宛て"],
    ["本社 宛", "本社 宛"],
    ["東京 宛に発送", "東京 宛に発送"],
    ["各支店 宛", "各支店 宛"],
  ],
  "one kanji before 様 that makes a word of manner (異様, 左様, 斯様, 一様) is no name": [
    ["異様な音がします", "異様な音がします"],
    ["数値が異様に高い", "数値が異様に高い"],
    ["左様でございます", "左様でございます"],
    ["斯様な事情により", "斯様な事情により"],
    ["料金は一様に値上げします", "料金は一様に値上げします"],
    ["担当の林様に確認します", "担当の[PERSON]様に確認します"],
    ["左 一郎 様", "[PERSON] 様"],
    ["一郎様", "[PERSON]様"],
  ],
  "a romaji city before -shi and its prefecture's name where the address ends is a place": [
    ["Ship to Nagoya-shi, Aichi.", "Ship to Nagoya-shi, Aichi."],
    ["Osaka-shi, Osaka", "Osaka-shi, Osaka"],
    ["Kobe-shi, Hyogo and Kyoto-shi, Kyoto", "Kobe-shi, Hyogo and Kyoto-shi, Kyoto"],
    ["Head office: Sendai-shi, Miyagi, Japan", "Head office: Sendai-shi, Miyagi, Japan"],
    ["Tanaka-shi, Osaka office will call", "[PERSON]-shi, Osaka office will call"],
    ["Please ask Tanaka-shi, Kimura-san and Mori-san", "Please ask [PERSON]-shi, [PERSON]-san and [PERSON]-san"],
  ],
});

describeMaskingClasses("look-alike classes of the twenty-third round", {
  "a receipt's or a claim ticket's number for goods left (預かり証, 引換券) is the goods', not a person's": [
    ["引換券 No. A-3318 をお持ちください", "引換券 No. A-3318 をお持ちください"],
    ["預かり証 No. B-2041 のコート", "預かり証 No. B-2041 のコート"],
    ["預かり証番号 K-7730 の品物", "預かり証番号 K-7730 の品物"],
    ["引き換え券 No. T-5520", "引き換え券 No. T-5520"],
    ["| 預り票番号 | 品物 |\n|---|---|\n| 22841 | スーツ |", "| 預り票番号 | 品物 |\n|---|---|\n| 22841 | スーツ |"],
    ["社員証番号 A12345", "社員証番号 [PERSONAL_ID]"],
    ["受講者番号 K-22841", "受講者番号 [PERSONAL_ID]"],
    ["診察券 No. KV-004821", "診察券 No. [PERSONAL_ID]"],
  ],
  "a surname before a space and の and a site's word (倉庫, 店舗) is the place": [
    ["飛島 の倉庫に搬入", "飛島 の倉庫に搬入"],
    ["葛西 の店舗で受け取り", "葛西 の店舗で受け取り"],
    ["岩田 の携帯に連絡", "[PERSON] の携帯に連絡"],
  ],
  "a hotel's or a guest house's word before a surname names the inn": [
    ["ホテル 小谷 に宿泊", "ホテル 小谷 に宿泊"],
    ["ペンション 森田 に予約済み", "ペンション 森田 に予約済み"],
    ["ホテルの佐藤さんに確認", "ホテルの[PERSON]さんに確認"],
    ["フロント 佐藤 に確認", "フロント [PERSON] に確認"],
  ],
});
