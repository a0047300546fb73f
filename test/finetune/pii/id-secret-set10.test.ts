import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * The ID, secret, card and key rules by class that the tenth blind set's misses called for (issue 13), each with the
 * look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("ID and secret rules of the tenth set's classes", {
  "a code named by what it opens, a few words or a line break before it": [
    ["宅配ボックスの暗証番号が全戸同じではとの指摘。実際に初期値の\n  3581 のままだった。", "宅配ボックスの暗証番号が全戸同じではとの指摘。実際に初期値の\n  [SECRET] のままだった。"],
    ["置き配です。宅配ボックスの番号を書いておきます。2264 です。", "置き配です。宅配ボックスの番号を書いておきます。[SECRET] です。"],
    ["金庫の暗証番号を変えました。新しいのは 408817 です", "金庫の暗証番号を変えました。新しいのは [SECRET] です"],
    ["The lockbox code, if nobody answers, is 4471.", "The lockbox code, if nobody answers, is [SECRET]."],
    ["The key safe by the back door: code 2580", "The key safe by the back door: code [SECRET]"],
    ["It is safe to use the discount code 2580 today", "It is safe to use the discount code 2580 today"],
    ["the gate opens at 0800 and the code of conduct applies", "the gate opens at 0800 and the code of conduct applies"],
    ["裏口の扉の暗証番号が変わって入れないと電話。新しい番号は 5521 と伝えた", "裏口の扉の暗証番号が変わって入れないと電話。新しい番号は [SECRET] と伝えた"],
    ["ロッカーの番号は 1024 です。", "ロッカーの番号は 1024 です。"],
    ["ドアの番号を確認してください。1203号室です", "ドアの番号を確認してください。1203号室です"],
    ["宅配ボックスの暗証番号は部屋番号 1203 の下4桁", "宅配ボックスの暗証番号は部屋番号 1203 の下4桁"],
    ["金庫の暗証番号を変更。費用 5000円、2026年4月", "金庫の暗証番号を変更。費用 5000円、2026年4月"],
    ["宅配ボックスの番号は\n\n2208 件の配達", "宅配ボックスの番号は\n\n2208 件の配達"],
  ],
  "a dial lock's code read out in groups": [
    ["裏口の南京錠の番号は 7-3-0-8 です。", "裏口の南京錠の番号は [SECRET] です。"],
    ["the padlock combination is 12-34-56", "the padlock combination is [SECRET]"],
    ["金庫の番号は 2026-12-01 に変更、ロッカーの番号は 1-2 です", "金庫の番号は 2026-12-01 に変更、ロッカーの番号は 1-2 です"],
    ["南京錠の番号は 090-1234-5678 へ電話で", "南京錠の番号は [PHONE] へ電話で"],
  ],
  "a password after a colon at a sentence's end, or between dashes": [
    ["The wiki admin password was his: wiki-R00t-Hama.", "The wiki admin password was his: [SECRET]."],
    ["Password reset: see the help page.", "Password reset: see the help page."],
    ["The Jenkins admin password — jenkins-R00t-Hama — is in the vault", "The Jenkins admin password — [SECRET] — is in the vault"],
    ["Password - see the wiki - thanks", "Password - see the wiki - thanks"],
    ["パスワード変更の手順：v2.1 以降", "パスワード変更の手順：v2.1 以降"],
  ],
  "a credential file's line by its format": [
    ["in ~/.pgpass:\n\n```\ndb.internal:5432:sales:kt_owner:Pq7#vLm2!x\n```", "in ~/.pgpass:\n\n```\ndb.internal:5432:sales:[PERSONAL_ID]:[SECRET]\n```"],
    ["pgpass:\n*:*:*:postgres:Lm8!rtQ2", "pgpass:\n*:*:*:postgres:[SECRET]"],
    ["machine ftp.example.org login hsato password Lp9-qwer!", "machine ftp.example.org login [PERSONAL_ID] password [SECRET]"],
    ["main.c:12:5:error:expected", "main.c:12:5:error:expected"],
    ["Postgres on 10:30:00:12:45 restarted", "Postgres on 10:30:00:12:45 restarted"],
  ],
  "an SFTP or SSH user on a connection's line": [
    ["Delivery SFTP: ftp.example.net port 22, user acme_drop, password on file", "Delivery SFTP: ftp.example.net port 22, user [PERSONAL_ID], password on file"],
    ["we store the user session_id in redis", "we store the user session_id in redis"],
    ["the user sign-up flow, port 443", "the user sign-up flow, port 443"],
  ],
  "an account table's logins": [
    [
      "| System | Account | Action |\n|---|---|---|\n| GitHub | k-tanaka | remove |\n| AWS | h.sato | disable |\n| Pager | PD-88120 | remove |\n| VPN | cert CN=ksato | revoke |",
      "| System | Account | Action |\n|---|---|---|\n| GitHub | [PERSONAL_ID] | remove |\n| AWS | [PERSONAL_ID] | disable |\n| Pager | [PERSONAL_ID] | remove |\n| VPN | cert CN=[PERSONAL_ID] | revoke |",
    ],
    ["user,score\nm.ishida,82\nadmin,0", "user,score\n[PERSONAL_ID],82\nadmin,0"],
    ["| System | Account |\n|---|---|\n| DB | admin |\n| Mail | shared |\n| VPN | CN=root |", "| System | Account |\n|---|---|\n| DB | admin |\n| Mail | shared |\n| VPN | CN=root |"],
    ["| Account | Debit | Credit |\n|---|---|---|\n| 4110 | 100 | 0 |\n| Cash | 0 | 100 |", "| Account | Debit | Credit |\n|---|---|---|\n| 4110 | 100 | 0 |\n| Cash | 0 | 100 |"],
  ],
  "a code column of things in a price table": [
    ["| 品目 | 資材コード | 金額 |\n|---|---|---|\n| 箱 | BX-L200 | ¥5,000 |\n| 緩衝材 | PK-02 | ¥800 |", "| 品目 | 資材コード | 金額 |\n|---|---|---|\n| 箱 | BX-L200 | ¥5,000 |\n| 緩衝材 | PK-02 | ¥800 |"],
    ["| 拠点コード | 科目コード | 金額 |\n|---|---|---|\n| TK-01 | A-4110 | 3,000 |", "| 拠点コード | 科目コード | 金額 |\n|---|---|---|\n| TK-01 | A-4110 | 3,000 |"],
    ["| Part no. | Model | Price |\n|---|---|---|\n| PN-4402 | XR-20 | $12 |", "| Part no. | Model | Price |\n|---|---|---|\n| PN-4402 | XR-20 | $12 |"],
    ["| 担当者コード | 氏名 |\n|---|---|\n| T-0412 | 佐藤 |", "| 担当者コード | 氏名 |\n|---|---|\n| [PERSONAL_ID] | [PERSON] |"],
  ],
  "a person's number named, then an example in brackets": [
    ["会員番号の入ったリスト（M-20418 など）を置き忘れた。", "会員番号の入ったリスト（[PERSONAL_ID] など）を置き忘れた。"],
    ["student numbers were printed (e.g. S-20419, S-20420)", "student numbers were printed (e.g. [PERSONAL_ID], [PERSONAL_ID])"],
    ["注文番号の一覧（ORD-20418 など）、部屋番号（1203 など）", "注文番号の一覧（ORD-20418 など）、部屋番号（1203 など）"],
    ["社員番号の桁数（10 桁）と版（v2.3.1 など）", "社員番号の桁数（10 桁）と版（v2.3.1 など）"],
  ],
  "a second card after a found one on its line": [
    [
      "新しいカードは 4111 1111 1111 1111、期限 08/28。前のは 3530111333300001 で、止まっていました。",
      "新しいカードは [CREDIT_CARD]、期限 08/28。前のは [CREDIT_CARD] で、止まっていました。",
    ],
    ["カード 4111 1111 1111 1111 で注文番号 4912345678904 の分", "カード [CREDIT_CARD] で注文番号 4912345678904 の分"],
    ["カード 4111 1111 1111 1111 で払った。\n伝票 35301113333000012", "カード [CREDIT_CARD] で払った。\n伝票 35301113333000012"],
  ],
  "other services' keys by their documented shapes": [
    ["Mailchimp の連携に 3f9c1a7e5b2d4c6e8a0b1c2d3e4f5a6b-us21 を使用", "Mailchimp の連携に [API_KEY] を使用"],
    ["pasted dapi0123456789abcdef0123456789abcdef in the notebook", "pasted [API_KEY] in the notebook"],
    ["OAuth client: 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", "OAuth client: [API_KEY]"],
    ["NOTION=ntn_1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R9s0T1u2", "NOTION=[API_KEY]"],
    ["bot 7461029385:AAHk3LmN5pQ7rS9tU1vW3xY5zA7bC9dE1fG in the group", "bot [API_KEY] in the group"],
    ["Linear: lin_api_0a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8s9t", "Linear: [API_KEY]"],
    [
      "DefaultEndpointsProtocol=https;AccountName=acmelogs;AccountKey=q8Zt1nV+4kPw7Rj2Ly9Xc3Hb6Ma0Ds5Fg8Ke1Tu==;EndpointSuffix=core.windows.net",
      "DefaultEndpointsProtocol=https;AccountName=acmelogs;AccountKey=[URL_SECRET];EndpointSuffix=core.windows.net",
    ],
    ["secret_key_base is set; key-value store; the dapi docs; sq0 units; ya29 release", "secret_key_base is set; key-value store; the dapi docs; sq0 units; ya29 release"],
    ["commit 3f9c1a7e5b2d4c6e8a0b1c2d3e4f5a6b-usage, at 10:30:AA", "commit 3f9c1a7e5b2d4c6e8a0b1c2d3e4f5a6b-usage, at 10:30:AA"],
  ],
  "a DeepL API Free key by its suffix": [
    ["DeepL key 0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e:fx here", "DeepL key [API_KEY] here"],
    ["request id 0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e:f1", "request id 0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e:f1"],
  ],
});
