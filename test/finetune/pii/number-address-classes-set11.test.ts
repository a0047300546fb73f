import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Address, spoken-number and labelled-ID rules by class that the eleventh set's misses called for (issue 13), each
 * with other values than the set's and the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("address, spoken-number and ID classes of the eleventh set", {
  "a street word first, its number after: Portuguese, Spanish and Malay forms with flat, town and postcode": [
    ["Entregar em Avenida Brigadeiro Faria Lima, 3477, sala 1204, Itaim Bibi, São Paulo - SP, 04538-133.", "Entregar em [ADDRESS]."],
    ["Rua da Consolação, 930, apto 12", "[ADDRESS]"],
    ["Envío: Calle de Alcalá 45, 3º B, 28014 Madrid.", "Envío: [ADDRESS]."],
    ["Office at Jalan Ampang 12, 50450 Kuala Lumpur.", "Office at [ADDRESS]."],
    ["La Avenida 3 meses después; Calle 5 tenía 12 casas.", "La Avenida 3 meses después; Calle 5 tenía 12 casas."],
    ["Calle Florida 165, piso 3, C1005AAC Buenos Aires", "[ADDRESS]"],
  ],
  "a Singapore block, its street numbered after its type, and the flat": [
    ["Deliver to Blk 208 Bishan Street 23, #05-112, Singapore 570208.", "Deliver to [ADDRESS], Singapore [POSTAL_CODE]."],
    ["Block 7 Tampines Ave 4, #12-30", "[ADDRESS]"],
    ["Room 1203, 15/F, Tower 2, Times Square, 1 Matheson Street, Causeway Bay", "[ADDRESS], Causeway Bay"],
    ["123 Sukhumvit Soi 11, Khlong Toei Nuea", "[ADDRESS], Khlong Toei Nuea"],
    ["Deliver to Unit 5/12 Smith Street, or 3/45 Queen St.", "Deliver to [ADDRESS], or [ADDRESS]"],
    ["at 12 Oak Road 3 people waited", "at [ADDRESS] 3 people waited"],
  ],
  "a Chinese address in simplified characters, with its building and room": [
    ["寄付者の住所：上海市浦东新区世纪大道100号 2号楼 1203室，电话", "寄付者の住所：[ADDRESS]，电话"],
    ["規約第3号、東京都の条例第12号", "規約第3号、東京都の条例第12号"],
  ],
  "a Korean road or lot address in Hangul, with its flat and postcode": [
    ["送付先：부산광역시 해운대구 센텀중앙로 55, 1203호 (48058)", "送付先：[ADDRESS]"],
    ["경기도 성남시 분당구 정자동 178-1 입니다", "[ADDRESS] 입니다"],
  ],
  "a Japanese address in romaji, town first or city first": [
    ["Address: Kanazawa-shi, Hirosaka 1-9-3, Aichi", "Address: [ADDRESS]"],
    ["Ship to Hirosaka 1-9-3, Kanazawa-shi, Ishikawa 920-0962", "Ship to [ADDRESS]"],
    ["Sapporo-shi, Chuo-ku, Odori 2-chome 5-1, Sky Tower 1203", "[ADDRESS]"],
    ["Model 4-6-12, Release 2-1-3 notes", "Model 4-6-12, Release 2-1-3 notes"],
    ["Kita 3-jo Nishi 4-chome 1-1, Chuo-ku, Sapporo", "[ADDRESS]"],
  ],
  "a Russian or Ukrainian address in Cyrillic": [
    ["Москва, ул. Тверская, д. 7, кв. 12.", "Москва, [ADDRESS]."],
    ["пер. Сивцев Вражек, 15/25, кв. 3", "[ADDRESS]"],
    ["Проспект Мира 3 дня", "Проспект Мира 3 дня"],
  ],
  "a Japanese building named without a building word, its room after a wing or a floor": [
    ["届け先は 京都市左京区北白川別当町12-5 ルミエール北白川 3-201 です", "届け先は [ADDRESS] です"],
    ["大阪市北区中之島3-2-4 グランテラス B-1203", "[ADDRESS]"],
  ],
  "digits read out one by one, in kana, in English words or spaced": [
    ["OP：暗証番号をお願いします。\n客：キュウ・サン・ナナ・ニです。", "OP：暗証番号をお願いします。\n客：[SECRET]です。"],
    ["携帯はゼロハチゼロの、ロクロクナナの、イチゴーゴーキュウ。", "携帯は[PHONE]。"],
    ["暗証番号はよんよんさんはちです。", "暗証番号は[SECRET]です。"],
    ["Call me on oh-seven-seven-double-oh, nine one two three four five.", "Call me on [PHONE]."],
    ["OP: 会員番号をお願いします。\n客: M 4 0 2 - 1 1 8 7 3", "OP: 会員番号をお願いします。\n客: [PERSONAL_ID]"],
    ["イチゴとサンキューとゴーゴーカレー、いち、に、さん、し、one, two, three, four", "イチゴとサンキューとゴーゴーカレー、いち、に、さん、し、one, two, three, four"],
    ["Likert scale 1 2 3 4 5 6 7, scores 3 4 5 2 1 4 2", "Likert scale 1 2 3 4 5 6 7, scores 3 4 5 2 1 4 2"],
    ["OP：会員番号をお願いします。\n客：エイチ・ケー・ゼロ・サン・イチ・ナナ・ナナです。", "OP：会員番号をお願いします。\n客：[PERSONAL_ID]です。"],
    ["電話は〇九〇の一二三四の五六七八です。二〇二六年十二月", "電話は[PHONE]です。二〇二六年十二月"],
    ["It's oh-nine-zero dash four four one two dash eight eight seven six.", "It's [PHONE]."],
    ["シーシーレモン、エイチアイエス、エックスジャパン", "シーシーレモン、エイチアイエス、エックスジャパン"],
    ["会員番号はエー、ビー、イチ、ニー、サン、ヨンです", "会員番号は[PERSONAL_ID]です"],
  ],
  "a label's form: a register of persons, a customer's number with さま, a held card's の番号": [
    ["受講者名簿No.0047713 の方", "受講者名簿No.[PERSONAL_ID] の方"],
    ["ガスのお客さま番号は 7711-2093-55 です", "ガスのお客さま番号は [PERSONAL_ID] です"],
    ["保険証の番号 HK-20-88104 を控えました", "保険証の番号 [PERSONAL_ID] を控えました"],
    ["注文確認ハガキの番号 OR-26-00418、受付番号 12345", "注文確認ハガキの番号 OR-26-00418、受付番号 12345"],
    ["Learner no. 0047713 and Tenant ID 55120-88; Order no. 99812231", "Learner no. [PERSONAL_ID] and Tenant ID [PERSONAL_ID]; Order no. 99812231"],
    ["園児番号 204418、需要家番号 1187-2203-11、荷主コード 88120", "園児番号 [PERSONAL_ID]、需要家番号 [PERSONAL_ID]、荷主コード 88120"],
  ],
  "a member's or a patient's No., a card named in kanji": [
    ["会員No. 0041227 の方", "会員No. [PERSONAL_ID] の方"],
    ["診察券No. 004417 をお持ちください。整理券番号 118 番でお待ちください。", "診察券No. [PERSONAL_ID] をお持ちください。整理券番号 118 番でお待ちください。"],
    ["図書館の利用カード番号は 2004 1187 3301 です。商品カード 12345678 を同封", "図書館の利用カード番号は [PERSONAL_ID] です。商品カード 12345678 を同封"],
  ],
  "another country's national identity or tax number after its name": [
    ["Resident registration number 900101-1234567; 주민등록번호: 850315-2345678", "Resident registration number [PERSONAL_ID]; 주민등록번호: [PERSONAL_ID]"],
    ["CPF 123.456.789-09; 身份证号 110101199003074518; HKID A123456(7)", "CPF [PERSONAL_ID]; 身份证号 [PERSONAL_ID]; HKID [PERSONAL_ID]"],
    ["PAN ABCDE1234F; DNI 12345678Z", "PAN [PERSONAL_ID]; DNI [PERSONAL_ID]"],
    ["The RUN 12345 finished. PAN 2 degrees. CPF ratio.", "The RUN 12345 finished. PAN 2 degrees. CPF ratio."],
  ],
  "a password in small letters right after its cue and は or a colon": [
    ["パスワードは sakuranbo です", "パスワードは [SECRET] です"],
    ["password: bluebird", "password: [SECRET]"],
    ["password: required", "password: required"],
    ["The password is required for login.", "The password is required for login."],
  ],
  "a transit or prepaid card's number after its name": [
    ["PASMO（PB 302 1187 6654 0091）を落としました", "PASMO（[PERSONAL_ID]）を落としました"],
    ["ICOCA の残高 1,280 円", "ICOCA の残高 1,280 円"],
  ],
  "a permit's or a certificate's 第…号 is its holder's; a firm's licence or a law's is not": [
    ["埋葬許可証は 第2025-11873号 で交付済み", "埋葬許可証は 第[PERSONAL_ID]号 で交付済み"],
    ["建設業許可 第12345号、商標登録第1234567号、令和5年法律第123号", "建設業許可 第12345号、商標登録第1234567号、令和5年法律第123号"],
  ],
  "a number longer than a card's after a person's label a sentence before": [
    ["申請書に「供給地点特定番号」を書きます。検針票には 03 1187 0042 5521 9930 11 とあります", "申請書に「供給地点特定番号」を書きます。検針票には [PERSONAL_ID] とあります"],
    ["追跡番号を確認しました。伝票 1234 5678 9012 3456 7890 12 です", "追跡番号を確認しました。伝票 1234 5678 9012 3456 7890 12 です"],
  ],
  "a login with its password after a slash; a password in small letters with a symbol": [
    ["ログインは minami-kaigan / Umi-2207! です", "ログインは [PERSONAL_ID] / [SECRET] です"],
    ["ログインは two-factor で行います", "ログインは two-factor で行います"],
    ["Wi-Fi のパスワードは来客用と別です。事務所用（kita!office-2025）は秘密。", "Wi-Fi のパスワードは来客用と別です。事務所用（[SECRET]）は秘密。"],
    ["パスワードの件は issue#1234 と what?now2 を参照", "パスワードの件は issue#1234 と what?now2 を参照"],
  ],
});
