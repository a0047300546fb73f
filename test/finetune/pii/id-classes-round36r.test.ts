import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * IDs the thirty-sixth set leaked (issue 13, round 36r): a list of passports each with its country's code in brackets,
 * an application's number a sentence says is a person's (申請番号は施主の …), a licence's 第…号 a little after its 免状, a
 * patient's ID after the patient's word, a bank account in two groups after its branch, an English account number on a
 * wrapped line after its branch. Each with the look-alikes it leaves.
 */
describeMaskingClasses("IDs of round 36r", {
  "every passport of a list whose entries carry their country's code is masked": [
    [
      "Passports for the rooming list:\nMensah G2208841 (GH), Lindqvist 88120447 (SE), Kaur Z 3318820 (IN).",
      "Passports for the rooming list:\nMensah [PERSONAL_ID] (GH), Lindqvist [PERSONAL_ID] (SE), Kaur [PERSONAL_ID] (IN).",
    ],
    ["| passport | Tran C4410927 (VN); Haddad 0731559 (LB) |", "| passport | Tran [PERSONAL_ID] (VN); Haddad [PERSONAL_ID] (LB) |"],
    ["旅券の控え：Nowak EZ8812034 (PL)、Moreau 19AV44821 (FR)", "旅券の控え：Nowak [PERSONAL_ID] (PL)、Moreau [PERSONAL_ID] (FR)"],
  ],
  "a flight's or an order's number with a country's code, or a list with no passport's word, stays": [
    ["Passport desk: Flight 8812203 (JP) lands at 9", "Passport desk: Flight 8812203 (JP) lands at 9"],
    ["Passport renewals.\n\nShipments: Acme 7712044 (US), Bolt 5520193 (DE)", "Passport renewals.\n\nShipments: Acme 7712044 (US), Bolt 5520193 (DE)"],
    ["Suppliers: Acme 7712044 (US), Bolt 5520193 (DE)", "Suppliers: Acme 7712044 (US), Bolt 5520193 (DE)"],
  ],
  "an application's number a sentence says is a person's is masked": [
    ["補助金の申請番号は施主の HJ-26-0071142 です。", "補助金の申請番号は施主の [PERSONAL_ID] です。"],
    ["申込番号：お客様の 20931877（控え）", "申込番号：お客様の [PERSONAL_ID]（控え）"],
  ],
  "an application's number with no person before it, or a count, stays": [
    ["申請番号は窓口の AP-2026-0412 を参照", "申請番号は窓口の AP-2026-0412 を参照"],
    ["申請番号は施主の 3 件分", "申請番号は施主の 3 件分"],
  ],
  "a licence's 第…号 a little after its 免状, its holder's name or class between, is masked": [
    ["電気工事士免状：グエン 第一種 第 K07-220318 号 取得済み", "電気工事士免状：グエン 第一種 [PERSONAL_ID] 取得済み"],
    ["| 免許 | 2 種 第 0412277 号 |", "| 免許 | 2 種 [PERSONAL_ID] |"],
  ],
  "a notice's or a form's short number after 免許, or a trade's licence, stays": [
    ["免許の更新は様式 第 12 号 で", "免許の更新は様式 第 12 号 で"],
    ["免状の交付（告示 第 3 号）", "免状の交付（告示 第 3 号）"],
    ["旅行業免許 観光庁長官 第 2041 号", "旅行業免許 観光庁長官 第 2041 号"],
  ],
  "a patient's ID after the patient's word is masked": [
    ["患者のフルネームと ID 0031947782 をメモに書いた", "患者のフルネームと ID [PERSONAL_ID] をメモに書いた"],
    ["patient Aoki, ID 20931877, moved to ward 3", "patient Aoki, ID [PERSONAL_ID], moved to ward 3"],
  ],
  "a count or a short code after a patient's ID word stays": [
    ["患者 ID 1200000 件を移行", "患者 ID 1200000 件を移行"],
    ["patient portal ID 42 release", "patient portal ID 42 release"],
  ],
  "a bank account in groups of three and four after its branch is masked": [
    ["振込口座 沖縄銀行 安謝支店 512 3308", "振込口座 沖縄銀行 安謝支店 [PERSONAL_ID]"],
    ["| 口座 | 西日本シティ銀行 姪浜支店 704 1182 |", "| 口座 | 西日本シティ銀行 姪浜支店 [PERSONAL_ID] |"],
  ],
  "a branch's own number or a sum after a branch stays": [
    ["沖縄銀行 安謝支店（店番 512）", "沖縄銀行 安謝支店（店番 512）"],
    ["沖縄銀行 安謝支店 512 3308円", "沖縄銀行 安謝支店 512 3308円"],
  ],
  "an account's number on an indented wrapped line after its bank or branch is masked": [
    ["Dues by direct debit, MUFG Umeda branch,\n  account 4402197. Fee ¥12,000", "Dues by direct debit, MUFG Umeda branch,\n  account [PERSONAL_ID]. Fee ¥12,000"],
    ["- Refund to Mizuho Bank, Kobe branch,\n    acct 0039217.", "- Refund to Mizuho Bank, Kobe branch,\n    acct [PERSONAL_ID]."],
  ],
  "a ledger's account on a new unindented line, or an amount, stays": [
    ["Bank fees for the branch\naccount 4402197 of the ledger", "Bank fees for the branch\naccount 4402197 of the ledger"],
    ["MUFG Umeda branch,\n  account balance 4402197 yen", "MUFG Umeda branch,\n  account balance 4402197 yen"],
  ],
});
