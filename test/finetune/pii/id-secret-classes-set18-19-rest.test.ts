import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * ID and secret rules by class for what the eighteenth and nineteenth sets still lost (issue 13), each with other values
 * than the sets' and the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("id and secret classes of the eighteenth and nineteenth sets' rest", {
  "a short code after a person's label, a standing order's number, a customer firm's login ID": [
    ["社員番号 K-12 の給与口座", "社員番号 [PERSONAL_ID] の給与口座"],
    ["スタッフ番号 S-07 の勤怠、ドライバー番号 D-112 が担当", "スタッフ番号 [PERSONAL_ID] の勤怠、ドライバー番号 [PERSONAL_ID] が担当"],
    ["定期便番号 R-2291 の配送先、定期購読番号 NW-30418", "定期便番号 [PERSONAL_ID] の配送先、定期購読番号 [PERSONAL_ID]"],
    ["加盟店ID SH-0042817 の振込先、法人ID acme-kanda-07 でログイン", "加盟店ID [PERSONAL_ID] の振込先、法人ID [PERSONAL_ID] でログイン"],
    ["加盟店番号 K-3310294 の入金", "加盟店番号 [PERSONAL_ID] の入金"],
    // A thing's short code, a flight, a corporation's public number and a store's own ID stay.
    ["型番 K-12、便番号 NH-0123、法人番号 A1234567890、店舗ID ST-0012", "型番 K-12、便番号 NH-0123、法人番号 A1234567890、店舗ID ST-0012"],
  ],
  "a number labelled in brackets right after a person's name": [
    ["担当の 高畑 誠（登録番号 GD-0412）が案内", "担当の [PERSON]（登録番号 [PERSONAL_ID]）が案内"],
    ["営業 西村 彩（会員ID MB-2291）", "営業 [PERSON]（会員ID [PERSONAL_ID]）"],
    // A thing's label in the brackets is that thing's number.
    ["担当の 高畑 誠（注文番号 OD-2291）が案内、（受付番号 UK-0412）", "担当の [PERSON]（注文番号 OD-2291）が案内、（受付番号 UK-0412）"],
  ],
  "a passport's number with a space between its letters and digits": [
    ["Her passport TK 2219043 was checked.", "Her passport [PERSONAL_ID] was checked."],
    ["パスポートを確認、MU 44120871 で登録", "パスポートを確認、[PERSONAL_ID] で登録"],
    ["Passport No. XK 5520193, expires 2031", "Passport No. [PERSONAL_ID], expires 2031"],
    // A gate and a seat in a passport's sentence are no passport's number.
    ["Passport control at gate B 12, row 3.", "Passport control at gate B 12, row 3."],
  ],
  "a DoD ID's ten digits": [
    ["DoD ID 2048813390 on file", "DoD ID [PERSONAL_ID] on file"],
    ["EDIPI: 1093378821, military ID card number 1182093374", "EDIPI: [PERSONAL_ID], military ID card number [PERSONAL_ID]"],
    // Other counts after DoD, and a number of other length, stay.
    ["DoD ID 2026 policy, DoD budget 1200000000", "DoD ID 2026 policy, DoD budget 1200000000"],
  ],
  "a card a person carries, then its number with an issuer's kanji before it": [
    ["乗務員証 品-個-40812 を携帯", "乗務員証 [PERSONAL_ID] を携帯"],
    ["身分証明書 東-0091823、運転者証 大-介-3319", "身分証明書 [PERSONAL_ID]、運転者証 [PERSONAL_ID]"],
    // A count or a year after the card's name stays.
    ["乗務員証 2枚、身分証 2026年度版", "乗務員証 2枚、身分証 2026年度版"],
  ],
  "a driving licence's twelve digits later in the sentence that names it": [
    ["運転免許証で本人確認（451902338817）済み", "運転免許証で本人確認（[PERSONAL_ID]）済み"],
    ["免許証を確認しました、番号 300411228907 です", "免許証を確認しました、番号 [PERSONAL_ID] です"],
    // Another thing's label before the number keeps it, and a number of another length stays.
    ["免許証の更新、受付番号 123456789012、手数料 3000", "免許証の更新、受付番号 123456789012、手数料 3000"],
  ],
  "a licence's 第 … 号 after its の番号, whole, not a My Number": [
    ["免許証の番号は 第 552019334817 号 です", "免許証の番号は [PERSONAL_ID] です"],
    ["免許証の番号：第 3012 4477 8105 号", "免許証の番号：[PERSONAL_ID]"],
    // A notice's 第…号 with no licence before it stays.
    ["告示 第 2026 号、第 12 条", "告示 第 2026 号、第 12 条"],
  ],
  "a closed Wi-Fi network's name after SSID, its password on the line": [
    ["SSID は aterm-5e1a2b-g、パスワードは別紙", "SSID は [PERSONAL_ID]、パスワードは別紙"],
    ["Wi-Fi: SSID HOME-2G-4471 (WPA2 key on the router)", "Wi-Fi: SSID [PERSONAL_ID] (WPA2 key on the router)"],
    ["ネットワーク名 wx-3f9a21-g、パスワードは冷蔵庫に", "ネットワーク名 [PERSONAL_ID]、パスワードは冷蔵庫に"],
    // The SSID's word in a sentence, a name with no digit, a network with no key named and an open one stay.
    ["SSID を変更、SSID: guest のパスワード", "SSID を変更、SSID: guest のパスワード"],
    ["SSID CAFE-2F-01 です", "SSID CAFE-2F-01 です"],
    ["館内 SSID LIB-WIFI-24 はパスワード不要", "館内 SSID LIB-WIFI-24 はパスワード不要"],
  ],
  "a safe's number in brackets, a keypad's code with its second press, a box's key number": [
    ["鍵は金庫（番号 12-40-07）に保管、書庫の金庫のダイヤルは 8-30-14", "鍵は金庫（番号 [SECRET]）に保管、書庫の金庫のダイヤルは [SECRET]"],
    ["オートロックは *4471#2 で開く、裏口のオートロックは #0917*5", "オートロックは [SECRET] で開く、裏口のオートロックは [SECRET]"],
    ["ポストのダイヤル番号 0412、宅配の箱の鍵番号 7720", "ポストのダイヤル番号 [SECRET]、宅配の箱の鍵番号 [SECRET]"],
    // A locker's key number says which key; a safe's count stays.
    ["部屋の金庫は 4-4-0-1 です", "部屋の金庫は [SECRET] です"],
    ["ロッカーの鍵番号 1024 を返却、金庫（2台）、金庫のダイヤルを 2 回まわす", "ロッカーの鍵番号 1024 を返却、金庫（2台）、金庫のダイヤルを 2 回まわす"],
    ["金庫は 2024 年に購入、金庫 2台", "金庫は 2024 年に購入、金庫 2台"],
  ],
  "a spaced code with its keypad's # or its old number's word, or said by what it opens": [
    ["暗証番号の変更。旧番号 4 4 0 1 # は無効", "暗証番号の変更。旧番号 [SECRET] は無効"],
    ["もう伝えました。2 0 9 1 7 です。これで開きますよね？", "もう伝えました。[SECRET] です。これで開きますよね？"],
    ["Key in 7 7 0 4, that unlocks the side door.", "Key in [SECRET], that unlocks the side door."],
    ["扉は 3-1-4-1 で開きます", "扉は [SECRET] で開きます"],
    // A figure spaced out opens nothing; a file opened is opened by no code.
    ["結果は 3 1 4 1 5 です。ファイルを開く、2-3-4-5 で開催", "結果は 3 1 4 1 5 です。ファイルを開く、2-3-4-5 で開催"],
  ],
  "a password a login or a password was reset or changed to": [
    ["The portal login was reset to Welcome-7731 today.", "The portal login was reset to [SECRET] today."],
    ["password changed to kx92-lamp.", "password changed to [SECRET]."],
    ["パスワードを Aoba2026x にリセットしました", "パスワードを [SECRET] にリセットしました"],
    // A version, a default and a count stay.
    ["The firmware was reset to v2.1.0 and the password reset to default; PIN set to 4 digits", "The firmware was reset to v2.1.0 and the password reset to default; PIN set to 4 digits"],
  ],
  "a password jotted on a note after what it opens": [
    ["付箋「ネットバンク mika0412」が貼ってあった", "付箋「ネットバンク [SECRET]」が貼ってあった"],
    ["メモ「PC Kanda2291」、a sticky note \"bank app 0412\"", "メモ「PC [SECRET]」、a sticky note \"bank app [SECRET]\""],
    // A note of a time, a task or a floor stays.
    ["付箋「銀行 15時まで」、メモ「アプリ v2 更新」、付箋「PC 3F」", "付箋「銀行 15時まで」、メモ「アプリ v2 更新」、付箋「PC 3F」"],
  ],
  "a login and its password after an account's ID": [
    ["管理 ID cam-ops / Kobe#Nvr2026。", "管理 ID [PERSONAL_ID] / [SECRET]。"],
    ["ID: front02 / Hx7!desk です", "ID: [PERSONAL_ID] / [SECRET] です"],
    // Two counts or two departments after ID stay.
    ["ID 1234 / 5678 件、ID: HR / Sales 部門", "ID 1234 / 5678 件、ID: HR / Sales 部門"],
  ],
});
