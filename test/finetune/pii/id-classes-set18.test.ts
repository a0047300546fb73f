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
