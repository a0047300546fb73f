import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * The ID and secret rules by class that the ninth blind set's misses called for (issue 13), each with the look-alikes
 * it must leave alone (expected === input).
 */
describeMaskingClasses("ID and secret rules of the ninth set's classes", {
  "a label's value written straight after No.": [
    ["【入庫受付】顧客No.C-0087715 様", "【入庫受付】顧客No.[PERSONAL_ID] 様"],
    ["顧客No. C-0087715、会員No.M-20831", "顧客No. [PERSONAL_ID]、会員No.[PERSONAL_ID]"],
    ["注文No.A-12345 と品番No.XR-2041", "注文No.A-12345 と品番No.XR-2041"],
    ["Order No.A-12345, see piano.txt", "Order No.A-12345, see piano.txt"],
  ],
  "an applicant's number, not a notice's, a form's or a reception's": [
    ["保育園の入所申込です。申込番号 HO-R9-20581。", "保育園の入所申込です。申込番号 [PERSONAL_ID]。"],
    ["固定資産税の通知書番号 KT-2026-0047712。", "固定資産税の通知書番号 KT-2026-0047712。"],
    ["申込書番号 AP-20261、納付書番号 NF-8812", "申込書番号 AP-20261、納付書番号 NF-8812"],
    ["Reception no. R8-SM-01442.", "Reception no. R8-SM-01442."],
    ["Contract no. CT-2026-00412, notice no. N-20811", "Contract no. CT-2026-00412, notice no. N-20811"],
    ["ヒヤリハット票 No. HH-2026-0193 に記入、ミルシート No. YK-C-1107-114", "ヒヤリハット票 No. HH-2026-0193 に記入、ミルシート No. YK-C-1107-114"],
    ["| 申込番号 | 賃料 |\n|---|---|\n| AP-1 | 91,000円 |\n| AP-20581 | 88,000円 |", "| 申込番号 | 賃料 |\n|---|---|\n| AP-1 | 91,000円 |\n| [PERSONAL_ID] | 88,000円 |"],
  ],
  "an ID column of a CSV block, under a heading that is an ID's label": [
    ["```csv\n生徒番号,学年,備考\nS-240518,中2,欠席\nS-230077,中3,\n```", "```csv\n生徒番号,学年,備考\n[PERSONAL_ID],中2,欠席\n[PERSONAL_ID],中3,\n```"],
    ["Student no.,Year\nST-0042,7", "Student no.,Year\n[PERSONAL_ID],7"],
    ["注文番号,数量\nORD-11822,2\nORD-11823,1", "注文番号,数量\nORD-11822,2\nORD-11823,1"],
    ["Order no.,Version,Host\nA-771204,v2.1.0,web-01", "Order no.,Version,Host\nA-771204,v2.1.0,web-01"],
    ["はい、番号, その他\nA-1234, B", "はい、番号, その他\nA-1234, B"],
  ],
  "a person's number by its standard abbreviation": [
    ["| Field | Value |\n| --- | --- |\n| MRN | 0061-228-457 |", "| Field | Value |\n| --- | --- |\n| MRN | [PERSONAL_ID] |"],
    ["MRN: 00612284, NHS number 943 476 5919", "MRN: [PERSONAL_ID], NHS number [PERSONAL_ID]"],
    ["カルテ番号 1234567 の方", "カルテ番号 [PERSONAL_ID] の方"],
    ["MRN pending; see section 12.4 and SIN 2", "MRN pending; see section 12.4 and SIN 2"],
  ],
  "a person's word right before a code": [
    ["ATS の候補者 CAND-005102 の添付にのみ保存", "ATS の候補者 [PERSONAL_ID] の添付にのみ保存"],
    ["patient PT-448102 was moved", "patient [PERSONAL_ID] was moved"],
    ["the customer ORD-11822 order, patient COVID-19 ward", "the customer ORD-11822 order, patient COVID-19 ward"],
    ["顧客 A社の会員 3名", "顧客 A社の会員 3名"],
  ],
  "a bare 番号 after a person's number was named": [
    ["在留カード番号を共有フォルダに書いてしまった。番号は AB12873645CD。", "在留カード番号を共有フォルダに書いてしまった。番号は [PERSONAL_ID]。"],
    ["注文番号を確認しました。番号は ORD-12345 です", "注文番号を確認しました。番号は ORD-12345 です"],
    ["番号は v1.2.3 と AB-12 です", "番号は v1.2.3 と AB-12 です"],
  ],
  "a person's profile URL's handle": [
    ["LinkedIn linkedin.com/in/priyanka-deshmukh-de. Notice", "LinkedIn linkedin.com/in/[PERSONAL_ID]. Notice"],
    ["https://x.com/tk_sato2 と https://www.instagram.com/aoi.hair", "https://x.com/[PERSONAL_ID] と https://www.instagram.com/[PERSONAL_ID]"],
    [
      "https://www.linkedin.com/company/acme-corp/ https://x.com/search?q=a https://instagram.com/p/Cx12ab",
      "https://www.linkedin.com/company/acme-corp/ https://x.com/search?q=a https://instagram.com/p/Cx12ab",
    ],
    ["公式Instagram：instagram.com/sakura_cafe、follow our account x.com/acme_jp", "公式Instagram：instagram.com/sakura_cafe、follow our account x.com/acme_jp"],
  ],
  "a login of a surname in romaji after an account's word": [
    ["VPN ユーザーは各自\nvpn-ichinose みたいな名前で", "VPN ユーザーは各自\n[PERSONAL_ID] みたいな名前で"],
    ["the account t.tanaka was locked", "the account [PERSONAL_ID] was locked"],
    ["ユーザー管理は k8s-admin-tool で、user guide は docs.example.com", "ユーザー管理は k8s-admin-tool で、user guide は docs.example.com"],
    ['{ kind: "user", label: "mine.gguf" }', '{ kind: "user", label: "mine.gguf" }'],
  ],
  "a password by its shape near a password's cue": [
    [
      "今回だけ：Ishi-Watari!2207 。今日中に変更して、パスワード管理ツールに入れておきます。",
      "今回だけ：[SECRET] 。今日中に変更して、パスワード管理ツールに入れておきます。",
    ],
    ["the password we were\n   given at the fair was Kohoku#Fair2026 — could IT", "the password we were\n   given at the fair was [SECRET] — could IT"],
    ["パスワードを変えた後 Node.js@20 を入れ、**Ryo2026!** と書いた", "パスワードを変えた後 Node.js@20 を入れ、**Ryo2026!** と書いた"],
    ["Kohoku#Fair2026 is the event's hashtag.", "Kohoku#Fair2026 is the event's hashtag."],
    ['password: "Yama#2025", then', 'password: "[SECRET]", then'],
    ["password hashing needs Python3.11+ and OpenSSL3.0+", "password hashing needs Python3.11+ and OpenSSL3.0+"],
  ],
  "a recovery code in groups near its cue": [
    ["2FA リカバリーコードも\n同じ項目にあります（7QK4-M2XD-9PRW は使用済み）。", "2FA リカバリーコードも\n同じ項目にあります（[SECRET] は使用済み）。"],
    ["recovery code is ready. Order ORD-2026-1187-AB12 shipped", "recovery code is ready. Order ORD-2026-1187-AB12 shipped"],
    ["バックアップコード一覧 ABCD-EFGH-IJKL", "バックアップコード一覧 ABCD-EFGH-IJKL"],
  ],
  "a host and its path after an account's word, no login and password": [
    ["follow the account x.com/acme_jp for news", "follow the account x.com/[PERSONAL_ID] for news"],
    ["the account page example.com/acme_jp2", "the account page example.com/acme_jp2"],
    ["ログインは pta@example.com/wakaba3nen! です", "ログインは [EMAIL]/[SECRET] です"],
  ],
  "a password's rule or expiry, no password": [
    ["パスワードの有効期限：90days", "パスワードの有効期限：90days"],
    ["Password expiry: 90days", "Password expiry: 90days"],
    ["パスワードは8文字以上で、大文字・小文字・数字・記号（!#$%）を含めます。", "パスワードは8文字以上で、大文字・小文字・数字・記号（!#$%）を含めます。"],
    ["パスワードの有効期限：90days、現在のパスワード：Tmp-4821-kq", "パスワードの有効期限：90days、現在のパスワード：[SECRET]"],
  ],
});
