import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Japanese-script name classes taken after the thirty-second set (issue 13), each with the look-alikes beside it that
 * must stay. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a rare surname the dictionary lacks (regional-surnames.ts), with its given name, an honorific or its reading, and firms and places holding it kept": [
    ["記入：日比生 はるか／確認：主任", "記入：[PERSON]／確認：主任"],
    ["大豆生田 健太（おおまめうだ けんた）様", "[PERSON]（[PERSON]）様"],
    ["連絡先：佐古田 由美 090-1234-5678", "連絡先：[PERSON] [PHONE]"],
    ["久高 直樹さんの件", "[PERSON]さんの件"],
    ["桐ケ谷 真理子様より電話", "[PERSON]様より電話"],
    ["廿日出 美咲様よりお電話", "[PERSON]様よりお電話"],
    ["道祖土 直子様", "[PERSON]様"],
    ["日比生様より", "[PERSON]様より"],
    ["株式会社 道祖土製作所 総務", "株式会社 道祖土製作所 総務"],
    ["株式会社 廿日出建設 経理部", "株式会社 廿日出建設 経理部"],
    ["佐古田工務店に見積もり依頼", "佐古田工務店に見積もり依頼"],
    ["寒河江市役所の窓口", "寒河江市役所の窓口"],
    ["久高島行きのフェリー", "久高島行きのフェリー"],
    ["桐ケ谷駅前の店舗", "桐ケ谷駅前の店舗"],
    ["サイドメニューの追加", "サイドメニューの追加"],
  ],
  "a found Latin name's katakana given name in brackets, the Latin word opening on a consonant and l or r": [
    ["新人 Priya Sharma（プリヤ）の入社手続き", "新人 [PERSON]（[PERSON]）の入社手続き"],
    ["Francisco Silva（フランシスコ）さん来店", "[PERSON]（[PERSON]）さん来店"],
    ["Bruno Costa（ブルーノ）", "[PERSON]（[PERSON]）"],
    ["Priya Sharma（プロジェクト）", "[PERSON]（プロジェクト）"],
    ["Claudia Weber（クラブ）", "[PERSON]（クラブ）"],
    ["Bruno Costa（ブログ）", "[PERSON]（ブログ）"],
  ],
  "a found Hangul name's katakana in brackets, a Korean family name first, after an honorific or a comma in the bracket": [
    ["母 박서연 さん（パク・ソヨン）の新しい連絡先", "母 [PERSON] さん（[PERSON]）の新しい連絡先"],
    ["・Kim Jiwoo（김지우、キム ジウ）ちゃんの連絡帳", "・[PERSON]（[PERSON]、[PERSON]）ちゃんの連絡帳"],
    ["박서연 さん（ホテル・ニューオータニ）", "[PERSON] さん（ホテル・ニューオータニ）"],
    ["Park Jisoo（박지수、ホテル ロビー）", "[PERSON]（[PERSON]、ホテル ロビー）"],
  ],
  "a found Latin Chinese name's hanzi after its honorific and a line break or the space a cell's break became": [
    ["<td>CHEN Yuting 様<br>陈雨婷<br>WeChat x</td>", "<td>[PERSON] 様<br>[PERSON]<br>WeChat x</td>"],
    ["| LIU Yang さん 刘洋 WeChat liu_y88 |", "| [PERSON] さん [PERSON] WeChat [PERSONAL_ID] |"],
    ["| CHEN Yuting 様 中国語 対応 |", "| [PERSON] 様 中国語 対応 |"],
    ["| WANG Hao 様 東京 本社 |", "| [PERSON] 様 東京 本社 |"],
  ],
  "a found Latin name's writing in brackets, its kanji surname then two katakana given names each writing one of its words": [
    ["<td>Ana Beatriz Kobayashi 様<br>（小林 アナ ベアトリス）</td>", "<td>[PERSON] 様<br>（[PERSON]）</td>"],
    ["Maria Clara Nakamura（中村 マリア クララ）", "[PERSON]（[PERSON]）"],
    ["Ana Beatriz Kobayashi（小林 本社 ビル）", "[PERSON]（小林 本社 ビル）"],
  ],
};

describeMaskingClasses("Japanese-script names after the thirty-second set", classes);
