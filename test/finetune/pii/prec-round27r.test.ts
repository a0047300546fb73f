import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Look-alikes the twenty-seventh set lost, and the secrets, the address and the phone it leaked, by class (issue 13):
 * each class in other layouts than the set's, a person's value beside it still masked. Values are made up here, not a
 * set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a dispute's, a chargeback's or a claim's number under its column is the case's; a customer's beside it still masked": [
    [
      "| Dispute ID | Amount | Customer ID |\n|---|---|---|\n| DSP-20417 | USD 18.00 | C-0041877 |",
      "| Dispute ID | Amount | Customer ID |\n|---|---|---|\n| DSP-20417 | USD 18.00 | [PERSONAL_ID] |",
    ],
    ["| Chargeback ID | Reason |\n|---|---|\n| CB-55102 | 13.1 |", "| Chargeback ID | Reason |\n|---|---|\n| CB-55102 | 13.1 |"],
    ["| Claim No. | Status |\n|---|---|\n| CLM-2026-7781 | paid |", "| Claim No. | Status |\n|---|---|\n| CLM-2026-7781 | paid |"],
    ["| Member ID | Status |\n|---|---|\n| M-20417 | paid |", "| Member ID | Status |\n|---|---|\n| [PERSONAL_ID] | paid |"],
  ],
  "an accident's number (事故番号) is the claim file's; a policy's beside it still masked": [
    ["賠償責任特約の対象。事故番号 AC-26-0417。", "賠償責任特約の対象。事故番号 AC-26-0417。"],
    ["| 事故番号 | 状況 |\n|---|---|\n| JK-2611-038 | 示談中 |", "| 事故番号 | 状況 |\n|---|---|\n| JK-2611-038 | 示談中 |"],
    ["会員番号 KM-204178 の方の事故です。", "会員番号 [PERSONAL_ID] の方の事故です。"],
  ],
  "a parcel's twelve digits where it is posted or under a dispatch's column are no My Number; a labelled My Number still masked": [
    ["依頼書を郵送（2207-5531-0846）。", "依頼書を郵送（2207-5531-0846）。"],
    ["書類を発送：3318 0042 7719 済み", "書類を発送：3318 0042 7719 済み"],
    [
      "| 発送番号 | 宛先 | 方法 |\n|---|---|---|\n| 1182-4407-3361 | 安居院 様 | 簡易書留 |\n| 4821-7730-6163 | 外間 様 | 簡易書留 |",
      "| 発送番号 | 宛先 | 方法 |\n|---|---|---|\n| 1182-4407-3361 | [PERSON] 様 | 簡易書留 |\n| 4821-7730-6163 | [PERSON] 様 | 簡易書留 |",
    ],
    ["妻のマイナンバーは 1182-4407-3361 です。", "妻のマイナンバーは [MY_NUMBER] です。"],
  ],
  "a North American number after a phone's word and then an order's is the buyer's phone; an order's number of that shape kept": [
    ["Phone on the order 919-555-0147 rings a different person.", "Phone on the order [PHONE] rings a different person."],
    ["Mobile for this invoice: 604-555-0183.", "Mobile for this invoice: [PHONE]."],
    ["Order no. 212-555-0147 shipped.", "Order no. 212-555-0147 shipped."],
  ],
  "a US suite or flat whose number opens with letters and a hyphen is part of its street address": [
    ["shipping to (8351 NW 68th St, Suite MIA-44172, Miami, FL 33166).", "shipping to ([ADDRESS], Miami, FL [POSTAL_CODE])."],
    ["Ship to 1200 Brickell Ave, Apt B-12, Miami, FL 33131 today.", "Ship to [ADDRESS], Miami, FL [POSTAL_CODE] today."],
    ["Suite MIA-44172 is the forwarder's box.", "Suite MIA-44172 is the forwarder's box."],
  ],
  "a column headed by secrets holds each service's password or passphrase when its cell is one token": [
    [
      "| サービス | 秘密情報 | 持ち主 |\n|---|---|---|\n| 会計 | Kbr#Ledger2027 | 経理 |\n| Wi-Fi | office-guest-5GHz-2025 | 総務 |\n| Slack | — | 総務 |",
      "| サービス | 秘密情報 | 持ち主 |\n|---|---|---|\n| 会計 | [SECRET] | 経理 |\n| Wi-Fi | [SECRET] | 総務 |\n| Slack | — | 総務 |",
    ],
    [
      "| System | Secret | Owner |\n|---|---|---|\n| Payroll | Pay!roll!7731 | HR |\n| VPN | see vault | IT |",
      "| System | Secret | Owner |\n|---|---|---|\n| Payroll | [SECRET] | HR |\n| VPN | see vault | IT |",
    ],
  ],
  "a safe named in English, a colon, and its code read digit by digit or keyed": [
    ["Shop safe: 4-1-9-2-6. Weather API key below.", "Shop safe: [SECRET]. Weather API key below."],
    ["Office SAFE: 12-34-56", "Office SAFE: [SECRET]"],
    ["Is the boat safe: 2024 was calm.", "Is the boat safe: 2024 was calm."],
  ],
  "a password's or a PIN's Japanese cue in an English sentence, then what was set": [
    ["and the暗証番号 I set is Hrk2027fee. The app says", "and the暗証番号 I set is [SECRET]. The app says"],
    ["the パスワード we use is Hk7-rain!2 now", "the パスワード we use is [SECRET] now"],
    ["The PIN is 4 digits.", "The PIN is 4 digits."],
  ],
  "a code that links the account to another service (連携コード)": [
    ["マイナポータル連携のコード QT7M-42XK は他人に教えないでください", "マイナポータル連携のコード [SECRET] は他人に教えないでください"],
    ["freee 連携用コード：7HQ2K9 を入力", "freee 連携用コード：[SECRET] を入力"],
    ["連携コード表 2024年版", "連携コード表 2024年版"],
  ],
  "a romaji address's prefecture and city before its town are the address's; a firm named after the place kept": [
    [
      "Address: Okinawa-ken Nago-shi Sukuta 1625-3, Room 201\nEmployer: Nago Sunset Resort",
      "Address: [ADDRESS]\nEmployer: Nago Sunset Resort",
    ],
    ["Kanagawa-ken, Ashigarashimo-gun Manazuru 255, 2F", "[ADDRESS]"],
    ["Tokyo 2020, 2F is kept", "Tokyo 2020, 2F is kept"],
  ],
  "a firm named after two partners joined by & and its trade's word, the first a found person's surname": [
    ["Ms. Priya Menon, Menon & Iyer Consulting, Bengaluru", "Ms. [PERSON], Menon & Iyer Consulting, Bengaluru"],
    ["Mr. John Baker, Baker & Hughes Dental, London", "Mr. [PERSON], Baker & Hughes Dental, London"],
  ],
  "a chome alone before 地番 is the land register's place; a home's block after it is an address": [
    ["・土地 北区赤羽北三丁目 地番 1872番4", "・土地 北区赤羽北三丁目 地番 1872番4"],
    ["・土地 大阪市北区天満二丁目 地番 45番2", "・土地 大阪市北区天満二丁目 地番 45番2"],
    ["住所 北区赤羽北三丁目5番3号 地番 1872番4", "住所 [ADDRESS] 地番 1872番4"],
  ],
  "a plate said in its brackets to be a body's vehicle is the firm's; a father's car still masked": [
    ["配達員の 今野 さんの車（仙台 800 ひ 21-44、センターのトラック）が", "配達員の [PERSON] さんの車（仙台 800 ひ 21-44、センターのトラック）が"],
    ["営業の車（品川 400 す 21-47、営業所のバン）で伺います", "営業の車（品川 400 す 21-47、営業所のバン）で伺います"],
    ["お客様の車（品川 400 す 21-47、父の車）が門柱に", "お客様の車（[PERSONAL_ID]、父の車）が門柱に"],
  ],
};

describeMaskingClasses("look-alikes, secrets, an address and a phone of the twenty-seventh set, by class", classes);
