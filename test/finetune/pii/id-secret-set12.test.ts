import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * The ID, secret and key rules by class that the twelfth blind set's misses called for (issue 13), each with the
 * look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("ID and secret rules of the twelfth set's classes", {
  "a Japan Post Bank account's 記号 and 番号 written as a pair": [
    ["返金先：ゆうちょ銀行 記号 10230 番号 51827364 でお願いします", "返金先：ゆうちょ銀行 記号 [PERSONAL_ID] 番号 [PERSONAL_ID] でお願いします"],
    ["ゆうちょ 記号12340-1 番号 87654321", "ゆうちょ 記号[PERSONAL_ID] 番号 [PERSONAL_ID]"],
    ["記号と番号の説明、品番 記号 A-12 番号 3", "記号と番号の説明、品番 記号 A-12 番号 3"],
  ],
  "an ID in brackets after an honorific or a name's half-width reading, or after a registration's ID label": [
    ["田村 様（PT-004418）：郵送希望", "[PERSON] 様（[PERSONAL_ID]）：郵送希望"],
    ["ﾀﾅｶ ﾕｳｷ（EM-0061234）の申告書", "[PERSON]（[PERSONAL_ID]）の申告書"],
    ["[登録ID ABC27-00771] 氏名: 佐藤 花子", "[登録ID [PERSONAL_ID]] 氏名: [PERSON]"],
    ["請求書（INV-2026-0412）、登録番号 T1234567890123", "請求書（INV-2026-0412）、登録番号 T1234567890123"],
  ],
  "a foreign name in katakana then an ID in brackets": [
    ["スタッフ ルイス・ガルシア（EM-0061235）の在留期限", "スタッフ [PERSON]（[PERSONAL_ID]）の在留期限"],
    ["コカ・コーラ（500ml）を購入", "コカ・コーラ（500ml）を購入"],
  ],
  "a CSV's ID column in a diff, its lines marked - or +, and a key's lower-case id heading": [
    ["-member_id,name,email\n-M-000231,Sato Ken,ken@example.com", "-member_id,name,email\n-[PERSONAL_ID],[PERSON],[EMAIL]"],
    ["+member_id,plan\n+M-000231,gold", "+member_id,plan\n+[PERSONAL_ID],gold"],
    ["-order_id,item\n-ORD-2231,pen", "-order_id,item\n-ORD-2231,pen"],
  ],
  "a pass phrase column (合言葉, pass phrase)": [
    ["| 園児 | 合言葉 |\n|---|---|\n| 青木 はな | きいろいふうせん |", "| 園児 | 合言葉 |\n|---|---|\n| [PERSON] | [SECRET] |"],
    ["| Child | Pass phrase |\n|---|---|\n| Mia | red balloon 4 |", "| Child | Pass phrase |\n|---|---|\n| [PERSON] | [SECRET] |"],
  ],
  "an ID in a table's cell after its label's cell": [
    ["<tr><th>在留カード番号</th><td>XY98765432AB</td></tr>", "<tr><th>在留カード番号</th><td>[PERSONAL_ID]</td></tr>"],
    ["| 在留カード番号 | XY98765432AB |", "| 在留カード番号 | [PERSONAL_ID] |"],
    ["<tr><th>注文番号</th><td>ORD-2026-1234</td></tr>", "<tr><th>注文番号</th><td>ORD-2026-1234</td></tr>"],
  ],
  "a screening's, a contract's or a use's number is the thing's": [
    ["保証会社 利用（審査番号 KSG-5510427）", "保証会社 利用（審査番号 KSG-5510427）"],
    ["二重請求の1件（利用番号 UZE-4417203）を取り消しました", "二重請求の1件（利用番号 UZE-4417203）を取り消しました"],
    ["利用者番号 UR-55102 の方", "利用者番号 [PERSONAL_ID] の方"],
  ],
  "an account named by its role": [
    ["The portal said my account mbr-55120 was locked.", "The portal said my account [PERSONAL_ID] was locked."],
    ["Staging login acme-qa / Pa55word!x (shared).", "Staging login [PERSONAL_ID] / [SECRET] (shared)."],
    ["受付共通 ID front03 ／ PW sakura2024", "受付共通 ID [PERSONAL_ID] ／ PW [SECRET]"],
    ["seed に残っていた（ops-tanaka / 初期PW Hello#World9）", "seed に残っていた（[PERSONAL_ID] / 初期PW [SECRET]）"],
    ["Go to my account settings / password page", "Go to my account settings / password page"],
  ],
  "a sandbox or test key by its shape, and a key code": [
    ["please use the key tk_sbx_9fQ2mW7xLp3Rz8Vb1Nc4Hd6J for the sandbox", "please use the key [API_KEY] for the sandbox"],
    ["ab_test_variant_control_group_a", "ab_test_variant_control_group_a"],
    ["The app says the key code is 330 117 but nothing", "The app says the key code is [SECRET] but nothing"],
  ],
});
