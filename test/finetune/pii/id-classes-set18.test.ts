import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * ID and secret rules by class that the eighteenth set's misses called for (issue 13), each with other values than the set's and
 * the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("id and secret classes of the eighteenth set", {
  "a licence's or a certificate's 第 … 号 printed in digit groups with spaces between": [
    ["運転免許証 第 3012 4477 8105 号 を提示", "運転免許証 [PERSONAL_ID] を提示"],
    ["運転免許証：第３０１２ ４４７７ ８１０５号", "運転免許証：[PERSONAL_ID]"],
    ["免許証番号 第 5520 1187 3340 号、薬剤師 第 4018 82 号", "免許証番号 [PERSONAL_ID]、薬剤師 [PERSONAL_ID]"],
    ["火葬許可証 番号 第 2026 04871 号", "火葬許可証 番号 第 [PERSONAL_ID] 号"],
    // An ordinal, a law's article and clause, a bulletin's issue and a firm's permit keep their numbers.
    ["第 3 回 説明会、第 12 条 第 2 項、会報 第 2026 号、建設業許可 第 1234 5678 号", "第 3 回 説明会、第 12 条 第 2 項、会報 第 2026 号、建設業許可 第 1234 5678 号"],
  ],
  "a phone number's extension after it, masked with it": [
    ["会場との連絡：0144-51-0030 内線 212 まで", "会場との連絡：[PHONE] まで"],
    ["直通 03-3622-0110（内線 3417）。", "直通 [PHONE]。"],
    ["Call 212-555-0147 ext. 88 after ten.", "Call [PHONE] after ten."],
    // An extension alone is a house's short code, and a word after 内線 no number.
    ["内線 212 に転送、06-6351-2200 内線表を更新", "内線 212 に転送、[PHONE] 内線表を更新"],
  ],
  "a mobile number with its last four read as two pairs": [
    ["call me 090 1377 48 52 after six", "call me [PHONE] after six"],
    ["携帯：080-4417-20-96", "携帯：[PHONE]"],
    // Eleven digits so grouped without a mobile's start are no phone's.
    ["ロット 030 1377 48 52 を出荷", "ロット 030 1377 48 52 を出荷"],
  ],
  "a card number grouped 4-6-5 as American Express prints it, its check digit right or not": [
    ["He read it out: 3787 809235 00009 — not entered.", "He read it out: [CREDIT_CARD] — not entered."],
    ["Amex 3412-771045-20918 on file", "Amex [CREDIT_CARD] on file"],
    // Fifteen digits grouped so without Amex's prefix, or grouped otherwise, are an order's or a reference's.
    ["Order 1234 567890 12345 shipped; ref 3712-345678-9013", "Order 1234 567890 12345 shipped; ref 3712-345678-9013"],
  ],
  "a login and its password as a pair after an admin screen's word, or before an aside in brackets": [
    ["・予約フォームの管理画面：yoyaku_desk ／ desk-pass-0412!（貼り紙は撤去）", "・予約フォームの管理画面：[PERSONAL_ID] ／ [SECRET]（貼り紙は撤去）"],
    ["ログイン sales_hq02／Minami2027kiso（月末に変更）", "ログイン [PERSONAL_ID]／[SECRET]（月末に変更）"],
    ["管理ページ admin-kobe / Rokko*88 です", "管理ページ [PERSONAL_ID] / [SECRET] です"],
    // A screen's path, a size or a date range after an admin word are no pair.
    ["管理画面 設定 / 表示（旧版）、管理ページ 1280 / 720（推奨）", "管理画面 設定 / 表示（旧版）、管理ページ 1280 / 720（推奨）"],
  ],
  "a default administrator and its password in code quotes": [
    ["the staging admin is still `admin` / Hotaru-Stage-2027 — fixed today", "the staging admin is still `admin` / [SECRET] — fixed today"],
    ["use `root` / `Tk-2291x-dev` on the test box", "use `root` / `[SECRET]` on the test box"],
    // Roles listed with slashes are no password.
    ["roles: `admin` / `editor` / `viewer`", "roles: `admin` / `editor` / `viewer`"],
  ],
  "a key box named, a few words on its code": [
    ["The keybox under the meter holds the spare key, code 0730.", "The keybox under the meter holds the spare key, code [SECRET]."],
    ["Key box by the back gate behind the bins: code 5190#", "Key box by the back gate behind the bins: code [SECRET]"],
    // A thing's code after the key box (an error's, an order's) is no lock's.
    ["The keybox on the wall shows error code 1042; keybox for the shop, order code 88120", "The keybox on the wall shows error code 1042; keybox for the shop, order code 88120"],
  ],
  "a subscriber's code right after the word, a district's digits in it": [
    ["Cancellation request / subscriber DK-2-88154 / moving out", "Cancellation request / subscriber [PERSONAL_ID] / moving out"],
    ["Subscriber HN-0412 paused; 購読者 KT-12-40917 は転居", "Subscriber [PERSONAL_ID] paused; 購読者 [PERSONAL_ID] は転居"],
    // A short code, a word between or a thing's prefix names no one.
    ["subscriber EU-27 list; subscriber count KPI-2026 rose; subscriber ORD-2-11822 order", "subscriber EU-27 list; subscriber count KPI-2026 rose; subscriber ORD-2-11822 order"],
  ],
  "a passport's machine-readable line, whole or shortened to its state and number": [
    ["パスポート P<AUT>U7729041 を確認", "パスポート [PERSONAL_ID] を確認"],
    ["MRZ: P<JPNSATO<<HANAKO<<<<<<<<<<<<<<<<<<<<<<<", "MRZ: [PERSONAL_ID]"],
    // A comparison or a generic type is no passport's.
    ["p<0.05 in the test; List<P<T>> in code; P<ABC> tag", "p<0.05 in the test; List<P<T>> in code; P<ABC> tag"],
  ],
  "a recipe's, a menu's or a dish's id is a thing's": [
    ["navigation RecipeDetail(recipeId=RCP-001193) menuId=MN-2291", "navigation RecipeDetail(recipeId=RCP-001193) menuId=MN-2291"],
    ["| Recipe ID | Dish no. |\n|---|---|\n| RC-00412 | D-20418 |", "| Recipe ID | Dish no. |\n|---|---|\n| RC-00412 | D-20418 |"],
  ],
  "a password's word joined to a word by a hyphen is a compound, no cue": [
    ["See the runbook password-reset-2026 for the steps.", "See the runbook password-reset-2026 for the steps."],
    ["the password-protected file pin-pad-v2 is in the share", "the password-protected file pin-pad-v2 is in the share"],
    ["password: Kiri-2291x, pass-phrase aside", "password: [SECRET], pass-phrase aside"],
  ],
  "a handle after handle with its @, or after a log's channel in brackets": [
    ["handle @bonito_flake_dad, real name per his mail", "handle [PERSONAL_ID], real name per his mail"],
    ["【LINE】@ageo_kurib から：配達が遅い。[LINE] @mina_k88 より", "【LINE】[PERSONAL_ID] から：配達が遅い。[LINE] [PERSONAL_ID] より"],
    // The verb, a mention in a shop's official account, a channel with no handle.
    ["we handle @mentions later; 公式LINE：@sakura_cafe01; 【LINE】予約の変更", "we handle @mentions later; 公式LINE：@sakura_cafe01; 【LINE】予約の変更"],
  ],
  "a login written before the word アカウント": [
    ["VPN は nightops_rao のアカウントで。", "VPN は [PERSONAL_ID] のアカウントで。"],
    ["desk.kudo2 アカウントに権限を付与", "[PERSONAL_ID] アカウントに権限を付与"],
    // A service's name or a role has no `_` or digit.
    ["Google のアカウント、admin アカウント、ec のアカウント", "Google のアカウント、admin アカウント、ec のアカウント"],
  ],
  "a bank account after its kind with its branch's code, and a Japan Post Bank pair after the bank's romaji name": [
    ["振込先：沖縄銀行 本店 普通 611-0428773 名義 カイケイ", "振込先：沖縄銀行 本店 [PERSONAL_ID] 名義 カイケイ"],
    ["当座 102-3301945 へ", "[PERSONAL_ID] へ"],
    ["My bank is Yucho Bank, account 10180-38812271.", "My bank is Yucho Bank, account [PERSONAL_ID]."],
    // A kind's word before a date, a phone or a short code; a Yucho branch's word before a postal code.
    ["普通 611-04 便、普通 2026-12-06 発、Yucho Bank branch 100-0001", "普通 611-04 便、普通 2026-12-06 発、Yucho Bank branch 100-0001"],
  ],
  "a year right after a code's word, the sentence going on, is the code's year": [
    ["Guest code 2026 changes on Friday; door code 2025 rollout done", "Guest code 2026 changes on Friday; door code 2025 rollout done"],
    ["the guest code is 2026 now; door code: 2025 for tonight; gate code 2026#", "the guest code is [SECRET] now; door code: [SECRET] for tonight; gate code [SECRET]"],
  ],
  "a carried document named, then a bare 番号 with its digits a sentence on": [
    ["来た人に免許証を見せました。番号は 302011448950 です", "来た人に免許証を見せました。番号は [PERSONAL_ID] です"],
    ["保険証を出してもらい、その番号：81204417 を控えた", "保険証を出してもらい、その番号：[PERSONAL_ID] を控えた"],
    // Another number's label, or a short number, is not the document's.
    ["免許証を確認。受付番号は 20261206、整理券の番号は 1234", "免許証を確認。受付番号は 20261206、整理券の番号は 1234"],
  ],
  "an app's user id after its user field in a log line or an event": [
    ["[08:14:55Z] user.id=u_91c3e0a7bd level=warn", "[08:14:55Z] user.id=[PERSONAL_ID] level=warn"],
    ['{"event":"crash","user_id":"a9f3c2d1e7","os":"ios"}', '{"event":"crash","user_id":"[PERSONAL_ID]","os":"ios"}'],
    ["auth ok uid=U-004417 sub=auth0|5f7c2a0e91b3", "auth ok uid=[PERSONAL_ID] sub=[PERSONAL_ID]"],
    ["userId: 88120451, account_id=acc_29f1c0", "userId: [PERSONAL_ID], account_id=[PERSONAL_ID]"],
    // A role, a count or a thing's field is no user's id.
    ["login user=admin uid=0 retries=3", "login user=admin uid=0 retries=3"],
    ["open orderId=OT-55813 sessionId=9f1c0a7b productId=SKU-22041", "open orderId=OT-55813 sessionId=9f1c0a7b productId=SKU-22041"],
  ],
  "a sign-in subject by its provider's prefix and shape": [
    ["- line:U0b7e3a91c24d58f6 — asked for a refund", "- [PERSONAL_ID] — asked for a refund"],
    ["Affected: apple:001473.9c2e0b7f41a8.1207 and google:108236651120374856221", "Affected: [PERSONAL_ID] and [PERSONAL_ID]"],
    ["linked facebook:10158812334 then google-oauth2|108236651120", "linked [PERSONAL_ID] then [PERSONAL_ID]"],
    // A line number in a stack trace, a version, a flight or a commit keep their values.
    ["at Checkout.swift line:214, apple:17.6.1, flight NH 106, commit 4d7e9a0c", "at Checkout.swift line:214, apple:17.6.1, flight NH 106, commit 4d7e9a0c"],
  ],
  "a column headed by a person's number with a dot after No (Passport No., Licence No.)": [
    ["| Name | Passport No. | Expiry |\n|---|---|---|\n| Sato | TK8830125 | 2031-06-04 |\n| Cruz | P4471902A | 2029-02-13 |", "| Name | Passport No. | Expiry |\n|---|---|---|\n| [PERSON] | [PERSONAL_ID] | 2031-06-04 |\n| [PERSON] | [PERSONAL_ID] | 2029-02-13 |"],
    ["| Shift | Licence No. |\n|---|---|\n| Early | DL-55120934 |", "| Shift | Licence No. |\n|---|---|\n| Early | [PERSONAL_ID] |"],
    // An order's, a flight's or a recipe's number in its column is the thing's.
    ["| Item | Order No. | Flight No. |\n|---|---|---|\n| Tea | OT-20261202 | OS52 |\n| Rice | RCP-000871 | NH106 |", "| Item | Order No. | Flight No. |\n|---|---|---|\n| Tea | OT-20261202 | OS52 |\n| Rice | RCP-000871 | NH106 |"],
  ],
  "a passphrase of words joined with a number in a sentence about a password": [
    ["The vault passphrase got pasted in the channel: lemon-futon-castle-62. Rotated.", "The vault passphrase got pasted in the channel: [SECRET]. Rotated."],
    ["Wi-Fi password is on the fridge, I also texted it as Mare_Lisboa2029 (change it).", "Wi-Fi password is on the fridge, I also texted it as [SECRET] (change it)."],
    ["パスワードは先週 Kaede_Minato_88 に変えました", "パスワードは先週 [SECRET] に変えました"],
    // A ticket, a branch, a file or a code in capitals beside a password's word keeps its name.
    ["The fix for the password page is on feature-login-12, ticket mobile-auth-2026, notes in team/rules-2026.md", "The fix for the password page is on feature-login-12, ticket mobile-auth-2026, notes in team/rules-2026.md"],
    ["New login kenji-ota88, the password is on the sheet", "New login [PERSONAL_ID], the password is on the sheet"],
    ["Password issue on OTM-IOS-4XK and JTB-WIEN-2027 build 11873", "Password issue on OTM-IOS-4XK and JTB-WIEN-2027 build 11873"],
  ],
  "a rental's guest or visitor code for its smart lock": [
    ["Check-in is self service; the guest code is 4471 until Sunday.", "Check-in is self service; the guest code is [SECRET] until Sunday."],
    ["Visitor code: 2580#, keyed on the pad by the gate", "Visitor code: [SECRET], keyed on the pad by the gate"],
    // A visitor's number, a count or a time is no code.
    ["Visitor number 5000 won a prize; guest count 1200, guest codes sent at 18:00", "Visitor number 5000 won a prize; guest count 1200, guest codes sent at 18:00"],
  ],
});
