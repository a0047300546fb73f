import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * ID, secret, My Number and card rules by class that the seventeenth set's misses called for (issue 13), each with
 * other values than the set's and the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("id classes of the seventeenth set", {
  "a number printed in groups of the same series as a found person's number": [
    ["利用者番号 1400 2231 0982 の方\n延滞者：\n  1400 0077 5120  2冊\n  1400 3318 0044  1冊", "利用者番号 [PERSONAL_ID] の方\n延滞者：\n  [PERSONAL_ID]  2冊\n  [PERSONAL_ID]  1冊"],
    ["Patron ID: 7720-0013-4481; family card 7720-0013-4499 too", "Patron ID: [PERSONAL_ID]; family card [PERSONAL_ID] too"],
    ["利用者番号 1400 2231 0982、注文 1400 5555 6666、予約 1500 2231 0982", "利用者番号 [PERSONAL_ID]、注文 1400 5555 6666、予約 1500 2231 0982"],
  ],
  "a person's card just issued or issued again, a library's card, a patron's or a borrower's number": [
    ["児童カード新規 1400 2231 0982 を発行", "児童カード新規 [PERSONAL_ID] を発行"],
    ["図書館カード番号 88012736、会員カード再発行 5521 0093 1184", "図書館カード番号 [PERSONAL_ID]、会員カード再発行 [PERSONAL_ID]"],
    ["patron number 1400 2231 0982; Borrower no. 88120451", "patron number [PERSONAL_ID]; Borrower no. [PERSONAL_ID]"],
    ["Library card: 2300 4412 0071, library card no. LC-004412", "Library card: [PERSONAL_ID], library card no. [PERSONAL_ID]"],
    ["library card fee 500 yen, 2 library cards", "library card fee 500 yen, 2 library cards"],
    ["図番号 A-1234 と 図面番号 B-5521", "図番号 A-1234 と 図面番号 B-5521"],
  ],
  "a library item's or an event entry's number is the thing's": [
    ["資料番号 C0318842、蔵書番号 B-228814", "資料番号 C0318842、蔵書番号 B-228814"],
    ["コンペ番号 CP-2701-11 と 大会番号 T26-0041、イベント番号 EV-3391", "コンペ番号 CP-2701-11 と 大会番号 T26-0041、イベント番号 EV-3391"],
    ["会員番号 M-22841", "会員番号 [PERSONAL_ID]"],
  ],
  "a handle or a gamer tag on a network or after a player's word": [
    ["Discord は kuro_neko#0412、Instagram @hana.k_88", "Discord は [PERSONAL_ID]、Instagram [PERSONAL_ID]"],
    ["Her Riot ID is jiwoo#KR11; PSN ID: taku_0714", "Her Riot ID is [PERSONAL_ID]; PSN ID: [PERSONAL_ID]"],
    ["LINEの表示名は mika_beauty21 です", "LINEの表示名は [PERSONAL_ID] です"],
    ["IGN SORA_JP で、プレイヤー名：Ryo_0412、gamertag xX_kaito_Xx", "IGN [PERSONAL_ID] で、プレイヤー名：[PERSONAL_ID]、gamertag [PERSONAL_ID]"],
    ["IG: @hana_88、handle: mori.k_21、her handle is saki_0303", "IG: [PERSONAL_ID]、handle: [PERSONAL_ID]、her handle is [PERSONAL_ID]"],
    ["we handle it_2 here; IGBT_2 module; handle with care", "we handle it_2 here; IGBT_2 module; handle with care"],
    ["Discord Bot を追加、Steam 版、Instagram post、IGN review、player name list、公式Instagram @cafe_mori01", "Discord Bot を追加、Steam 版、Instagram post、IGN review、player name list、公式Instagram @cafe_mori01"],
  ],
  "a login after a field's word, a hyphened login before its password's word, a login and password after a machine": [
    ["管理者ログイン:user opac-admin-sato pass Hon*Yomu22", "管理者ログイン:user [PERSONAL_ID] pass [SECRET]"],
    ["Back office PC: front-desk2 / Yuki*Snow88!", "Back office PC: [PERSONAL_ID] / [SECRET]"],
    ["受付端末 uketsuke / Hana#2291 です", "受付端末 [PERSONAL_ID] / [SECRET] です"],
    ["PC: Dell-XPS / i7-1360P、the user sign-up flow, port 443、ログイン: user", "PC: Dell-XPS / i7-1360P、the user sign-up flow, port 443、ログイン: user"],
  ],
  "a benefit's certificate or a handbook's number written 第 … 号, its issuer before": [
    ["児童扶養手当証書番号 第 0552190 号 を確認", "児童扶養手当証書番号 [PERSONAL_ID] を確認"],
    ["手帳番号 沖 第 4-0718 号、療育手帳 東京 第 12345 号", "手帳番号 [PERSONAL_ID]、療育手帳 [PERSONAL_ID]"],
    ["手帳 第 2 号の改訂、告示第12号、建設業許可 第 12345 号", "手帳 第 2 号の改訂、告示第12号、建設業許可 第 12345 号"],
  ],
  "a number plate in a table's column headed by a vehicle": [
    ["| 便 | 代表者 | 車両 |\n|---|---|---|\n| 7:40 | 比嘉 様 | 沖縄 300 ね 12-08 |", "| 便 | 代表者 | 車両 |\n|---|---|---|\n| 7:40 | [PERSON] 様 | [PERSONAL_ID] |"],
    ["| Plate | Owner |\n|---|---|\n| 品川 500 さ 77-01 | 株式会社A |", "| Plate | Owner |\n|---|---|\n| [PERSONAL_ID] | 株式会社A |"],
    ["| 回 | 内容 |\n|---|---|\n| 第2回 100 の 10-20 | x |", "| 回 | 内容 |\n|---|---|\n| 第2回 100 の 10-20 | x |"],
  ],
  "a US passport's nine digits after パスポート; a Social Security number after its Japanese name": [
    ["パスポート 481920337(米国旅券)", "パスポート [PERSONAL_ID](米国旅券)"],
    ["社会保障番号 219-09-9999、社会保障番号は 123-45-6789 です", "社会保障番号 [PERSONAL_ID]、社会保障番号は [PERSONAL_ID] です"],
    ["パスポート 123456789円、社会保障番号 12-3456789 (EIN)", "パスポート 123456789円、社会保障番号 12-3456789 (EIN)"],
  ],
  "a member's code after 会員 with no number's word": [
    ["お客様（山田 様、会員 HC-M-044812）", "お客様（[PERSON] 様、会員 [PERSONAL_ID]）"],
    ["会員：MB-20931、正会員 K00412", "会員：[PERSONAL_ID]、正会員 [PERSONAL_ID]"],
    ["会員 2名、会員 VIP、会員 500pt", "会員 2名、会員 VIP、会員 500pt"],
  ],
});

