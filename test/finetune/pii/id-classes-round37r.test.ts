import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * IDs and secrets the thirty-seventh set leaked (issue 13, round 37r): a pawn ticket's number, a certificate's number with
 * its No., a grave's use permit and a report's receipt inside 第…号, a pet's microchip, a manifest's passports after the
 * nationality's code, an NHS number a little after its label, an IBAN a few words after its label, a shared desk's login
 * and password after a portal's label, a door's next code listed after this week's,
 * and a municipality's small special vehicle plate. Each with the look-alikes it leaves.
 */
describeMaskingClasses("IDs of round 37r", {
  "a pawn ticket's number is masked with its No.": [
    ["質札 No.31-04-0912　入質 R7.04.03", "質札 [PERSONAL_ID]　入質 R7.04.03"],
    ["| 質札番号 | A-55210 | 腕時計 |", "| 質札番号 | [PERSONAL_ID] | 腕時計 |"],
    ["Pawn ticket #7781-22, redeemed on 4 May", "Pawn ticket [PERSONAL_ID], redeemed on 4 May"],
  ],
  "a pawn ticket's word with no number, or a short count, stays": [
    ["質札 3 枚を再発行", "質札 3 枚を再発行"],
    ["質札の再発行手数料 ¥500", "質札の再発行手数料 ¥500"],
  ],
  "a certificate's or a card's number is masked with its No.": [
    ["確認書類：運転経歴証明書 No. 402218830915", "確認書類：運転経歴証明書 [PERSONAL_ID]"],
    ["保険証 No.77120394（本人）", "保険証 [PERSONAL_ID]（本人）"],
  ],
  "a form's short No. or a product's model after a card stays": [
    ["申請書 No. 3 を提出", "申請書 No. 3 を提出"],
    ["SDカード No.1 を交換", "SDカード No.1 を交換"],
  ],
  "a use permit's 第…号 with its issuer's kanji is masked whole": [
    ["墓地使用許可証 第 東-2019-0221 号（再発行済み）", "墓地使用許可証 [PERSONAL_ID]（再発行済み）"],
    ["| 区画 | 使用許可証：第南-21-0088号 |", "| 区画 | 使用許可証：[PERSONAL_ID] |"],
  ],
  "a firm's permit or a notice's 第…号 stays": [
    ["建設業許可 第 関-2019-0221 号", "建設業許可 第 関-2019-0221 号"],
    ["許可証の様式は告示 第 12 号 による", "許可証の様式は告示 第 12 号 による"],
  ],
  "a report's receipt number after its station in the sentence is masked whole": [
    ["被害届：中央警察署 へ提出、受理番号 第2024-01177号。", "被害届：中央警察署 へ提出、受理番号 [PERSONAL_ID]。"],
    ["| 届出 | 北署 受理 第 318-4471 号 |", "| 届出 | [PERSONAL_ID] |"],
  ],
  "a receipt's number with no station, or a tax office's, stays": [
    ["申告書：税務署 へ提出、受理番号 第 12 号", "申告書：税務署 へ提出、受理番号 第 12 号"],
    ["中央警察署 の受理件数 第2024-01 四半期", "中央警察署 の受理件数 第2024-01 四半期"],
  ],
  "a pet's microchip number, in groups or in one run, is masked": [
    ["Our cat has microchip 392 140 000 771 204, please update.", "Our cat has microchip [PERSONAL_ID], please update."],
    ["マイクロチップ番号：392140000903318（犬・柴）", "マイクロチップ番号：[PERSONAL_ID]（犬・柴）"],
    ["Staff: Could you send the microchip number?\nOwner: Sure, it is 392140000661027.", "Staff: Could you send the microchip number?\nOwner: Sure, it is [PERSONAL_ID]."],
  ],
  "a chip's model or a short number after microchip stays": [
    ["microchip reader model 2024 in stock", "microchip reader model 2024 in stock"],
    ["マイクロチップの装着費用 3,300円", "マイクロチップの装着費用 3,300円"],
  ],
  "a passport after a manifest's nationality code and a dash is masked": [
    ["Pax:\n  Ms. Saran Erdene (MNG) — E2231087\n  Mr. Jonas Keller (CHE) - X4410932", "Pax:\n  Ms. [PERSON] (MNG) — [PERSONAL_ID]\n  Mr. [PERSON] (CHE) - [PERSONAL_ID]"],
  ],
  "a flight's number after a country's code stays": [
    ["Ulaanbaatar (MNG) — OM502 lands at 05:15", "Ulaanbaatar (MNG) — OM502 lands at 05:15"],
    ["Tokyo (JPN) - JL0044 delayed", "Tokyo (JPN) - JL0044 delayed"],
  ],
  "an NHS number a little after its label is masked": [
    ["NHS number noted on the intake form: 943 476 5919 (patient consented)", "NHS number noted on the intake form: [PERSONAL_ID] (patient consented)"],
    ["| NHS no. (from GP letter) 401 023 2137 |", "| NHS no. (from GP letter) [PERSONAL_ID] |"],
    ["Her NHS number is on the\nreferral: 943 476 5919.", "Her NHS number is on the\nreferral: [PERSONAL_ID]."],
  ],
  "a phone after an NHS label stays a phone's": [
    ["NHS number enquiries: call 020 7946 0018", "NHS number enquiries: call [PHONE]"],
  ],
  "an IBAN a few words after its label, its bank's code in letters, is masked": [
    ["IBAN on the invoice GB47 REVO 0099 7021 4410 38 (his account)", "IBAN on the invoice [PERSONAL_ID] (his account)"],
    ["Refund: IBAN of the guest NL20 INGB 0001 2345 67", "Refund: IBAN of the guest [PERSONAL_ID]"],
  ],
  "a code of another country's length after IBAN stays": [
    ["IBAN format sample GB12 ABCD 1234", "IBAN format sample GB12 ABCD 1234"],
  ],
  "a shared desk's login of joined words and a full password after a portal's label is masked": [
    ["- Crew portal: duty-desk-kix / Harbour!Mar27 (rotates monthly)", "- Crew portal: [PERSONAL_ID] / [SECRET] (rotates monthly)"],
    ["予約サイト: front-desk / Sakura#Spring25", "予約サイト: [PERSONAL_ID] / [SECRET]"],
  ],
  "two joined words and a plain code after a portal's label stay": [
    ["Portal: north-wing / Line-B2", "Portal: north-wing / Line-B2"],
    ["Site: plant-a / plant-b", "Site: plant-a / plant-b"],
  ],
  "the next period's door code listed after a found one is masked": [
    ["- Cabin door code rotates: this week 5-2-7-1-#, next 8834*. Towels in the hall.", "- Cabin door code rotates: this week [SECRET], next [SECRET]. Towels in the hall."],
    ["玄関の暗証番号は今週 4-0-1-9、来週は 6613# です。", "玄関の暗証番号は今週 [SECRET]、来週は [SECRET] です。"],
  ],
  "a count or a date after next stays": [
    ["door code 5-2-7-1-#, next 2 weeks unchanged", "door code [SECRET], next 2 weeks unchanged"],
  ],
  "a municipality's small special vehicle plate after its plate's word is masked": [
    ["小型特殊のトラクター、ナンバー 遠野市 あ 51 で来店", "小型特殊のトラクター、ナンバー [PERSONAL_ID] で来店"],
    ["N-12,来店,車両番号：北上市 き 3308,個人所有", "N-12,来店,車両番号：[PERSONAL_ID],個人所有"],
  ],
  "a town's name with no kana and number, or a count of plates, stays": [
    ["ナンバー 変更は 花巻市 役所で", "ナンバー 変更は 花巻市 役所で"],
  ],
});
