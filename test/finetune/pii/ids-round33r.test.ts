import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * IDs and secrets the thirty-third and thirty-second sets leaked (issue 13, round 33r): account and member numbers in
 * groups with a five-digit or a one-digit last group, a driving licence's twelve digits later in an English sentence, a
 * Japan Post account's 記号 and 番号 in English, a licence's 第 entry closed by its bracket, a plan's letters and a year
 * before a member's number, a card's 記号・番号, logins before パス, in a code comment and before の仮パスワード; lock codes
 * as they change, a meeting's host key, a security answer quoted as what was set; a passport's series and number, a
 * merchant's ID, a bank record's number in JSON, a token after words saying which, a private key's id. Each with the
 * look-alikes it leaves.
 */
describeMaskingClasses("IDs and secrets of round 33r", {
  "an account's number after a bank's and an account's word, its last group of five, is masked whole": [
    ["Bank transfer refund to Vietcombank account 0071 0004 82391, holder on file.", "Bank transfer refund to Vietcombank account [PERSONAL_ID], holder on file."],
    ["Paid by bank in Taipei, account 0081-2219-30457.", "Paid by bank in Taipei, account [PERSONAL_ID]."],
    ["Refund to BIDV bank, account 1250 0031 77204 please.", "Refund to BIDV bank, account [PERSONAL_ID] please."],
  ],
  "an amount, an order's or a parcel's groups near a bank's word stay": [
    ["Bank fee for account 2291: 1500 yen.", "Bank fee for account 2291: 1500 yen."],
    ["Bank transfer received, order 1234 5678 90123.", "Bank transfer received, order 1234 5678 90123."],
    ["Tracking RR 704 118 262 ZA, bank holiday delay.", "Tracking RR 704 118 262 ZA, bank holiday delay."],
  ],
  "a member's number in groups with a check digit alone at its end is masked whole": [
    ["会員番号 2109 4471 0083 6、名前は伏せます。", "会員番号 [PERSONAL_ID]、名前は伏せます。"],
    ["Member no. 3300 1187 2045 9 on the card.", "Member no. [PERSONAL_ID] on the card."],
    ["お客様番号：8812 0045 7731 2 です", "お客様番号：[PERSONAL_ID] です"],
  ],
  "a count, a month or a day after a member's groups stays outside it": [
    ["会員番号 2109 4471 0083 6月更新", "会員番号 [PERSONAL_ID] 6月更新"],
    ["会員番号 1234 5678 3名", "会員番号 [PERSONAL_ID] 3名"],
  ],
  "a driving licence's twelve digits later in its English sentence are masked": [
    ["Lost & found: a driving licence for a guest, no. 4410 3398 2716, address on it.", "Lost & found: a driving licence for a guest, no. [PERSONAL_ID], address on it."],
    ["Driver's license left at the desk (number 301120458890).", "Driver's license left at the desk (number [PERSONAL_ID])."],
  ],
  "a parcel's or an order's twelve digits in a driving licence's sentence stay": [
    ["Driving licence sent back, tracking 4410 3398 2716.", "Driving licence sent back, tracking 4410 3398 2716."],
    ["Driving licence renewal fee paid, order 301120458890.", "Driving licence renewal fee paid, order 301120458890."],
  ],
  "a Japan Post account's 記号 and 番号 in English after the bank's name are masked": [
    ["Japan Post Bank symbol 10180 number 72649831, holder on file.", "Japan Post Bank symbol [PERSONAL_ID] number [PERSONAL_ID], holder on file."],
    ["Yucho kigo 11370 bango 4471028", "Yucho kigo [PERSONAL_ID] bango [PERSONAL_ID]"],
    ["ゆうちょ銀行 code 10140, no. 73308251", "ゆうちょ銀行 code [PERSONAL_ID], no. [PERSONAL_ID]"],
    ["- Nov 2: rent from his Japan Post Bank symbol\n  10180 number 72649831, holder on file.", "- Nov 2: rent from his Japan Post Bank symbol\n  [PERSONAL_ID] number [PERSONAL_ID], holder on file."],
  ],
  "a branch's code or a year after Japan Post Bank's name stays": [
    ["Japan Post Bank branch code 018, opened 2019.", "Japan Post Bank branch code 018, opened 2019."],
    ["Japan Post Bank code 12345 number of staff 40", "Japan Post Bank code 12345 number of staff 40"],
  ],
  "a licence's 第 entry closed by its bracket, no 号, is masked after a person's licence word": [
    ["Tour guide (licence no. 東京都 通訳案内士 第 12-04471) meets the group.", "Tour guide (licence no. 東京都 通訳案内士 第 [PERSONAL_ID]) meets the group."],
    ["（調理師免許 第 88120）", "（調理師免許 第 [PERSONAL_ID]）"],
    ["(全国通訳案内士 大阪府 第2019-0142)", "(全国通訳案内士 大阪府 第[PERSONAL_ID])"],
  ],
  "a trade's licence, a round or a short number in brackets after 第 stays": [
    ["（宅建業免許 第 12-04471）", "（宅建業免許 第 12-04471）"],
    ["（免許更新 第 3 回）", "（免許更新 第 3 回）"],
    ["(licence course 第 12)", "(licence course 第 12)"],
  ],
  "a member's number with a plan's letters and a year before it, an aside between, is masked": [
    ["- 会員番号（ブライダルフェア）GJ-BF-26-00731。", "- 会員番号（ブライダルフェア）[PERSONAL_ID]。"],
    ["会員番号 KB-SE-25-008812", "会員番号 [PERSONAL_ID]"],
  ],
  "a product's code with letters and a year stays where no member's label stands": [
    ["型番 GJ-BF-26-00731 の在庫", "型番 GJ-BF-26-00731 の在庫"],
  ],
  "a card's 記号 and 番号 joined by a middle dot are masked whole": [
    ["保険証の記号番号 06130428・1057 を控えた。", "保険証の記号番号 [PERSONAL_ID] を控えた。"],
    ["会員番号 0451・22 の方", "会員番号 [PERSONAL_ID] の方"],
  ],
  "months or short numbers joined by a middle dot after an ID's word stay": [
    ["会員番号 3・4月分の会費", "会員番号 3・4月分の会費"],
  ],
  "a login after ログイン before パス is masked; a role's word stays": [
    ["ログイン kawasemi_admin パス Yuugata-Post!0715。", "ログイン [PERSONAL_ID] パス [SECRET]。"],
    ["予約システムの管理ログイン kurume_honten パス Furisode2027!、店頭PC", "予約システムの管理ログイン [PERSONAL_ID] パス [SECRET]、店頭PC"],
    ["ログイン：shop.tenjin02 / パスワード Hakata#2026", "ログイン：[PERSONAL_ID] / パスワード [SECRET]"],
    ["ログイン admin パス 共通です", "ログイン admin パス 共通です"],
    ["ログイン画面 パス 入力欄", "ログイン画面 パス 入力欄"],
  ],
  "a login and its password joined by a slash in a program's comment are masked": [
    ["a staff test login left in a comment: `// qa.akiyama / Kurashi#QA-2026`", "a staff test login left in a comment: `// [PERSONAL_ID] / [SECRET]`"],
    ["# ops_tanaka / Shiokaze!2027", "# [PERSONAL_ID] / [SECRET]"],
    ["-- dev.mori3 / Umi$Kaze2025", "-- [PERSONAL_ID] / [SECRET]"],
  ],
  "a comment's two paths, versions or branches joined by a slash stay": [
    ["// src/app / lib", "// src/app / lib"],
    ["# v1.2 / v1.3", "# v1.2 / v1.3"],
    ["// main-branch / Release-2026", "// main-branch / Release-2026"],
  ],
  "a login owning the password after it (の仮パスワード) is masked": [
    ["admin-tsuzuki の仮パスワードは Comike_Desk_8821 です。", "[PERSONAL_ID] の仮パスワードは [SECRET] です。"],
    ["k.sato02 の初期パスワードを送ります", "[PERSONAL_ID] の初期パスワードを送ります"],
    ["front_desk_3 のパスワードを変更", "[PERSONAL_ID] のパスワードを変更"],
  ],
  "a network's or a mail's word before のパスワード stays": [
    ["wi-fi のパスワードを教えて", "wi-fi のパスワードを教えて"],
    ["e-mail のパスワードを忘れた", "e-mail のパスワードを忘れた"],
    ["gmail のパスワード", "gmail のパスワード"],
    ["v3-beta の初期パスワード", "v3-beta の初期パスワード"],
  ],
  "a lock's code after the lock and a bare comma, the month it holds between, is masked": [
    ["オートロックではなく南京錠、番号はご主人の指示で毎月変わる（今月 0362）。", "オートロックではなく南京錠、番号はご主人の指示で毎月変わる（今月 [SECRET]）。"],
    ["金庫、番号は毎週変わる（今週 7742）。", "金庫、番号は毎週変わる（今週 [SECRET]）。"],
  ],
  "a locker's or a door's own number after a comma stays": [
    ["ロッカー、番号 1024 を使ってください", "ロッカー、番号 1024 を使ってください"],
    ["金庫、番号 2024 年に購入", "金庫、番号 2024 年に購入"],
  ],
  "the code a lock's code changes to, said in words, is masked": [
    ["キーボックスは 1-0-2-8 で、\n  来月から 5-5-3-0 に変わる。", "キーボックスは [SECRET] で、\n  来月から [SECRET] に変わる。"],
    ["キーボックスは 0812 ですが 12月から 4471 に変更します。", "キーボックスは [SECRET] ですが 12月から [SECRET] に変更します。"],
    ["The lockbox: 4417, from next month 0926.", "The lockbox: [SECRET], from next month [SECRET]."],
  ],
  "a date, a count or a price after a lock's code stays": [
    ["キーボックスは 0812 で、来月から 3個 に増やす。", "キーボックスは [SECRET] で、来月から 3個 に増やす。"],
    ["The lockbox: 4417, from next month 2 spares.", "The lockbox: [SECRET], from next month 2 spares."],
  ],
  "a door's new code after it changed is masked, spaced in groups too": [
    ["door code for C-102 changed after a lost key: new code 48 21 7 (told him in person).", "door code for C-102 changed after a lost key: new code [SECRET] (told him in person)."],
    ["The gate code was reset; new code is 5519.", "The gate code was reset; new code is [SECRET]."],
  ],
  "a new code of a thing that opens nothing stays": [
    ["The discount code changed: new code 2026 applies in December.", "The discount code changed: new code 2026 applies in December."],
  ],
  "a delivery box's code after its name is masked; a count or a floor stays": [
    ["宅配ボックス 0317", "宅配ボックス [SECRET]"],
    ["宅配BOX：4-0-7-1", "宅配BOX：[SECRET]"],
    ["宅配ボックス 2個 増設", "宅配ボックス 2個 増設"],
    ["宅配ボックス 1203号室の前", "宅配ボックス 1203号室の前"],
  ],
  "a meeting host's key of digits is masked": [
    ["教室の Zoom のホストキー 408122 と、本番キー", "教室の Zoom のホストキー [SECRET] と、本番キー"],
    ["Host key: 551902 for the webinar.", "Host key: [SECRET] for the webinar."],
    ["Zoom のホストキーは 730184 です", "Zoom のホストキーは [SECRET] です"],
  ],
  "a host's or a key's number that is a count or a room stays": [
    ["ホストキー 2本 を用意", "ホストキー 2本 を用意"],
    ["ルームキー 1203", "ルームキー 1203"],
  ],
  "a security answer quoted later as what was set is masked": [
    ["秘密の質問の答えを忘れました。前に設定したのは「初めて飼った犬はコタロウ」だったかも。", "秘密の質問の答えを忘れました。前に設定したのは「[SECRET]」だったかも。"],
    ["合言葉、登録したのは『しろくま』のはず。", "合言葉、登録したのは『[SECRET]』のはず。"],
    ["秘密の質問は、決めておいた答えが「母の旧姓はタカハシ」です", "秘密の質問は、決めておいた答えが「[SECRET]」です"],
  ],
  "a word saying something of the answer stays": [
    ["秘密の質問、設定したのは「なし」です", "秘密の質問、設定したのは「なし」です"],
  ],
  "a passport's series and number after its label and an aside, and the next of the list, are masked": [
    ["パスポート番号（宿の外国人宿泊者名簿用）：75 2213847 と 75 2213848", "パスポート番号（宿の外国人宿泊者名簿用）：[PERSONAL_ID] と [PERSONAL_ID]"],
    ["旅券番号（ロシア）：45 1234567", "旅券番号（ロシア）：[PERSONAL_ID]"],
    ["会員番号 1234 5678、1234 5679", "会員番号 [PERSONAL_ID]、[PERSONAL_ID]"],
  ],
  "a count or an amount after a listed ID of another shape stays": [
    ["パスポート番号：75 2213847 と 2 名分", "パスポート番号：[PERSONAL_ID] と 2 名分"],
  ],
  "a merchant's ID in prose or in JSON is masked; a plan's word stays": [
    ['{"merchant_id":"M-00847213","plan":"basic"}', '{"merchant_id":"[PERSONAL_ID]","plan":"basic"}'],
    ["Merchant ID: MX-220418 for the shop.", "Merchant ID: [PERSONAL_ID] for the shop."],
    ['{"merchantId": "mch_8812-4470"}', '{"merchantId": "[PERSONAL_ID]"}'],
    ['{"merchant_id":"shop","plan":"basic"}', '{"merchant_id":"shop","plan":"basic"}'],
  ],
  "an account's number in a bank's JSON record is masked; the bank's and the branch's codes stay": [
    [' "bank":{"name":"りそな銀行","branch":"新宿","type":"普通","number":"1730485"},', ' "bank":{"name":"りそな銀行","branch":"新宿","type":"普通","number":"[PERSONAL_ID]"},'],
    ['{"bank": {"code": "0179", "branch": "231", "account_no": "0012-884213"}}', '{"bank": {"code": "0179", "branch": "231", "account_no": "[PERSONAL_ID]"}}'],
    ['{"bank":{"name":"みずほ銀行","code":"0001","branch_number":"110"}}', '{"bank":{"name":"みずほ銀行","code":"0001","branch_number":"110"}}'],
    ['{"order":{"number":"1730485"}}', '{"order":{"number":"1730485"}}'],
  ],
  "a token's, a secret's or a key's value after words saying which and a colon is masked": [
    ["The reset token seen in the log (now expired): rst_6b1e0f94c27a4d3bb8e5a7f2c90d13e4.", "The reset token seen in the log (now expired): [API_KEY]."],
    ["The webhook secret we rotated: whsec_3aF9kL2mQ8xR7tV1bN5cZ4dW6yH0pJ", "The webhook secret we rotated: [API_KEY]"],
    ["The API key for staging (old): ab12CD34ef56GH78ij90", "The API key for staging (old): [API_KEY]"],
  ],
  "a sentence's colon before a date, a ticket or a word after a key's word stays": [
    ["The key points of the meeting: 2026-11-05 rollout.", "The key points of the meeting: 2026-11-05 rollout."],
    ["The key issue in the ticket: SEC-2026-3310-A1", "The key issue in the ticket: SEC-2026-3310-A1"],
    ["Token usage for the month: 1200000 tokens", "Token usage for the month: 1200000 tokens"],
  ],
  "a service account's private key id is masked; a shorter hex or a commit stays": [
    ["- Firebase service account private key id 7f3b29c1e84d4a6f0b5c2e8d19a7f4c36e0b2d81", "- Firebase service account private key id [API_KEY]"],
    ['"private_key_id": "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567",', '"private_key_id": "[API_KEY]",'],
    ["private key id not set; commit 7f3b29c", "private key id not set; commit 7f3b29c"],
  ],
});
