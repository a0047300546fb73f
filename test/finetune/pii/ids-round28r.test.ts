import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * ID and key classes taken after the twenty-eighth set (issue 13), each with the look-alikes beside it that must stay.
 * Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a national number's name, then what it is for or where it is written, then a colon": [
    ["He sent his CPF for the lease form: 512.338.704-19 yesterday.", "He sent his CPF for the lease form: [PERSONAL_ID] yesterday."],
    ["Aadhaar printed on the rent receipt by accident: 7350 2281 4496.", "Aadhaar printed on the rent receipt by accident: [PERSONAL_ID]."],
    ["Codice fiscale (per il contratto di affitto): RSSMRA80A01H501U", "Codice fiscale (per il contratto di affitto): [PERSONAL_ID]"],
    ["CPF and the order number: 55120934", "CPF and the order number: 55120934"],
    ["Aadhaar needed for the form: not given yet", "Aadhaar needed for the form: not given yet"],
  ],
  "Ireland's PPS, the Philippines' SSS and Taiwan's ROC ID numbers by their names": [
    ["PPS number on the payslip: 8812047TA", "PPS number on the payslip: [PERSONAL_ID]"],
    ["PPSN 2204519W confirmed by Revenue.", "PPSN [PERSONAL_ID] confirmed by Revenue."],
    ["SSS no. for the salary loan: 02-3318846-1", "SSS no. for the salary loan: [PERSONAL_ID]"],
    ["ROC ID on the power of attorney: F223065518", "ROC ID on the power of attorney: [PERSONAL_ID]"],
    ["Taiwan ID: B120447391", "Taiwan ID: [PERSONAL_ID]"],
    ["SSS branch hours: 8:00 to 17:00; PPS office at Block 2.", "SSS branch hours: 8:00 to 17:00; PPS office at Block 2."],
  ],
  "a national number's name with its no. (CCCD no., NIK no.)": [
    ["CCCD no. 001203004455", "CCCD no. [PERSONAL_ID]"],
    ["NIK No. 3174052308900004 (KTP)", "NIK No. [PERSONAL_ID] (KTP)"],
  ],
  "a visa or COE's numbers after the plural": [
    ["COE numbers E-2025-004417 and E-2025-004418 came today.", "COE numbers [PERSONAL_ID] and [PERSONAL_ID] came today."],
    ["Visa application nos. VA88120044, VA88120045", "Visa application nos. [PERSONAL_ID], [PERSONAL_ID]"],
    ["COE numbers 3 and 4 are the children's.", "COE numbers 3 and 4 are the children's."],
  ],
  "a family member's document of the same shape listed after a person's": [
    ["Passport TK1204417, wife TZ8830219; flight NH 0203.", "Passport [PERSONAL_ID], wife [PERSONAL_ID]; flight NH 0203."],
    ["旅券番号 MZ4410237、配偶者 MR7730116", "旅券番号 [PERSONAL_ID]、配偶者 [PERSONAL_ID]"],
    ["Passport TK1204417, wife order SO-88120.", "Passport [PERSONAL_ID], wife order SO-88120."],
    ["Passport TK1204417, son 12 years old, room A1204.", "Passport [PERSONAL_ID], son 12 years old, room A1204."],
  ],
  "a household's other utility account listed after its customer number": [
    ["Electricity customer no. 0381-2206-7714, water 22-1048-3377.", "Electricity customer no. [PERSONAL_ID], water [PERSONAL_ID]."],
    ["Kunden-Nr. 4471-2203, and gas account number 88-2041-117", "Kunden-Nr. [PERSONAL_ID], and gas account number [PERSONAL_ID]"],
    ["Order 2026-1187, gas 12-3345-0091 price list", "Order 2026-1187, gas 12-3345-0091 price list"],
  ],
  "a number a sentence calls a person's own, not a desk's": [
    ["rent paid, the tenant's own contract\n  no. LS-HK-2025-0712-01 (private)", "rent paid, the tenant's own contract\n  no. [PERSONAL_ID] (private)"],
    ["Her own policy number 7730-118842 with Sompo", "Her own policy number [PERSONAL_ID] with Sompo"],
    ["the client's own membership # M-44120", "the client's own membership # [PERSONAL_ID]"],
    ["the guest's own booking no. BK-44120-2", "the guest's own booking no. BK-44120-2"],
    ["his own number 3 in the queue", "his own number 3 in the queue"],
  ],
  "an account's name in quotes after its label, a few words between": [
    ['Account name shows only "osakateaware"; real name after KYC.', 'Account name shows only "[PERSONAL_ID]"; real name after KYC.'],
    ["The username is “sakura_mama88”.", "The username is “[PERSONAL_ID]”."],
    ["Screen name reads 'tetsu.k22' on the forum", "Screen name reads '[PERSONAL_ID]' on the forum"],
    ['Account name shows "personal" and "business".', 'Account name shows "personal" and "business".'],
  ],
  "a car's chassis number or VIN after its word": [
    ["車台番号 ZVW30-1234567 の車検証を確認", "車台番号 [PERSONAL_ID] の車検証を確認"],
    ["車体番号：NHP10-2218450", "車体番号：[PERSONAL_ID]"],
    ["VIN 1HGCM82633A004352 on the title", "VIN [PERSONAL_ID] on the title"],
    ["車台番号の打刻位置は 2 か所です（型式 ZVW30）", "車台番号の打刻位置は 2 か所です（型式 ZVW30）"],
  ],
  "an EV charging contract's EMAID in the sentence that names it": [
    ["契約 ID（EMAID）は DEABC1A2B3C4D5 です。", "契約 ID（EMAID）は [PERSONAL_ID] です。"],
    ["Your eMAID: NL-TNM-C12345678-9, keep it.", "Your eMAID: [PERSONAL_ID], keep it."],
    ["EMAID の形式は ISO 15118 で決まっています。", "EMAID の形式は ISO 15118 で決まっています。"],
  ],
  "a travel or car insurance policy by 証券 before a code of six digits or more, not a securities firm's name": [
    ["海外旅行保険 証券 TR-JP-55120418 を提示", "海外旅行保険 証券 [PERSONAL_ID] を提示"],
    ["自動車保険（証券 AX-9920187）", "自動車保険（証券 [PERSONAL_ID]）"],
    ["楽天証券 2 社目、証券 A-1234 の写し", "楽天証券 2 社目、証券 A-1234 の写し"],
    ["SBI証券 NISA 口座の開設", "SBI証券 NISA 口座の開設"],
  ],
  "a drone pilot's certificate by 技能証明": [
    ["二等無人航空機操縦者技能証明 2-2025-013307 を確認", "二等無人航空機操縦者技能証明 [PERSONAL_ID] を確認"],
    ["技能証明書番号：1-2024-000812", "技能証明書番号：[PERSONAL_ID]"],
    ["技能証明 2025 年度の講習は 3 回", "技能証明 2025 年度の講習は 3 回"],
  ],
  "a seal registration card's number in 第 … 号 later in its sentence": [
    ["印鑑登録証を紛失、控え：登録番号 第 0048812 号", "印鑑登録証を紛失、控え：登録番号 第 [PERSONAL_ID] 号"],
    ["印鑑登録の窓口は 第2 庁舎 3 号館", "印鑑登録の窓口は 第2 庁舎 3 号館"],
  ],
  "a person's register number in brackets after their name": [
    ["通訳：グエン・ティ・ラン さん（登録番号 MI-C-0412）", "通訳：[PERSON] さん（登録番号 [PERSONAL_ID]）"],
    ["講師 田中様（認定番号 KT-20418）", "講師 [PERSON]様（認定番号 [PERSONAL_ID]）"],
    ["会場 田中ホール（登録番号 T1234567890123）", "会場 田中ホール（登録番号 T1234567890123）"],
  ],
  "a plate after 車両 on a line about the person themselves; a firm's log's stays": [
    ["本人の車検証写し受領、車両 品川 300 ね 41-07", "本人の車検証写し受領、車両 [PERSONAL_ID]"],
    ["・車両 品川 400 す 21-47 の ETC カードは総務へ返却", "・車両 品川 400 す 21-47 の ETC カードは総務へ返却"],
  ],
  "a service's public or secret key in hex after the service's own name": [
    ["key ab_pk_0c9e41f77a2b4d6e9f1038c5b2d7e6a4, then the secret", "key [API_KEY], then the secret"],
    ["MYSHOP_KEY=shop_sk_9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e", "MYSHOP_KEY=[API_KEY]"],
    ["SELECT pk_id, la_pk_name FROM bids WHERE la_pk_1 = 3", "SELECT pk_id, la_pk_name FROM bids WHERE la_pk_1 = 3"],
  ],
};

describeMaskingClasses("ID and key classes after the twenty-eighth set", classes);