describeMaskingClasses("secret, My Number and card classes of the seventeenth set", {
  "a key box's code after a clause on what goes in it; a dial's combination in a lock's column": [
    ["キーボックスに入れておきます。番号は 2-9-0-5。", "キーボックスに入れておきます。番号は [SECRET]。"],
    ["| Who | Locker |\n|---|---|\n| A | 12-30-7 |\n| B | 4-4-18 |", "| Who | Locker |\n|---|---|\n| A | [SECRET] |\n| B | [SECRET] |"],
    ["ロッカーに入れました。番号は 1024 です。| 日付 | ロッカー |\n|---|---|\n| 2026-1-5 | B-12 |", "ロッカーに入れました。番号は 1024 です。| 日付 | ロッカー |\n|---|---|\n| 2026-1-5 | B-12 |"],
  ],
  "a My Number in groups of four with マイナンバー earlier in its paragraph, or its card's word": [
    ["「マイナンバーも要りますか」→ 不要。メモに\n  5120 8841 3307 とあった", "「マイナンバーも要りますか」→ 不要。メモに\n  [MY_NUMBER] とあった"],
    ["マイナンバーカードの写しが添付されていた（3810 2276 9945）ため返送", "マイナンバーカードの写しが添付されていた（[MY_NUMBER]）ため返送"],
    ["マイナンバーの件。\n\n注文 3810 2276 9945 を発送", "マイナンバーの件。\n\n注文 3810 2276 9945 を発送"],
  ],
  "a card read out with its expiry after 期限": [
    ["電話口で 4980 0099 1234 5670 期限 11/28 と", "電話口で [CREDIT_CARD] 期限 11/28 と"],
    ["クーポン 1111 2222 3333 4444 期限 12/31", "クーポン 1111 2222 3333 4444 期限 12/31"],
  ],
});
