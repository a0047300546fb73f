import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * IDs and secrets the registered sets leaked (issue 13, round 39r): a passport's number with a letter after its digits,
 * or in a German passport's nine letters and digits; a document's number with whose it is before the colon; a national
 * health insurance card with its prefecture's mark; a guest's folio; a contract's or an application's number with a
 * ward's or a kind's kanji between its groups; a person's contract after a possessive, in Portuguese or as a home's
 * tenancy; an application for public aid by its number; an insurance policy in three groups of digits; a password of
 * digits after パス, before a dated aside in brackets, or after a reset's verb. Each with the look-alikes it leaves.
 */
describeMaskingClasses("IDs and secrets of round 39r", {
  "a passport's number with a letter after its digits is masked": [
    ["| 区分 | 確認書類 |\n| --- | --- |\n| 一般 | パスポート E5521093K |", "| 区分 | 確認書類 |\n| --- | --- |\n| 一般 | パスポート [PERSONAL_ID] |"],
    ["[10:02] 受付: パスポート：T4410288A で照合しました", "[10:02] 受付: パスポート：[PERSONAL_ID] で照合しました"],
  ],
  "a German passport's nine letters and digits later in the sentence is masked": [
    ["Lost property: passport found in lobby, Austrian passport H2RT401K9 held at desk.", "Lost property: passport found in lobby, Austrian passport [PERSONAL_ID] held at desk."],
    ['"返却済","guest passport J81KLT4P2 checked"', '"返却済","guest passport [PERSONAL_ID] checked"'],
  ],
  "a count, a model or a flight beside a passport's word stays": [
    ["パスポート 2冊、旅券 3件、パスポート PC-2210 の型番", "パスポート 2冊、旅券 3件、パスポート PC-2210 の型番"],
    ["The passport photo must be 35x45; see passport FAQ; passport KLM flight KL0861 today", "The passport photo must be 35x45; see passport FAQ; passport KLM flight KL0861 today"],
  ],
  "a pension's number with whose it is before the colon is masked": [
    ["Widow's pension number of the late husband: 3310-420198 (per his book).", "Widow's pension number of the late husband: [PERSONAL_ID] (per his book)."],
    ["| 年金 | Basic pension number of her mother: 2207-118436 |", "| 年金 | Basic pension number of her mother: [PERSONAL_ID] |"],
  ],
  "a pension's word before no number stays": [["Pension number of the month: see the table; pension number 2026 update", "Pension number of the month: see the table; pension number 2026 update"]],
  "a national health insurance card's number, its prefecture's mark before it, is masked": [
    ["Her NHI card number 栃 0412-338105 (copied from the card).", "Her NHI card number [PERSONAL_ID] (copied from the card)."],
    ["- NHI card no. 3310-224019, seen at the desk", "- NHI card no. [PERSONAL_ID], seen at the desk"],
  ],
  "a card's years or a renewal's month stays": [["NHI card fees 2025-2026 and National Health Insurance card renewal 2026-04", "NHI card fees 2025-2026 and National Health Insurance card renewal 2026-04"]],
  "a guest's folio is masked": [
    ["Folio KB-R-0044172 closed at checkout.", "Folio [PERSONAL_ID] closed at checkout."],
    ['"12/03","Guest folio no. TR-55012873","paid"', '"12/03","Guest folio no. [PERSONAL_ID]","paid"'],
  ],
  "a book's folio or a cabin's number stays": [["Folio 12 of the manuscript; folio A-3 page; Folio printed for cabin 4410", "Folio 12 of the manuscript; folio A-3 page; Folio printed for cabin 4410"]],
  "a contract's or an application's number with a kanji between its groups is masked": [
    ["　契約番号 KS-東-0311-08 で更新。", "　契約番号 [PERSONAL_ID] で更新。"],
    ["申込番号：受25-抽-0418（抽選）", "申込番号：[PERSONAL_ID]（抽選）"],
  ],
  "a desk's reception number or a form's number of that shape stays": [["受付番号 受25-抽-0418、申込書番号 AB-東-2210", "受付番号 受25-抽-0418、申込書番号 AB-東-2210"]],
  "a person's contract after a possessive, in Portuguese or as a home's tenancy is masked": [
    ["your contract NET-00418826 covers both lines.", "your contract [PERSONAL_ID] covers both lines."],
    ["[11:02] suporte: Seu contrato FB-2210044 foi renovado.", "[11:02] suporte: Seu contrato [PERSONAL_ID] foi renovado."],
    ["The rental agreement RA-440812 ends in March; his lease\ncontract LS-2026-00318 too.", "The rental agreement [PERSONAL_ID] ends in March; his lease\ncontract [PERSONAL_ID] too."],
  ],
  "a template's version, a year, a date or a firm's contract stays": [
    ["Our contract template v2; your contract 2026 renewal; the company's contract CORP-2210-0031 with the vendor", "Our contract template v2; your contract 2026 renewal; the company's contract CORP-2210-0031 with the vendor"],
    ["your contract ends on 2026-03-31; Seu contrato de 12 meses", "your contract ends on 2026-03-31; Seu contrato de 12 meses"],
  ],
  "an application for public aid by its number is masked": [
    ["合併浄化槽設置補助 申請番号 R7-3310 を受理", "合併浄化槽設置補助 申請番号 [PERSONAL_ID] を受理"],
    ['"子育て支援金の申請番号：KS-2025-00418","受理"', '"子育て支援金の申請番号：[PERSONAL_ID]","受理"'],
  ],
  "a register's 第…号, a number to come or a form's code after an aid's word stays": [
    ["補助金 申請番号 第 8812 号; IT導入補助金の申請番号は後日通知; 補助 申請書 AB-2210", "補助金 申請番号 第 8812 号; IT導入補助金の申請番号は後日通知; 補助 申請書 AB-2210"],
  ],
  "an insurance policy's number in three groups of digits is masked": [
    ["Her own policy 41-208813-07 was checked.", "Her own policy [PERSONAL_ID] was checked."],
    ['"R-3","policy 52-330194-11","更新"', '"R-3","policy [PERSONAL_ID]","更新"'],
  ],
  "a policy's date, span of years or short code stays": [["privacy policy 2026-12-01 and policy 2024-2025 and policy 12-3456", "privacy policy 2026-12-01 and policy 2024-2025 and policy 12-3456"]],
  "a password of digits after パス, before a dated aside, or after a reset's verb is masked": [
    ["・管理画面 ログイン mori_k22 パス 552017、決済は別", "・管理画面 ログイン [PERSONAL_ID] パス [SECRET]、決済は別"],
    ["- ポータル：ID front-ab12 ／ パスワード 730418（3月1日に変更予定）", "- ポータル：ID [PERSONAL_ID] ／ パスワード [SECRET]（3月1日に変更予定）"],
    ['"予約管理のパスワードを忘れた","再設定して 660413。連携キーは別"', '"予約管理のパスワードを忘れた","再設定して [SECRET]。連携キーは別"'],
  ],
  "a season's pass, a count after a reset or another number on a password's line stays": [
    ["定期パス 123456、フリーパス 204417、パスポート 2冊", "定期パス 123456、フリーパス 204417、パスポート 2冊"],
    ["パスワードを再設定して 2件 対応、パスワード変更。注文番号は 20261234", "パスワードを再設定して 2件 対応、パスワード変更。注文番号は 20261234"],
  ],
});
