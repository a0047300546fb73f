import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * IDs and secrets the registered sets leaked (issue 13, round 39r): a passport's number with a letter after its digits,
 * or in a German passport's nine letters and digits; a document's number with whose it is before the colon; a national
 * health insurance card with its prefecture's mark; a guest's folio; a contract's or an application's number with a
 * ward's or a kind's kanji between its groups; a person's contract after a possessive, in Portuguese or as a home's
 * tenancy; an application for public aid by its number; an insurance policy in three groups of digits; a password of
 * digits after パス or before a dated aside in brackets; digits right after a reset's verb; a number plate copied in
 * romaji; a login after a person's account; a messenger's handle alone in brackets; a password after a mail address's
 * login and a slash; a password's present value after 今は; a lot's number after a chome and a space, or after a ward's
 * rural hamlet; a small craft's register number with its prefecture; a login after a form's 管理 and a colon, before its
 * password; a contract's ID given in the turn after a desk's agent asks for it; a key's hiding place told as a box, a
 * can or a bag somewhere. Each with the look-alikes it leaves.
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
    ["<li>耐震改修補助の申請番号 TK-R7-0418、交付決定 令和8年11月20日</li>", "<li>耐震改修補助の申請番号 [PERSONAL_ID]、交付決定 令和8年11月20日</li>"],
  ],
  "a register's 第…号, a number to come or a form's code after an aid's word stays": [
    ["補助金 申請番号 第 8812 号; IT導入補助金の申請番号は後日通知; 補助 申請書 AB-2210", "補助金 申請番号 第 8812 号; IT導入補助金の申請番号は後日通知; 補助 申請書 AB-2210"],
  ],
  "an insurance policy's number in three groups of digits is masked": [
    ["Her own policy 41-208813-07 was checked.", "Her own policy [PERSONAL_ID] was checked."],
    ['"R-3","policy 52-330194-11","更新"', '"R-3","policy [PERSONAL_ID]","更新"'],
  ],
  "a policy's date, span of years or short code stays": [["privacy policy 2026-12-01 and policy 2024-2025 and policy 12-3456", "privacy policy 2026-12-01 and policy 2024-2025 and policy 12-3456"]],
  "a password of digits after パス or before a dated aside is masked": [
    ["・管理画面 ログイン mori_k22 パス 552017、決済は別", "・管理画面 ログイン [PERSONAL_ID] パス [SECRET]、決済は別"],
    ["- ポータル：ID front-ab12 ／ パスワード 730418（3月1日に変更予定）", "- ポータル：ID [PERSONAL_ID] ／ パスワード [SECRET]（3月1日に変更予定）"],
  ],
  "digits given right after a reset's verb are masked": [
    ['"予約管理のパスワードを忘れた","再設定して 660413。連携キーは別"', '"予約管理のパスワードを忘れた","再設定して [SECRET]。連携キーは別"'],
    ['"R-1","リセットし、204417 で仮発行","済"', '"R-1","リセットし、[SECRET] で仮発行","済"'],
    ["[10:01] staff: 再設定して 552083 です", "[10:01] staff: 再設定して [SECRET] です"],
  ],
  "a count, a sum or a number of times after a reset's verb stays": [["再設定して 2件 対応、リセットして 100000円、初期化して 20 回", "再設定して 2件 対応、リセットして 100000円、初期化して 20 回"]],
  "a season's pass, a count after a reset or another number on a password's line stays": [
    ["定期パス 123456、フリーパス 204417、パスポート 2冊", "定期パス 123456、フリーパス 204417、パスポート 2冊"],
    ["パスワードを再設定して 2件 対応、パスワード変更。注文番号は 20261234", "パスワードを再設定して 2件 対応、パスワード変更。注文番号は 20261234"],
  ],
  "a number plate copied in romaji after a vehicle's word is masked": [
    ["Trailer plate Kumagaya 300 ne 41-07 (her own).", "Trailer plate [PERSONAL_ID] (her own)."],
    ["| vehicle | Hamamatsu 330 s 12-04 |", "| vehicle | [PERSONAL_ID] |"],
    ['"R-2","car\'s plate: Shinagawa 500 su 1288","返却"', '"R-2","car\'s plate: [PERSONAL_ID]","返却"'],
  ],
  "a sum after a plate's word, a firm's van or a plate's shape with no vehicle stays": [
    ["Plate Tokyo 100 yen 1234 paid", "Plate Tokyo 100 yen 1234 paid"],
    ["The company van plate Nerima 400 ka 12-34", "The company van plate Nerima 400 ka 12-34"],
    ["Tokyo 100 a 12-34 meeting room", "Tokyo 100 a 12-34 meeting room"],
  ],
  "a login after a person's account is masked": [
    ["Someone logged in with Keiko's account kb-morioka from home.", "Someone logged in with [PERSON]'s account [PERSONAL_ID] from home."],
    ["| note | reset his login t.aoyama3 today |", "| note | reset his login [PERSONAL_ID] today |"],
    ["[09:10] admin: her own account: rin_87 was locked", "[09:10] admin: her own account: [PERSONAL_ID] was locked"],
  ],
  "an account's mail, sign-in, settings, page or balance stays": [
    ["Her account e-mail bounced; his account sign-in failed; the company's account settings; my login page; your account balance 2026", "Her account e-mail bounced; his account sign-in failed; the company's account settings; my login page; your account balance 2026"],
  ],
  "a messenger's handle alone in brackets after the network is masked": [
    ['"R-5","写真は LINE で（miho.tsuda）受領","済"', '"R-5","写真は LINE で（[PERSONAL_ID]）受領","済"'],
    ["[14:20] staff: she sent it on LINE (k.arai-22) last night", "[14:20] staff: she sent it on LINE ([PERSONAL_ID]) last night"],
  ],
  "a word, a group or the app's version in brackets after the network stays": [["LINE（公式）、LINE (group)、LINE (ver.13.2)、LINE で（グループ）", "LINE（公式）、LINE (group)、LINE (ver.13.2)、LINE で（グループ）"]],
  "a password after a mail address's login and a slash is masked": [
    ["- 共有カレンダー: hana.ito@example.jp / Kaede-ya#2207", "- 共有カレンダー: [EMAIL] / [SECRET]"],
    ["スプレッドシートのオーナー：mori.k@example.com ／ Shiokaze-ya#2207", "スプレッドシートのオーナー：[EMAIL] ／ [SECRET]"],
  ],
  "a form's name or a release after a mail address and a slash stays": [["問い合わせ：info@example.com / Web-form#1 より、dev@example.com / Release-2026", "問い合わせ：[EMAIL] / Web-form#1 より、[EMAIL] / Release-2026"]],
  "a password's present value after 今は is masked": [
    ['"R-4","暗証を変えたい、現在は 552017 のまま","対応中"', '"R-4","暗証を変えたい、現在は [SECRET] のまま","対応中"'],
    ["[10:02] 客: the Wi-Fi password — 今は hinata0415kobe です", "[10:02] 客: the Wi-Fi password — 今は [SECRET] です"],
  ],
  "a count, a version, a URL or no password's word before 今は stays": [
    ["パスワードの桁数、今は 8文字", "パスワードの桁数、今は 8文字"],
    ["パスワード変更画面は今は v2.3.1", "パスワード変更画面は今は v2.3.1"],
    ["アプリは今は Windows11 対応", "アプリは今は Windows11 対応"],
  ],
  "a lot's number after a chome and a space, or after a ward's rural hamlet, joins the address": [
    ['"R-2","新住所 岡崎市若葉町3丁目 27","済"', '"R-2","新住所 [ADDRESS]","済"'],
    ["| 住所 | 神戸市北区淡河町神影 318 |", "| 住所 | [ADDRESS] |"],
  ],
  "a count, a time, a stop or a floor after a chome or a town stays outside the address": [
    ["名古屋市中区栄3丁目 10時集合、神戸市西区玉津町 2 名", "[ADDRESS] 10時集合、神戸市西区玉津町 2 名"],
    ["神戸市西区伊川谷町布施畑 3件", "神戸市西区伊川谷町布施畑 3件"],
    ["乗り場は 本町二丁目 3番のりば、売場は 栄3丁目 5階", "乗り場は 本町二丁目 3番のりば、売場は 栄3丁目 5階"],
  ],
  "a small craft's register number with its prefecture is masked whole": [
    ["| 船舶番号 | 318-20471 広島 |", "| 船舶番号 | [PERSONAL_ID] |"],
    ['"R-1","船舶番号：512-330418 北海道、係留中","済"', '"R-1","船舶番号：[PERSONAL_ID]、係留中","済"'],
  ],
  "a register number's field or a month after its word stays": [["船舶番号の欄、船舶番号 2026-12 更新", "船舶番号の欄、船舶番号 2026-12 更新"]],
  "a login after a form's 管理 and a colon, before its password, is masked": [
    ["予約フォームの管理：yoyaku-desk3、パス Zq81!mm", "予約フォームの管理：[PERSONAL_ID]、パス [SECRET]"],
    ['"R-9","管理: shift_admin2 / パスワード は別送","済"', '"R-9","管理: [PERSONAL_ID] / パスワード は別送","済"'],
  ],
  "a word after 管理 before a count of passes stays": [["管理：月次、パス 2枚", "管理：月次、パス 2枚"]],
  "a contract's ID given in the turn after an agent named by role and name asks for it is masked": [
    ["[16:42] サポート Mori: お名前と契約IDをお願いします。\n[16:44] お客様: 佐藤 一郎、NT-00418826。", "[16:42] サポート [PERSON]: お名前と契約IDをお願いします。\n[16:44] お客様: [PERSON]、[PERSONAL_ID]。"],
    ["[09:12] Support Mori: ご契約IDをお願いします。\n[09:13] 客: KR-5520417 です", "[09:12] Support [PERSON]: ご契約IDをお願いします。\n[09:13] 客: [PERSONAL_ID] です"],
  ],
  "an order's number given after an agent asks for it stays": [
    ["[09:12] Support Mori: 注文番号をお願いします。\n[09:13] 客: NT-00418826 です", "[09:12] Support [PERSON]: 注文番号をお願いします。\n[09:13] 客: NT-00418826 です"],
  ],
  "a key's hiding place told as a box, a can or a bag somewhere is masked": [
    ['"R-3","鍵は物置の棚の赤い缶。","済"', '"R-3","鍵は[SECRET]。","済"'],
    ["- 鍵は勝手口の横の白い袋です", "- 鍵は[SECRET]です"],
  ],
  "a box to return a key to, or a box alone, stays": [["鍵はフロントの返却箱にお入れください。鍵は箱。鍵はフロントの箱に返却", "鍵はフロントの返却箱にお入れください。鍵は箱。鍵はフロントの箱に返却"]],
});
