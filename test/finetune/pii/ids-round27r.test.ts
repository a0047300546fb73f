import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * ID, key and My Number classes taken after the twenty-seventh set (issue 13), each with the look-alikes beside it that
 * must stay. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a system's column in a table of people: each person's login or member ID": [
    [
      "| 氏名 | 部署 | Slack | GitHub |\n|---|---|---|---|\n| 田中 | 開発 | U07ZP3KD1QA | tanaka-dev |\n| 佐藤 | 営業 | W02MX8RT4LB | — |",
      "| 氏名 | 部署 | Slack | GitHub |\n|---|---|---|---|\n| [PERSON] | 開発 | [PERSONAL_ID] | [PERSONAL_ID] |\n| [PERSON] | 営業 | [PERSONAL_ID] | — |",
    ],
    [
      "| Name | Team | Slack | GitLab |\n|---|---|---|---|\n| Staff A | QA | U03HJ9LW2XC | qa.lead-07 |",
      "| Name | Team | Slack | GitLab |\n|---|---|---|---|\n| [PERSON] | QA | [PERSONAL_ID] | [PERSONAL_ID] |",
    ],
    [
      "| Repo | Slack | GitHub |\n|---|---|---|\n| api | #dev-api | octo-org/api |\n| web | #dev-web | v2.3.1 |",
      "| Repo | Slack | GitHub |\n|---|---|---|\n| api | #dev-api | octo-org/api |\n| web | #dev-web | v2.3.1 |",
    ],
    ["| 氏名 | Slack |\n|---|---|\n| 鈴木 花子 | deploy-bot |\n| 高橋 健 | admin |", "| 氏名 | Slack |\n|---|---|\n| [PERSON] | deploy-bot |\n| [PERSON] | admin |"],
  ],
  "a device's ID after its label": [
    ["Device ID dvc_41aa7e0c93d2. Refund declined.", "Device ID [PERSONAL_ID]. Refund declined."],
    ["端末ID：A7X-22019-KQ で不正ログイン", "端末ID：[PERSONAL_ID] で不正ログイン"],
    ["Device: iPhone 15, Device ID unknown, device id: pending", "Device: iPhone 15, Device ID unknown, device id: pending"],
  ],
  "a diver's certification card after its agency's name, not a shop's licence": [
    ["Instructor: Mia, PADI MSDT-508813", "Instructor: [PERSON], PADI [PERSONAL_ID]"],
    ["Their cards: NAUI 88120417, BSAC 2207-3391 and CMAS FR-3-44120.", "Their cards: NAUI [PERSONAL_ID], BSAC [PERSONAL_ID] and CMAS [PERSONAL_ID]."],
    ["Cert SSI no. 1772-0451 checked", "Cert SSI no. [PERSONAL_ID] checked"],
    ["Shop licence PADI S-44108; PADI Dive Center 24418; SSI 2024 standards.", "Shop licence PADI S-44108; PADI Dive Center 24418; SSI 2024 standards."],
    ["PADI Open Water course, 4 dives, NAUI 5 Star", "PADI Open Water course, 4 dives, NAUI 5 Star"],
  ],
  "a passport's nine digits with its country's code in brackets later in the sentence": [
    ["Passport copies: Fiona 482019337 (UK), Jake 530218847 (US).", "Passport copies: [PERSON] [PERSONAL_ID] (UK), [PERSON] [PERSONAL_ID] (US)."],
    ["Passport fee 120000000 yen (JP budget)", "Passport fee 120000000 yen (JP budget)"],
  ],
  "a driving licence's column: the number last in each cell, wrapped in 第 … 号, spaced, or after the licence's kind": [
    [
      "| 予約 | 免許証 | 車両 |\n|---|---|---|\n| R-1 | 第 44 20 118037 2 号 | アクア |\n| R-2 | 308811204416 | ノート |\n| R-3 | SOFA免許 USFJ-KD-30118 | フィット |",
      "| 予約 | 免許証 | 車両 |\n|---|---|---|\n| R-1 | 第 [PERSONAL_ID] 号 | アクア |\n| R-2 | [PERSONAL_ID] | ノート |\n| R-3 | SOFA免許 [PERSONAL_ID] | フィット |",
    ],
    [
      "| Booking | Driver's licence | Car |\n|---|---|---|\n| B-7 | VIC 045512873 | Corolla |",
      "| Booking | Driver's licence | Car |\n|---|---|---|\n| B-7 | VIC [PERSONAL_ID] | Corolla |",
    ],
    ["| 予約 | 免許証 | 車両 |\n|---|---|---|\n| R-4 | 確認済 | アクア |\n| R-5 | 2027-03-10 | ノート |", "| 予約 | 免許証 | 車両 |\n|---|---|---|\n| R-4 | 確認済 | アクア |\n| R-5 | 2027-03-10 | ノート |"],
  ],
  "a US forces member's licence after SOFA": [
    ["SOFA license no. 4EJ-220913 copied at the gate", "SOFA license no. [PERSONAL_ID] copied at the gate"],
    ["SOFA免許 USFJ-YK-77120 を確認", "SOFA免許 [PERSONAL_ID] を確認"],
    ["SOFA 第17条に基づく手続き、SOFA 2026 年改定", "SOFA 第17条に基づく手続き、SOFA 2026 年改定"],
  ],
  "a mileage member's number, an airline's code and digits spaced in groups": [
    ["マイル会員 JL 4 41 02 7730、会員番号は別", "マイル会員 [PERSONAL_ID]、会員番号は別"],
    ["frequent flyer QF 19 442 0871 on file", "frequent flyer [PERSONAL_ID] on file"],
    ["マイル会員 2 人、NH 12 便で 3 マイル加算、マイレージ 12 000 km", "マイル会員 2 人、NH 12 便で 3 マイル加算、マイレージ 12 000 km"],
  ],
  "a health-check voucher's number (受診券)": [
    ["| 備考 |\n|---|\n| 受診券 3308-1142-07 |", "| 備考 |\n|---|\n| 受診券 [PERSONAL_ID] |"],
    ["受診券番号：K26-0081123 を持参", "受診券番号：[PERSONAL_ID] を持参"],
    ["受診券 2枚、受診券の有効期限 2027年3月31日", "受診券 2枚、受診券の有効期限 2027年3月31日"],
  ],
  "a user's handle as a chat turn's speaker after its bracketed time": [
    ["[2026-10-02 09:14] sora_pottery: 売上の取り込みについて", "[2026-10-02 09:14] [PERSONAL_ID]: 売上の取り込みについて"],
    ["[18:22] kenta.m（個人事業主）: 按分の質問です", "[18:22] [PERSONAL_ID]（個人事業主）: 按分の質問です"],
    ["[07:01] riku88: hello", "[07:01] [PERSONAL_ID]: hello"],
    ["[10:02] ci-bot: build passed\n[10:03] main.py: error at line 4\n[10:04] system: restart", "[10:02] ci-bot: build passed\n[10:03] main.py: error at line 4\n[10:04] system: restart"],
  ],
  "an account in prose with its country's, bank's or kind's word between": [
    ["Can you pay to my Thai account 4410028817 (Kasikorn)?", "Can you pay to my Thai account [PERSONAL_ID] (Kasikorn)?"],
    ["her savings account 0052199134021 was closed", "her savings account [PERSONAL_ID] was closed"],
    ["my Vietnam account 2026 plan has 120000 points", "my Vietnam account 2026 plan has 120000 points"],
  ],
  "a SendGrid key, its id shortened when copied": [
    ["| SendGrid | — | SG.q7Lm2ZtX9vRk.Wb4Nc8Hd1Jf6Pq3Ts0Yv5Xa2Ke7Mn9Rg4Lu1Zo8Cw |", "| SendGrid | — | [API_KEY] |"],
    ["SENDGRID_API_KEY=SG.aB3dE5fG7hJ9kL1mN3pQ5r.tU7vW9xY1zA3bC5dE7fG9hJ1kL3mN5pQ7rS9tU1vW3x", "SENDGRID_API_KEY=[API_KEY]"],
    ["Key SG.MVq-TrDcSVEiKiBGHrUafPx.Ab3Nc-4m1q44P9cHD5PWV3XUmElGZIwOtLm_ rotated", "Key [API_KEY] rotated"],
    ["The class SG.Settings.DefaultValuesForAllMailTemplates stays.", "The class SG.Settings.DefaultValuesForAllMailTemplates stays."],
  ],
  "a My Number in kanji numerals": [
    ["個人番号（書記が漢数字で記録）：四二七二八七三八〇五四九", "個人番号（書記が漢数字で記録）：[MY_NUMBER]"],
    ["マイナンバーは 六一五七 〇九三四 二二八一 と読み上げ", "マイナンバーは [MY_NUMBER] と読み上げ"],
    ["二〇二六年一二月三日、一二三四五六七八番地", "二〇二六年一二月三日、一二三四五六七八番地"],
  ],
};

describeMaskingClasses("ID classes of round 27r", classes);
