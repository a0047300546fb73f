import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * IDs and secrets the thirty-fifth set leaked (issue 13, round 35r): a player's, a coach's or a referee's registration or licence
 * with a sports federation, a police or background check's reference, a licence of a grade's letter and a class's
 * digit, a driving licence whose number keeps its DL, Canada's UCI, a grave's use permit with its temple's name inside;
 * a residence card's number spaced as copied a sentence after the card, an insurance card's symbol and number joined
 * by a dot, a held card's number in groups after its kind's capitals, a transit card's lettered number after カード番号;
 * a document's number in a Markdown row after its label's cell, an employment insurance number after 雇用保険, a bank
 * account's seven digits right after an online bank's name, a web member's login after the membership's word; an app
 * password in four groups of four letters, the PINs a line says were reset, Firebase's server key.
 * Each with the look-alikes it leaves.
 */
describeMaskingClasses("IDs and secrets of round 35r", {
  "a player's, a coach's or a referee's registration or licence, its issuer's letters perhaps before it, is masked": [
    ["player reg. no. (JBA) JBA 0871-4402-19", "player reg. no. (JBA) [PERSONAL_ID]"],
    ["Referee licence: R-3-2214087 (JFA)", "Referee licence: [PERSONAL_ID] (JFA)"],
    ["Coach's registration no. BBW 2207-118", "Coach's registration no. [PERSONAL_ID]"],
    ["athlete card # 44-190277", "athlete card # [PERSONAL_ID]"],
  ],
  "a fee, a course's grade or a season after a player's or a coach's word stays": [
    ["player registration fee 3,000 yen", "player registration fee 3,000 yen"],
    ["coach licence C-1 course in 2026", "coach licence C-1 course in 2026"],
    ["player card 2026-27 season", "player card 2026-27 season"],
    ["player registration 2026-12-01 closes", "player registration 2026-12-01 closes"],
  ],
  "a police or background check's reference is masked": [
    ["police check ref PVG-2025-771043", "police check ref [PERSONAL_ID]"],
    ["DBS certificate no. 001742298315 seen", "DBS certificate no. [PERSONAL_ID] seen"],
    ["background check reference: BC-88-120447", "background check reference: [PERSONAL_ID]"],
  ],
  "a check's reference not yet given, or a year, stays": [
    ["police check ref pending", "police check ref pending"],
    ["background check no. 2026 policy", "background check no. 2026 policy"],
  ],
  "a licence of a grade's letter, a class's digit and a serial is masked": [
    ["licence D-2-0118420, mobile", "licence [PERSONAL_ID], mobile"],
    ["license: B-1-774120", "license: [PERSONAL_ID]"],
  ],
  "a program's licence, a grade alone or a version stays": [
    ["licence MIT-2.0", "licence MIT-2.0"],
    ["licence C-1 required", "licence C-1 required"],
    ["licence CC-BY-4.0", "licence CC-BY-4.0"],
  ],
  "a driving licence whose number keeps its DL is masked whole": [
    ["NZ driver licence DL 482931 version 107", "NZ driver licence [PERSONAL_ID] version 107"],
    ["his driving licence is DL-7731024", "his driving licence is [PERSONAL_ID]"],
  ],
  "a DL elsewhere than after a licence's word stays": [
    ["DL 482931 のダウンロード数", "DL 482931 のダウンロード数"],
    ["driver licence renewal, DL speed 120", "driver licence renewal, DL speed 120"],
  ],
  "Canada's UCI, in groups or not, is masked": [
    ["UCI は 1123-4587 です", "UCI は [PERSONAL_ID] です"],
    ["UCI: 11-2345-6789", "UCI: [PERSONAL_ID]"],
    ["her UCI 1123458790 on the letter", "her UCI [PERSONAL_ID] on the letter"],
  ],
  "a cycling team's UCI rank or a year stays": [
    ["UCI WorldTour 2026", "UCI WorldTour 2026"],
    ["UCI ranking 12", "UCI ranking 12"],
  ],
  "a grave's use permit, a temple's short name perhaps inside, is masked": [
    ["墓地使用許可証 第 西福-0714 号を書換え", "墓地使用許可証 第 [PERSONAL_ID] 号を書換え"],
    ["霊園使用許可番号：A-1182", "霊園使用許可番号：[PERSONAL_ID]"],
    ["納骨堂使用許可証 第 20417 号", "納骨堂使用許可証 第 [PERSONAL_ID] 号"],
  ],
  "a grave permit's year or a fee stays": [
    ["墓地使用許可 の申請は 2026年度", "墓地使用許可 の申請は 2026年度"],
    ["墓地使用許可証の再発行 手数料 1,000円", "墓地使用許可証の再発行 手数料 1,000円"],
  ],
  "a residence card's number spaced as it is copied, the card named a sentence before, is masked": [
    ["在留カード更新。番号 AB 12345678 CD を記入", "在留カード更新。番号 [PERSONAL_ID] を記入"],
    ["Residence card renewed. New one: XY 4410 2291 KT, thanks", "Residence card renewed. New one: [PERSONAL_ID], thanks"],
  ],
  "a code of that shape with no residence card near stays": [
    ["型番 AB 12345678 CD を発注", "型番 AB 12345678 CD を発注"],
  ],
  "an insurance card's symbol and number joined by a dot are masked": [
    ["Insurance card no. 06140872 · 3315 (copied)", "Insurance card no. [PERSONAL_ID] (copied)"],
    ["health insurance card: 31120044・0217", "health insurance card: [PERSONAL_ID]"],
  ],
  "an insurance card's count or a price with a dot stays": [
    ["Insurance card no. 2 of 3", "Insurance card no. 2 of 3"],
    ["insurance card 3 · 2026 renewal", "insurance card 3 · 2026 renewal"],
  ],
  "a held card's number in groups after its kind's capitals is masked": [
    ["入退室カードの番号 IC 0041 7729", "入退室カードの番号 [PERSONAL_ID]"],
    ["社員証の番号は ID 2210 4471 08", "社員証の番号は [PERSONAL_ID]"],
  ],
  "a held card's short count stays": [
    ["会員カードの番号 No 12 です", "会員カードの番号 No 12 です"],
    ["社員証の番号 ID 2026 12月発行", "社員証の番号 ID 2026 12月発行"],
  ],
  "a transit card's number with its two capitals after カード番号 is masked": [
    ["ICカードの記名式、カード番号 JE 0318 4420 7716 0025。", "ICカードの記名式、カード番号 [PERSONAL_ID]。"],
    ["card no. PB 1120 4418 9023 77 lost", "card no. [PERSONAL_ID] lost"],
  ],
  "a code of capitals and few digits after カード番号 stays": [
    ["カード番号 JP 2026 1201 です", "カード番号 JP 2026 1201 です"],
  ],
  "a document's number in the cell after its label's, in a Markdown row, is masked": [
    ["| 車台番号 | ZVW51-6120487 |", "| 車台番号 | [PERSONAL_ID] |"],
    ["| 車体番号 | JN1AZ0CP5BT012345 |", "| 車体番号 | [PERSONAL_ID] |"],
    ["| パスポート番号 | TR4410228 |", "| パスポート番号 | [PERSONAL_ID] |"],
  ],
  "a heading row, a cell not of a number's shape, or a firm's contract in a row stays": [
    ["| 会員番号 | 氏名 | 電話 |", "| 会員番号 | 氏名 | 電話 |"],
    ["| 車台番号 | 確認中 |", "| 車台番号 | 確認中 |"],
    ["| 型式 | DAA-ZVW51 |", "| 型式 | DAA-ZVW51 |"],
    ["| 契約番号 | CT-2025-00731 |", "| 契約番号 | CT-2025-00731 |"],
  ],
  "an employment insurance number after 雇用保険 is masked": [
    ["技能実習 整理番号 …、雇用保険 5014-872331-9。", "技能実習 整理番号 …、雇用保険 [PERSONAL_ID]。"],
    ["雇用保険被保険者番号：1204-558812-3", "雇用保険被保険者番号：[PERSONAL_ID]"],
  ],
  "a rate, a date or an office's phone after 雇用保険 stays": [
    ["雇用保険の料率は 15.5/1000", "雇用保険の料率は 15.5/1000"],
    ["雇用保険 2026-04-01 加入", "雇用保険 2026-04-01 加入"],
  ],
  "an account's seven digits right after a bank's name, no branch said, are masked": [
    ["から 楽天銀行 7714032 へ。", "から 楽天銀行 [PERSONAL_ID] へ。"],
    ["振込先は PayPay銀行 0091827 です", "振込先は PayPay銀行 [PERSONAL_ID] です"],
    ["青空信用金庫 口座 1122334", "青空信用金庫 口座 [PERSONAL_ID]"],
  ],
  "a sum, a year or a phone after a bank's name stays": [
    ["銀行 1200000円を振込", "銀行 1200000円を振込"],
    ["PayPay銀行 2026年の手数料", "PayPay銀行 2026年の手数料"],
    ["ソニー銀行 1200000件の取引", "ソニー銀行 1200000件の取引"],
  ],
  "a web or app member's login after the membership's word is masked": [
    ["Web会員 hiruma.t、住所", "Web会員 [PERSONAL_ID]、住所"],
    ["ネット会員は k_tanaka88 です", "ネット会員は [PERSONAL_ID] です"],
    ["アプリ会員：yui-0412", "アプリ会員：[PERSONAL_ID]"],
  ],
  "a word, a plan's code or a version after the membership stays": [
    ["Web会員 plan の案内", "Web会員 plan の案内"],
    ["Web会員 PRO-1 プラン", "Web会員 PRO-1 プラン"],
    ["アプリ会員 ver.3.2 で表示", "アプリ会員 ver.3.2 で表示"],
  ],
  "an app password of sixteen random letters after its name is masked": [
    ["アプリパスワード qvzt mkpe rhaw lsnd</li>", "アプリパスワード [SECRET]</li>"],
    ["App password: bxkw-trmp-qzea-lonv", "App password: [SECRET]"],
    ["アプリ用パスワードは wxyzqbdfghtjklmn です", "アプリ用パスワードは [SECRET] です"],
  ],
  "four words of prose after an app password's name, or after a password's word alone, stay": [
    ["app password page then send them back", "app password page then send them back"],
    ["the password then send them back", "the password then send them back"],
  ],
  "the PINs a line says were reset, one per person listed, are masked": [
    ["- 暗証番号を忘れた家庭が2件 → 鰐渕 家は 4471 に再設定、四十物 家は 0926", "- 暗証番号を忘れた家庭が2件 → 鰐渕 家は [SECRET] に再設定、四十物 家は [SECRET]"],
    ["PIN reset: Tanaka は 558201 に変更", "PIN reset: Tanaka は [SECRET] に変更"],
    ["パスコードを 80314 へリセットしました", "パスコードを [SECRET] へリセットしました"],
  ],
  "a count, a date, a sum or a phone on a PIN's reset line stays": [
    ["暗証番号の再設定は 2026年12月、手数料は 1100円", "暗証番号の再設定は 2026年12月、手数料は 1100円"],
    ["暗証番号を変更した家庭は 3件", "暗証番号を変更した家庭は 3件"],
    ["暗証番号の変更は 2026-12-01 から", "暗証番号の変更は 2026-12-01 から"],
  ],
  "Firebase Cloud Messaging's server key is masked whole": [
    ["通知 API キー AAAA8qLm2Zx:APA91bHq7Tz4Rn1Wc9Vk3Yp6Ls0Df8Gh2Jb5Nm（Firebase）", "通知 API キー [API_KEY]（Firebase）"],
    ["FCM_SERVER_KEY=AAAAx1Yz9Qw:APA91bF3kLmN0pQrStUvWxYz_12-AbCdEfGh", "FCM_SERVER_KEY=[API_KEY]"],
  ],
  "a Firebase project's sender id or an app id stays": [
    ["senderId 1039284756 appId 1:1039284756:web:4f2a", "senderId 1039284756 appId 1:1039284756:web:4f2a"],
  ],
});
