import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * The ID, number and secret rules by class that the seventh blind set's misses called for (issue 13), each with the
 * look-alikes it must leave alone (expected === input).
 */
const tables: Record<string, MaskingCase[]> = {
  "an ID column's values, under a heading that is an ID's label": [
    [
      "| 生徒番号 | 学年 |\n| --- | --- |\n| S-240518 | 中2 |\n| S-230077 | 中3 |",
      "| 生徒番号 | 学年 |\n| --- | --- |\n| [PERSONAL_ID] | 中2 |\n| [PERSONAL_ID] | 中3 |",
    ],
    ["| Student no. | Year |\n| --- | --- |\n| ST-0042 | 7 |", "| Student no. | Year |\n| --- | --- |\n| [PERSONAL_ID] | 7 |"],
    ["| 注文番号 | 数量 |\n| --- | --- |\n| ORD-1182 | 2 |", "| 注文番号 | 数量 |\n| --- | --- |\n| ORD-1182 | 2 |"],
    ["| 電話番号 | 備考 |\n| --- | --- |\n| 内線 204 | 不在 |", "| 電話番号 | 備考 |\n| --- | --- |\n| 内線 204 | 不在 |"],
    ["| Order no. | Qty |\n| --- | --- |\n| A-771204 | 1 |", "| Order no. | Qty |\n| --- | --- |\n| A-771204 | 1 |"],
  ],
  "an insurance policy's number, a line break between": [
    ["- Policy no. HM-HH-7734102, buildings", "- Policy no. [PERSONAL_ID], buildings"],
    ["a separate policy (Lakeshore, policy\nLSC-IL-00918273). Not", "a separate policy (Lakeshore, policy\n[PERSONAL_ID]). Not"],
    ["our privacy policy 2024 and the policy v2.1", "our privacy policy 2024 and the policy v2.1"],
  ],
  // One span from 記号 to the number (two masks once): the pair is one identifier, and 記号 … 番号 left between two masks
  // still said what stood there.
  "a health-insurance card's 記号 and 番号, as one span": [
    ["保険証 記号 31041187 番号 2049 です。", "保険証 [PERSONAL_ID] です。"],
    ["被保険者証の記号：12-34・番号：56", "被保険者証の[PERSONAL_ID]"],
    ["部品表の記号 A12 番号 3 を参照", "部品表の記号 A12 番号 3 を参照"],
  ],
  "a UK sort code with an account number": [
    ["sort code 20-45-77, account number 53861029", "sort code [PERSONAL_ID], account number [PERSONAL_ID]"],
    ["Our branch's sort code is 20-45-77.", "Our branch's sort code is 20-45-77."],
  ],
  "the user's folder of a path": [
    ["at run (C:\\Users\\ishikawa.kaito\\src\\app.js:12:5)", "at run (C:\\Users\\[PERSONAL_ID]\\src\\app.js:12:5)"],
    ["cat /home/tkato/.ssh/config and /Users/aiko.m/Library/Logs", "cat /home/[PERSONAL_ID]/.ssh/config and /Users/[PERSONAL_ID]/Library/Logs"],
    ["C:\\Users\\Public\\Desktop, /home/runner/work, /home/<user>/", "C:\\Users\\Public\\Desktop, /home/runner/work, /home/<user>/"],
  ],
  "a device's or a vehicle's identifier, not a person's": [
    ["端末の識別番号 X-1234 を控えてください。車両識別番号 JT1234567", "端末の識別番号 X-1234 を控えてください。車両識別番号 JT1234567"],
    ["個人識別番号 AB-12345", "個人識別番号 [PERSONAL_ID]"],
  ],
  "a list's next item after a labelled ID, of the same shape": [
    ["在留カード番号：AB12345678CD（ミンさん）、EF87654321GH（ランさん）", "在留カード番号：[PERSONAL_ID]（[PERSON]さん）、[PERSONAL_ID]（[PERSON]さん）"],
    ["会員番号 A-10293、A-55810 の2件", "会員番号 [PERSONAL_ID]、[PERSONAL_ID] の2件"],
    ["会員番号 A-10293、2026-12-01 に更新", "会員番号 [PERSONAL_ID]、2026-12-01 に更新"],
  ],
  "a login after User:": [
    ["User: d.okafor / staff no. SG-0147", "User: [PERSONAL_ID] / staff no. [PERSONAL_ID]"],
    ["User: Hello, can you help?\nUser: e.g. this one", "User: Hello, can you help?\nUser: e.g. this one"],
  ],
  "a My Number after a label of 番号 where My Numbers are the subject": [
    ["申込書の「個人番号」欄に番号が書かれていた（4829 6630 1175）。", "申込書の「個人番号」欄に番号が書かれていた（[MY_NUMBER]）。"],
    [
      "扶養親族のマイナンバーを入れるとエラーになります。\n妻の番号：3071-2290-5548\n長男の番号：６１４８０２７７３９０５（カード）",
      "扶養親族のマイナンバーを入れるとエラーになります。\n妻の番号：[MY_NUMBER]\n長男の番号：[MY_NUMBER]（カード）",
    ],
    ["マイナンバーの提出は不要です。\n追跡番号：3722-4418-9051", "マイナンバーの提出は不要です。\n追跡番号：3722-4418-9051"],
    ["整理番号：3722-4418-9051", "整理番号：3722-4418-9051"],
    ["マイナンバーカードを申請しました。\n申請番号：3722-4418-9050", "マイナンバーカードを申請しました。\n申請番号：3722-4418-9050"],
  ],
  "a card number whose cue ends the line before": [
    ["Excess taken by card — card\n4539 7781 2206 5513 exp 09/28", "Excess taken by card — card\n[CREDIT_CARD] exp 09/28"],
    ["Shipment arrived.\n4539 7781 2206 5513 is the parcel's code", "Shipment arrived.\n4539 7781 2206 5513 is the parcel's code"],
  ],
  "a UK number written nationally, after a cue or a person": [
    ["Contact: Mr Holloway 07700 900418, by text", "Contact: Mr [PERSON] [PHONE], by text"],
    ["Their surveyor Tomasz Kowalski (01235 512 904) can start", "Their surveyor [PERSON] ([PHONE]) can start"],
    ["call the office on 020 7946 0321", "call the office on [PHONE]"],
    ["Order 01235 512904 was shipped; batch 07700 900418", "Order 01235 512904 was shipped; batch 07700 900418"],
  ],
  "a lock's code after unlocking's word": [
    ["コーポ緑が丘のオートロック解錠は ＃2580 → 呼出。", "コーポ緑が丘のオートロック解錠は [SECRET] → 呼出。"],
    ["オートロック解錠は 3 回まで試せます", "オートロック解錠は 3 回まで試せます"],
  ],
  "a password after its cue, some words and a colon": [
    ["仮パスワードを発行しました：Tmp-4821-kq\nログイン後", "仮パスワードを発行しました：[SECRET]\nログイン後"],
    ["パスワードの条件：8文字以上。Password must contain: A-Z, a-z", "パスワードの条件：8文字以上。Password must contain: A-Z, a-z"],
  ],
  "a one-time or recovery code": [
    ["臨時コード 7Q2K-9XMD を使ってください", "臨時コード [SECRET] を使ってください"],
    ["Use recovery code 4KD9-PX27-MM3Q once.", "Use recovery code [SECRET] once."],
    ["バックアップコードでのログインをお願いします。臨時コードは 2 件まで", "バックアップコードでのログインをお願いします。臨時コードは 2 件まで"],
  ],
  "a product key of five groups of five": [
    ["ライセンスキーは前任者のものを流用してください：XKQ7P-3MJ9D-W2R8T-H6VNB-4CYFG", "ライセンスキーは前任者のものを流用してください：[API_KEY]"],
    ["ABCDE-FGHIJ-KLMNO-PQRST-UVWXY", "ABCDE-FGHIJ-KLMNO-PQRST-UVWXY"],
  ],
  "look-alikes a secret or host rule took before": [
    // A PIN's cue does not reach into the next sentence when that sentence names another number.
    ["給油カードの暗証番号を聞かれる。カード番号末尾 0827、暗証は 3068。", "給油カードの暗証番号を聞かれる。カード番号末尾 0827、暗証は [SECRET]。"],
    ['-H "Idempotency-Key: c1f0b8e2-4a7d-4d39-9e61-2b5f7a8c3d10"', '-H "Idempotency-Key: c1f0b8e2-4a7d-4d39-9e61-2b5f7a8c3d10"'],
    ["admin-key: Xk29-pq81-ZZ", "admin-key: [SECRET]"],
    ["決済は1回のみ（PaymentIntent pi_3QGk7hLJr8KqT2wY1aB0cD9e）", "決済は1回のみ（PaymentIntent pi_3QGk7hLJr8KqT2wY1aB0cD9e）"],
    ["STRIPE_KEY=sk_live_51NzQxLJr8KqT2wYv9HbC3mDfA7sUeP0", "STRIPE_KEY=[API_KEY]"],
    ["Runner (10.20.9.118/22, subnet 10.20.8.0/22)", "Runner ([IP_ADDRESS]/22, subnet 10.20.8.0/22)"],
    ["route 10.20.8.0/32 to the host", "route [IP_ADDRESS]/32 to the host"],
  ],
};

