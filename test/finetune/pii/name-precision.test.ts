import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Look-alikes the name rules took for names (issue 13, precision), each class beside the true names its rule was made
 * for, which stay masked. Values are made up here.
 */
const classes: Record<string, MaskingCase[]> = {
  "a count of people before an honorific": [
    ["お子様ランチ 2名様、3名さまでご来店、二名様のお席", "お子様ランチ 2名様、3名さまでご来店、二名様のお席"],
    ["山名様と2名様", "[PERSON]様と2名様"],
  ],
  "a school or an organisation after a child's place in the family": [
    ["長男 中学 に入学。次男 京大 に進学。長男 小学校 に入学。", "長男 中学 に入学。次男 京大 に進学。長男 小学校 に入学。"],
    ["長男 悠真 に入学", "長男 [PERSON] に入学"],
    ["長男 大地 が来た", "長男 [PERSON] が来た"],
  ],
  "Latin words in brackets after a kanji name and its honorific that are no romanisation of it": [
    ["伊藤様（Mitsubishi Estate）、田中様（Sales Manager）、佐藤様（Tokyo Electronics）", "[PERSON]様（Mitsubishi Estate）、[PERSON]様（Sales Manager）、[PERSON]様（Tokyo Electronics）"],
    ["伊藤様（Ito Haruka）、中川 由美子 (Yumiko Nakagawa)、大野様（Ohno Taro）", "[PERSON]様（[PERSON]）、[PERSON] ([PERSON])、[PERSON]様（[PERSON]）"],
  ],
  "a placeholder in a name's field": [
    ["Candidate Name: TBD. Name: None. Name: Unknown. 氏名：未定、担当者：なし", "Candidate Name: TBD. Name: None. Name: Unknown. 氏名：未定、担当者：なし"],
    ["Applicant Name: Not Provided. Name: TBA", "Applicant Name: Not Provided. Name: TBA"],
    ["Candidate Name: Priya Nair", "Candidate Name: [PERSON]"],
  ],
  "a firm after a Japanese role": [
    ["契約者 Rakuten Mobile、申込者 Tokyo Estate、契約者 Nomura Securities", "契約者 Rakuten Mobile、申込者 Tokyo Estate、契約者 Nomura Securities"],
    ["契約者 Maria Santos、申込者 Kenji Mori", "契約者 [PERSON]、申込者 [PERSON]"],
  ],
  "a firm in a table's column of people": [
    [
      "| 申込番号 | 申込者 | 状況 |\n|---|---|---|\n| Q-7731 | 有限会社みどり農園 | 審査中 |\n| Q-7732 | 久保田 亮 | 承認 |\n| Q-7733 | ひかり商事（株） | 保留 |",
      "| 申込番号 | 申込者 | 状況 |\n|---|---|---|\n| [PERSONAL_ID] | 有限会社みどり農園 | 審査中 |\n| [PERSONAL_ID] | [PERSON] | 承認 |\n| [PERSONAL_ID] | ひかり商事（株） | 保留 |",
    ],
  ],
  "a greeting's word in a brand's name": [
    ["Hello Kitty", "Hello Kitty"],
    ["She carries a Hello Kitty bag.", "She carries a Hello Kitty bag."],
    ["Hi Tom,\nthanks", "Hi [PERSON],\nthanks"],
  ],
};

describeMaskingClasses("the name rules' look-alikes (precision)", classes);
