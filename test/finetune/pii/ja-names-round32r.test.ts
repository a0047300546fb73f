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
};

describeMaskingClasses("Japanese-script names after the thirty-second set", classes);