/**
 * The ID, number, contact and secret rules by class that the eighth blind set's misses called for (issue 13), each with
 * the look-alikes it must leave alone (expected === input).
 */
const eighthSetTables: Record<string, MaskingCase[]> = {
  "a passport's or residence card's number, in brackets, after パスポート alone, with a country": [
    ["パスポート番号（TZ1048826）は前回のものを引き継ぎます。", "パスポート番号（[PERSONAL_ID]）は前回のものを引き継ぎます。"],
    ["参加者を追加（パスポート M71630492）", "参加者を追加（パスポート [PERSONAL_ID]）"],
    ["Passport (UK): 553918406\nResidence card no.: UH48213077EA", "Passport (UK): [PERSONAL_ID]\nResidence card no.: [PERSONAL_ID]"],
    ["パスポート 2027年3月まで有効、パスポートの写し 2 部", "パスポート 2027年3月まで有効、パスポートの写し 2 部"],
  ],
  "a confirmation's, an authorisation's or a legal matter's number is a thing's": [
    ["延泊を手配しました（確認番号 HK-55102）。承認番号 A-771204", "延泊を手配しました（確認番号 HK-55102）。承認番号 A-771204"],
    ["Matter no.: 2026-LIT-0418", "Matter no.: 2026-LIT-0418"],
    ["Patent no. US1234567B2 and catalog no. AB-1234, engine no. 4G63-123456", "Patent no. US1234567B2 and catalog no. AB-1234, engine no. 4G63-123456"],
  ],
  "a bank account's number after the bank's name": [
    ["Your final pay will go to your account at MUFG, no. 0184472, as on file.", "Your final pay will go to your account at MUFG, no. [PERSONAL_ID], as on file."],
    ["the account for order no. 882211 is closed", "the account for order no. 882211 is closed"],
  ],
  "a login after ログインは or user, and an account at a tenant": [
    ["夜勤用 PC のログインは aoba-night02 ／ パスワードは別紙", "夜勤用 PC のログインは [PERSONAL_ID] ／ パスワードは別紙"],
    ["Client portal login created: user gllm-7731, temporary", "Client portal login created: user [PERSONAL_ID], temporary"],
    ["mes:\n  user: mesbridge_rw\n  port: 5432", "mes:\n  user: [PERSONAL_ID]\n  port: 5432"],
    ["検証テナントの管理者は admin@tn-minatologi-stg、初回", "検証テナントの管理者は [PERSONAL_ID]、初回"],
    ["ログインは SSO で、the user re-run it, user v2", "ログインは SSO で、the user re-run it, user v2"],
    ["run npm i react@next and pnpm add vue@beta", "run npm i react@next and pnpm add vue@beta"],
  ],
  "an ID in a key–value table's row": [
    ["| 項目 | 内容 |\n|---|---|\n| テナントID | tn-minatologi-4471 |\n| 契約番号 | CT-2025-00731 |", "| 項目 | 内容 |\n|---|---|\n| テナントID | [PERSONAL_ID] |\n| 契約番号 | CT-2025-00731 |"],
    ["| Member no. | A-10293 |", "| Member no. | [PERSONAL_ID] |"],
  ],
  "a password's key–value pair: what it is for before the key, a pair inside a wider row": [
    ["| admin pw | Canon-3F-root |", "| admin pw | [SECRET] |"],
    ["| Wi-Fi パスワード | Tsuki#88net |\n| 暗証番号 | 0427 |", "| Wi-Fi パスワード | [SECRET] |\n| 暗証番号 | [SECRET] |"],
    ["| db_password | `Kq7-mn22` | rotated monthly |", "| db_password | `[SECRET]` | rotated monthly |"],
    ["| 端末 | 受付PC | 暗証番号 | 5521 | 変更 | 済 |", "| 端末 | 受付PC | 暗証番号 | [SECRET] | 変更 | 済 |"],
    ["| admin pw | ******** |\n| 暗証番号 | — |\n| password policy | 8+ |", "| admin pw | ******** |\n| 暗証番号 | — |\n| password policy | 8+ |"],
    ["| pw | note | owner |\n| ID | 名称 | 種別 |", "| pw | note | owner |\n| ID | 名称 | 種別 |"],
  ],
  "a Japanese number plate after a vehicle's word": [
    ["うちの車出せます。ナンバーは 品川 300 ね 41-07 です", "うちの車出せます。ナンバーは [PERSONAL_ID] です"],
    ["第2回 100 の 10-20 を参照", "第2回 100 の 10-20 を参照"],
  ],
  "a card's copy with a slip: the same grouping and issuer's six digits": [
    [
      "カードを変更。用紙に 3572-8049-1571-1458 と書いてあったので事務へ（書き損じの旧用紙は 3572-8049-1571-1457 になっていた）",
      "カードを変更。用紙に [CREDIT_CARD] と書いてあったので事務へ（書き損じの旧用紙は [CREDIT_CARD] になっていた）",
    ],
    ["カード 3572-8049-1571-1458、伝票 3572-1111-2222-3333", "カード [CREDIT_CARD]、伝票 3572-1111-2222-3333"],
  ],
  "phones: a second number in a list after a phone's word, a bracketed area with spaces": [
    ["Mobile: 080-9126-3375 (JP), 07700 914 382 (UK, WhatsApp only)", "Mobile: [PHONE] (JP), [PHONE] (UK, WhatsApp only)"],
    ["| 中部計測 | 校正担当 | 052 (871) 6630 |", "| 中部計測 | 校正担当 | [PHONE] |"],
    ["Mobile: 080-9126-3375. Order 07700 914 382 shipped", "Mobile: [PHONE]. Order 07700 914 382 shipped"],
  ],
  "an IPv6 address after a full-width colon": [
    ["IPv6 からの接続：2400:2410:9b21:7c00::1a（倉庫）", "IPv6 からの接続：[IP_ADDRESS]（倉庫）"],
    ["時刻：12:30:45、slice s[::-1]", "時刻：12:30:45、slice s[::-1]"],
  ],
  "secrets: a PIN quoted as said, a password quoted later in its sentence, PW before a full-width bracket, login / password": [
    ["暗証番号は聞いていない、と家族。※ご本人が「0926 だよ」と言っていた", "暗証番号は聞いていない、と家族。※ご本人が「[SECRET] だよ」と言っていた"],
    ['give IT his Windows password; he wrote it on a sticky note — "Wrexham!1987" — and', 'give IT his Windows password; he wrote it on a sticky note — "[SECRET]" — and'],
    ["共有アカウント（ID qa-share-yokkaichi、PW Qa_Yk2026nov）は変更する。", "共有アカウント（ID [PERSONAL_ID]、PW [SECRET]）は変更する。"],
    ["管理画面、ログインは pta.wakabadai3@gmail.com / wakaba3nen! です。", "管理画面、ログインは [EMAIL] / [SECRET] です。"],
    ['the password policy says "at least 12 characters"; ログイン/ログアウト, login with Google / GitHub', 'the password policy says "at least 12 characters"; ログイン/ログアウト, login with Google / GitHub'],
  ],
};

describeMaskingClasses("ID, number and secret rules by class (seventh blind set)", tables);
describeMaskingClasses("ID, number, contact and secret rules by class (eighth blind set)", eighthSetTables);
