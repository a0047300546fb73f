import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Classes taken in the round after the twenty-eighth set (issue 13): look-alikes it lost, and secrets and addresses it
 * leaked, each with the look-alikes beside it that must stay. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a driving service's escort car's plate is the firm's, a customer's car's is masked": [
    ["[22:10] 乗務: 随伴車 栃木 480 い 22-41 で向かいます。", "[22:10] 乗務: 随伴車 栃木 480 い 22-41 で向かいます。"],
    ["伴走車：品川 300 さ 71-08、到着 23:40", "伴走車：品川 300 さ 71-08、到着 23:40"],
    ["お客様の車は 高崎 300 さ 47-19、随伴車は後ろにつけます", "お客様の車は [PERSONAL_ID]、随伴車は後ろにつけます"],
  ],
  "a seal's material and size is the seal's, a surname of the same word is masked": [
    ["品目：銀行印 本柘 12.0mm（縦彫り）", "品目：銀行印 本柘 12.0mm（縦彫り）"],
    ["認印 柘植 10.5ミリ（丸）", "認印 柘植 10.5ミリ（丸）"],
    ["実印 黒水牛 15mm、認印 楓 10.5ミリ", "実印 黒水牛 15mm、認印 楓 10.5ミリ"],
    ["印材 柘植 13.5mm、彫刻名 柘植 様", "印材 柘植 13.5mm、彫刻名 [PERSON] 様"],
    ["ご注文者 柘植 美沙子 様 090-4418-2263", "ご注文者 [PERSON] 様 [PHONE]"],
  ],
  "an invoice registration number after its cue is the firm's, a card's number is masked": [
    ["適格請求書発行事業者 登録番号 T8010401234563 株式会社みどり電機", "適格請求書発行事業者 登録番号 T8010401234563 株式会社みどり電機"],
    ["Invoice registration no. T5120001158394 (Osaka)", "Invoice registration no. T5120001158394 (Osaka)"],
    ["請求書（インボイス番号：T1180001022333）を再送", "請求書（インボイス番号：T1180001022333）を再送"],
    ["カード番号 4111 1111 1111 1111 で決済", "カード番号 [CREDIT_CARD] で決済"],
  ],
  "a shop's name of a place and a kana word glued to a shop's ending, a person's name beside it masked": [
    ["- 差し入れ 30個 白浜 あやめ屋、領収書あり。", "- 差し入れ 30個 白浜 あやめ屋、領収書あり。"],
    ["- ケータリング 40食 佐野 さくら亭 に発注済み", "- ケータリング 40食 佐野 さくら亭 に発注済み"],
    ["- 和菓子 20箱 高田 みどり堂、請求書 INV-2612-0450。", "- 和菓子 20箱 高田 みどり堂、請求書 INV-2612-0450。"],
    ["差し入れ 仙台 こけし堂 の最中、小樽 カモメ商店 の干物", "差し入れ 仙台 こけし堂 の最中、小樽 カモメ商店 の干物"],
    ["担当 佐藤 ゆかり さん（館山 なぎさ屋）", "担当 [PERSON] さん（館山 なぎさ屋）"],
    ["担当 佐藤 ゆかり さん、電話 090-2231-7740", "担当 [PERSON] さん、電話 [PHONE]"],
  ],
  "a firm's name led by a Romance language's word for a group or a bank, its contact masked": [
    ["- Employer: Grupo Andino Pacífico (HR contact Marisol Quispe, m.quispe@andino-log.pe).", "- Employer: Grupo Andino Pacífico (HR contact [PERSON], [EMAIL])."],
    ["Salary paid by Banco Itaú Unibanco to Ana Paula Ferreira.", "Salary paid by Banco Itaú Unibanco to [PERSON]."],
    ["Sponsor: Groupe Martin Asie, contact Claire Dubois", "Sponsor: Groupe Martin Asie, contact [PERSON]"],
    ["Client: Companhia Souza Cruz, contact Paulo Lima", "Client: Companhia Souza Cruz, contact [PERSON]"],
  ],
  "a keypad's code spaced digit by digit, and a key box's dashed digit by digit": [
    ["Keypad for the server cage: 7 3 0 2 # (night shift only).", "Keypad for the server cage: [SECRET] (night shift only)."],
    ["Door keypad 5 8 1 4 *, then push.", "Door keypad [SECRET], then push."],
    ["キーボックス：玄関横、番号 3-9-0-6（戻しておく）", "キーボックス：玄関横、番号 [SECRET]（戻しておく）"],
    ["ロッカーの暗証番号 8-2-2-5 です", "ロッカーの暗証番号 [SECRET] です"],
    ["Keypad model KP-200, firmware 2.1.4", "Keypad model KP-200, firmware 2.1.4"],
    ["番号 2026-12-01 の請求", "番号 2026-12-01 の請求"],
  ],
  "an app's transfer code in kana and digits, a clause perhaps after its word": [
    ["ゲームの引き継ぎコードをメモしてきた：ﾈｺﾏﾀ5518 → 本人に返却", "ゲームの引き継ぎコードをメモしてきた：[SECRET] → 本人に返却"],
    ["機種変更コードは ひまわり0815 です", "機種変更コードは [SECRET] です"],
    ["引き継ぎコードは12桁の英数字です", "引き継ぎコードは12桁の英数字です"],
    ["引き継ぎコードの有効期限は 2026-12-31 まで", "引き継ぎコードの有効期限は 2026-12-31 まで"],
  ],
  "a security answer after a clause that says who gave it or what was asked": [
    ["The security answer he set (first pet's name) is Biscuit — keep it off the file.", "The security answer he set (first pet's name) is [SECRET] — keep it off the file."],
    ["Her security answer on the bank's form (city of birth) is Lisboa.", "Her security answer on the bank's form (city of birth) is [SECRET]."],
    ["The security answer she gave is not set yet.", "The security answer she gave is not set yet."],
    ["Security answer reset done, and the balance is 5000.", "Security answer reset done, and the balance is 5000."],
  ],
  "a firm's dormitory and room after an address found, the firm's office left": [
    ["寮：岐阜県可児市姫ケ丘2丁目5番地 ミナト電装 第1寮 108（送迎あり）", "寮：[ADDRESS]（送迎あり）"],
    ["住所 愛知県小牧市小木東1丁目12番地 丸山化成 独身寮 305号室", "住所 [ADDRESS]"],
    ["勤務先 愛知県小牧市小木東1丁目12番地 丸山化成 本社工場", "勤務先 [ADDRESS] 丸山化成 本社工場"],
  ],
  "a Kyoto address in romaji whose way stands apart from its crossing": [
    ["Ship to: Kyoto-shi Nakagyo-ku Karasuma-dori Oike agaru Nijoden-cho 405, Japan", "Ship to: [ADDRESS], Japan"],
    ["Shimogyo-ku Shinmachi-dori Shichijo sagaru Higashishiokoji-cho 12", "[ADDRESS]"],
    ["We met on Shijo-dori near Karasuma-dori for lunch.", "We met on Shijo-dori near Karasuma-dori for lunch."],
  ],
  "a Taiwanese address written city first": [
    ["ship to Taichung, 40341, West Dist., Meicun Rd. Sec. 2, No. 58 please", "ship to [ADDRESS] please"],
    ["Kaohsiung City, 80661, Qianzhen Dist., Minsheng Rd., Ln. 12, No. 7, 3F", "[ADDRESS]"],
    ["Our Tainan branch, East Dist. team, handles Sec. 1 orders.", "Our Tainan branch, East Dist. team, handles Sec. 1 orders."],
  ],
  "a Nepali address by its ward": [
    ["Father: Ward No. 4, Bharatpur-10, Chitwan, Bagmati Province, Nepal", "Father: [ADDRESS]"],
    ["lives at Lalitpur-3, Kumaripati, Bagmati Province (tel later)", "lives at [ADDRESS] (tel later)"],
    ["Patient moved to Ward No. 5, Surgical wing.", "Patient moved to Ward No. 5, Surgical wing."],
    ["Trekking from Pokhara, Gandaki Province, Nepal in spring.", "Trekking from Pokhara, Gandaki Province, Nepal in spring."],
  ],
};

describeMaskingClasses("classes of the round after the twenty-eighth set", classes);
