import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * ID and secret rules by class that the twenty-second set's misses called for (issue 13, round 24), each with other
 * values and layouts than the set's and the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("id and secret classes of round 24", {
  "a bicycle's crime-prevention registration (防犯登録): a series' kana or letter before 第…号, a code, and the codes listed after it": [
    ["自転車の防犯登録番号は ち第 1804-220917 号です", "自転車の防犯登録番号は [PERSONAL_ID]です"],
    ["\"防犯登録：A第330128号\",済", "\"防犯登録：[PERSONAL_ID]\",済"],
    ["防犯登録番号 千葉 な第 0412-773021 号（控え）", "防犯登録番号 [PERSONAL_ID]（控え）"],
    ["<td>防犯登録番号 K1905-772031, K1905-772032（子ども用）</td>", "<td>防犯登録番号 [PERSONAL_ID], [PERSONAL_ID]（子ども用）</td>"],
    ["防犯登録 料金 660円", "防犯登録 料金 660円"],
    ["防犯登録は 2026-11-02 に済", "防犯登録は 2026-11-02 に済"],
    ["防犯登録番号の控え 2 枚", "防犯登録番号の控え 2 枚"],
  ],
  "another country's driving licence: its state's code and number in the licence's sentence, the state before the licence, the DVLA's shape": [
    ["Licence: QLD 087214553, expires 2029", "Licence: [PERSONAL_ID], expires 2029"],
    ["his driver's license (Texas) TX 40918822 was scanned", "his driver's license (Texas) [PERSONAL_ID] was scanned"],
    ["VIC licence no. 045512873 on file", "VIC licence no. [PERSONAL_ID] on file"],
    ["UK driving licence: HARRI802154JA9AB", "UK driving licence: [PERSONAL_ID]"],
    ["MIT licence, version 2.0", "MIT licence, version 2.0"],
    ["licence fee 15000 yen", "licence fee 15000 yen"],
    ["Licence renewal due 2027-03-31", "Licence renewal due 2027-03-31"],
    ["software licence CA 1234567 for 25 seats", "software licence CA 1234567 for 25 seats"],
    ["NSW licence 2 copies, 1,200,000 yen", "NSW licence 2 copies, 1,200,000 yen"],
  ],
  "a residence card's number copied in spaced groups (KT3390 5521 ZX), whole": [
    ["residence card no. KT3390 5521 ZX (copy)", "residence card no. [PERSONAL_ID] (copy)"],
    ["在留カード：GH0071 4420 QA を確認", "在留カード：[PERSONAL_ID] を確認"],
    ["\"在留カード番号 MN5521 0093 TR\",受付", "\"在留カード番号 [PERSONAL_ID]\",受付"],
    ["在留カード 2 枚", "在留カード 2 枚"],
    ["在留カードの更新 2027年3月", "在留カードの更新 2027年3月"],
  ],
  "a driving licence's twelve digits in groups of four later in the licence's sentence, in brackets too": [
    ["運転免許証の写し（3011 2045 8890）を受領", "運転免許証の写し（[PERSONAL_ID]）を受領"],
    ["免許証をコピー（4420 1187 3306）", "免許証をコピー（[PERSONAL_ID]）"],
    ["免許証の更新は 2027 年 3 月 10 日", "免許証の更新は 2027 年 3 月 10 日"],
    ["免許証 2 枚（1200円）", "免許証 2 枚（1200円）"],
  ],
  "an account named in prose by its number (holds account UID …, the account … was, user ID …, Membership: …)": [
    ["Her brother holds account UID 55201934 too.", "Her brother holds account [PERSONAL_ID] too."],
    ["Flagged: UID: 7710293, same device.", "Flagged: UID: [PERSONAL_ID], same device."],
    ["The account 55021877 was locked after three attempts.", "The account [PERSONAL_ID] was locked after three attempts."],
    ["Membership: 1204-8831-0072", "Membership: [PERSONAL_ID]"],
    ["the account 2026 budget", "the account 2026 budget"],
    ["She holds account balance of 1,200,000 yen", "She holds account balance of 1,200,000 yen"],
    ["UID 0 is root", "UID 0 is root"],
    ["Membership: 2026-04-01 to 2027-03-31", "Membership: 2026-04-01 to 2027-03-31"],
    ["Membership: 3 years", "Membership: 3 years"],
    ["the account 1500000 yen was paid", "the account 1500000 yen was paid"],
  ],
  "an account's or a member's number in groups of four after its word, whole": [
    ["アカウント 5520 1934 7781 が止まりました", "アカウント [PERSONAL_ID] が止まりました"],
    ["会員 8830-2291-0047 で予約", "会員 [PERSONAL_ID] で予約"],
    ["my account 4471 0092 8813 was hacked", "my account [PERSONAL_ID] was hacked"],
    ["会員 1200 名が参加", "会員 1200 名が参加"],
    ["アカウント 3 件を削除", "アカウント 3 件を削除"],
    ["会員 2026 年度 4000 円", "会員 2026 年度 4000 円"],
  ],
  "a member's card named with a space before its No. (会員証 No. 0077-4412)": [
    ["会員証 No. 0077-4412 をお持ちの方", "会員証 No. [PERSONAL_ID] をお持ちの方"],
    ["\"社員証 No. 2210-0931\",再発行", "\"社員証 No. [PERSONAL_ID]\",再発行"],
    ["会員証 No. 2024-2025年度版", "会員証 No. 2024-2025年度版"],
    ["会員証 2 枚", "会員証 2 枚"],
  ],
  "a crypto wallet's address after a wallet's or an address's word": [
    ["Payout wallet: bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "Payout wallet: [PERSONAL_ID]"],
    ["ETH address 0x71c7656ec7ab88b098defb751b7401b5f6d8976f (her own)", "ETH address [PERSONAL_ID] (her own)"],
    ["出金先アドレスは bc1q9h7garjdd6v0l3xkvdq43vzy4xdq2w0zqrtyx6 です", "出金先アドレスは [PERSONAL_ID] です"],
    ["contract address 0x71c7656ec7ab88b098defb751b7401b5f6d8976f", "contract address 0x71c7656ec7ab88b098defb751b7401b5f6d8976f"],
    ["wallet app version 1.4.2", "wallet app version 1.4.2"],
  ],
  "a messenger's handle in quotes after its ID's word": [
    ["LINE ID「mika.tanaka_77」で連絡", "LINE ID「[PERSONAL_ID]」で連絡"],
    ["\"WeChat ID 'chen.li88'\",済", "\"WeChat ID '[PERSONAL_ID]'\",済"],
    ["LINE IDは『ren-0822』です", "LINE IDは『[PERSONAL_ID]』です"],
    ["公式LINE ID「@cafe_mori01」", "公式LINE ID「@cafe_mori01」"],
    ["LINE「友だち追加」", "LINE「友だち追加」"],
    ["LINE表示名「Mei-Hua 林」で登録", "LINE表示名「[PERSON]」で登録"],
  ],
  "two-factor backup or recovery codes listed after their word, the list whole": [
    ["バックアップコード：5521-0932 7741-2208 を保管", "バックアップコード：[SECRET] を保管"],
    ["recovery codes: 88213409, 55102277, 90412285", "recovery codes: [SECRET]"],
    ["Backup codes (2FA) - a1b2c-3d4e5 f6g7h-8i9j0", "Backup codes (2FA) - [SECRET]"],
    ["backup codes regenerated on 2026-12-06", "backup codes regenerated on 2026-12-06"],
    ["バックアップコードは 10 個あります", "バックアップコードは 10 個あります"],
    ["backup codes saved offline", "backup codes saved offline"],
  ],
  "a Japanese bank account written in English after its kind, a bank or a branch before it": [
    ["Refund to Sumitomo Mitsui Bank, Shibuya branch, savings 0812274.", "Refund to Sumitomo Mitsui Bank, Shibuya branch, savings [PERSONAL_ID]."],
    ["MUFG Bank ordinary account no. 4419023", "MUFG Bank ordinary account no. [PERSONAL_ID]"],
    ["bank transfer of savings 1500000 yen", "bank transfer of savings 1500000 yen"],
    ["the bank's current 2026001 edition", "the bank's current 2026001 edition"],
  ],
  "a register's number of a found one's length and block later in its sentence, a name between": [
    ["競技者登録番号 20931877 は主将、副将は 20935512", "競技者登録番号 [PERSONAL_ID] は主将、副将は [PERSONAL_ID]"],
    ["会員番号 30418822 (father), then his son 30419907.", "会員番号 [PERSONAL_ID] (father), then his son [PERSONAL_ID]."],
    ["会員番号 10048812、注文 10049912", "会員番号 [PERSONAL_ID]、注文 10049912"],
    ["会員番号 10048812 の件。受付 10049912", "会員番号 [PERSONAL_ID] の件。受付 10049912"],
  ],
});
