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
