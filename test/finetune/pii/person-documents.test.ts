import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * The documents a person holds (person-documents.ts), named in other words than the blind sets used: a passport in
 * the languages of a company's foreign customers, a driving licence however English writes it, a card or a book
 * issued to a person with its number right after its name, a residence card's or a pet's microchip's number later in
 * its sentence, a library, loyalty or mileage card's number; and what such words stand before that is no number of the document (expected === input).
 */
describeMaskingClasses("a person's document named in other words", {
  "a passport in other languages": [
    ["número de pasaporte: XDA123456", "número de pasaporte: [PERSONAL_ID]"],
    ["numer paszportu: EA1234567", "numer paszportu: [PERSONAL_ID]"],
    ["Reisepass C01X00T47 liegt vor", "Reisepass [PERSONAL_ID] liegt vor"],
    ["Passeport n° 18AB12345", "Passeport n° [PERSONAL_ID]"],
    ["hộ chiếu số C1234567", "hộ chiếu số [PERSONAL_ID]"],
    ["护照号码 E12345678", "护照号码 [PERSONAL_ID]"],
    ["여권번호 M12345678", "여권번호 [PERSONAL_ID]"],
    ["Pasaporte vencido en 2024", "Pasaporte vencido en 2024"],
    ["Reisepass 2025 beantragt", "Reisepass 2025 beantragt"],
    ["护照 2024年 到期", "护照 2024年 到期"],
  ],
  "a driving licence however English writes it": [
    ["Driving licence: 553918406", "Driving licence: [PERSONAL_ID]"],
    ["Driver license 553918406 (NY)", "Driver license [PERSONAL_ID] (NY)"],
    ["DL# 553918406 on file", "DL# [PERSONAL_ID] on file"],
    ["DL speeds of 500 Mbps", "DL speeds of 500 Mbps"],
  ],
  "a card or a book a person is issued, its number right after its name": [
    ["学生証 S2024001 を提示", "学生証 [PERSONAL_ID] を提示"],
    ["社員証 E-20418 を紛失", "社員証 [PERSONAL_ID] を紛失"],
    ["身体障害者手帳 番号 123456 を確認", "身体障害者手帳 番号 [PERSONAL_ID] を確認"],
    ["障害者手帳の番号は 0123456 です", "障害者手帳の番号は [PERSONAL_ID] です"],
    ["年金手帳 1234-567890 を提出", "年金手帳 [PERSONAL_ID] を提出"],
    ["特別永住者証明書 番号 AB1234567", "特別永住者証明書 番号 [PERSONAL_ID]"],
    ["お薬手帳 No. 20418", "お薬手帳 No. [PERSONAL_ID]"],
    ["保険証 2枚", "保険証 2枚"],
    ["学生証 2024年度版", "学生証 2024年度版"],
    ["社員証 ICカード対応", "社員証 ICカード対応"],
    ["保険証 3000円", "保険証 3000円"],
    ["お薬手帳 2024-04 版", "お薬手帳 2024-04 版"],
  ],
  "a residence card's number later in its sentence": [
    ["在留カードの更新に行ったら、カードは KR20418873EX に変わりました", "在留カードの更新に行ったら、カードは [PERSONAL_ID] に変わりました"],
    ["在留カードの件、受付番号 KR20418873EX で受理", "在留カードの件、受付番号 KR20418873EX で受理"],
  ],
  "a library, loyalty or mileage card's number": [
    ["library card number 2100045512", "library card number [PERSONAL_ID]"],
    ["my frequent flyer number is 12345678", "my frequent flyer number is [PERSONAL_ID]"],
    ["マイレージ番号 4412345678", "マイレージ番号 [PERSONAL_ID]"],
    ["Rewards number: RW-55120", "Rewards number: [PERSONAL_ID]"],
    ["The library number of books is 20000", "The library number of books is 20000"],
    ["Our rewards program no. 3 tier", "Our rewards program no. 3 tier"],
  ],
  "a pet's microchip later in its sentence": [
    ["the microchip was read: 392141000587216", "the microchip was read: [PERSONAL_ID]"],
    ["the microchip costs 5000 yen", "the microchip costs 5000 yen"],
  ],
});
