import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Latin-script name rules by class from the twenty-fourth set's misses (issue 13): a table's cell holding a family
 * name in capitals, a comma and the given names, as a crew list or a roster writes it; a pinyin name with a lower-case
 * word after it; each with values of its own and look-alikes the rule must leave alone.
 */
describeMaskingClasses("Latin names of round 25r", {
  "a table's cell of a family name in capitals, a comma and the given names": [
    ["03  2/O       SANTOS, Miguel Angel        PHL", "03  2/O       [PERSON]        PHL"],
    ["| 12 | OKONKWO, Chinedu | NGA | deck |", "| 12 | [PERSON] | NGA | deck |"],
    ["Bosun\tVAN DER BERG, Pieter\tNLD", "Bosun\t[PERSON]\tNLD"],
    ["WOJCIK, Katarzyna   Stewardess", "[PERSON]   Stewardess"],
    ["TOKYO, Japan        2026-04-01", "TOKYO, Japan        2026-04-01"],
    ["NOTE, Please        see below", "NOTE, Please        see below"],
    ["SKU-7, Blue Large   JPY 2,400", "SKU-7, Blue Large   JPY 2,400"],
    ["ACME, Holdings      Osaka", "ACME, Holdings      Osaka"],
    ["Ship to SANTOS, Brazil via Panama", "Ship to SANTOS, Brazil via Panama"],
    ["07  Oiler     BONDARENKO, Taras        UKR", "07  Oiler     [PERSON]        UKR"],
    ["NRT, Narita         08:40", "NRT, Narita         08:40"],
    ["OSAKA, Namba        2 nights", "OSAKA, Namba        2 nights"],
  ],
  "a crew list's family name or given name alone where it recurs after the cell": [
    ["04  Bosun     DELA CRUZ, Renato        PHL\nRenato asked for 2 SIM cards.", "04  Bosun     [PERSON]        PHL\n[PERSON] asked for 2 SIM cards."],
    ["05  AB        BALDOVINO, Christian Paul        PHL\n- Christian: a rice cooker.", "05  AB        [PERSON]        PHL\n- [PERSON]: a rice cooker."],
    ["06  Cook      KOWALCZYK, Marek        POL\nCook KOWALCZYK wants shore leave.", "06  Cook      [PERSON]        POL\nCook [PERSON] wants shore leave."],
    ["Crew: Reyes, Grace\nBy the Grace of God.", "Crew: [PERSON]\nBy the Grace of God."],
  ],
  "a romaji surname alone after an English sentence's staff word": [
    ["Our technician Kubota will visit on Monday.", "Our technician [PERSON] will visit on Monday."],
    ["My colleague Hirano is on leave until 12/3.", "My colleague [PERSON] is on leave until 12/3."],
    ["our driver Matsuda, who speaks English, will wait.", "our driver [PERSON], who speaks English, will wait."],
    ["Our staff Portal will be down tonight.", "Our staff Portal will be down tonight."],
    ["Our staff Osaka office is closed.", "Our staff Osaka office is closed."],
    ["Our nurse Station is on floor 3.", "Our nurse Station is on floor 3."],
  ],
  "a family name in capitals alone where it recurs after the name written family first": [
    ["| ノートPC | NAKAMURA Yuto |\nNAKAMURA くんが返却予定。", "| ノートPC | [PERSON] |\n[PERSON] くんが返却予定。"],
    ["| 三脚 | HAYASHI Riku | 10/2 |\nHAYASHI was absent on Monday.", "| 三脚 | [PERSON] | 10/2 |\n[PERSON] was absent on Monday."],
    ["| 4 | TAKEDA Sora |\nThe NEW policy starts.", "| 4 | [PERSON] |\nThe NEW policy starts."],
  ],
  "a Latin name of up to four words, a middle initial among them, after a trial's role": [
    ["被告人 Marlon D. Santiago。前回期日も同通訳人。", "被告人 [PERSON]。前回期日も同通訳人。"],
    ["被疑者：Ana Paula Souza Lima（日系3世）", "被疑者：[PERSON]（日系3世）"],
    ["証人 Emeka Nwosu が出廷予定。", "証人 [PERSON] が出廷予定。"],
    ["原告 Fernando Kenji Oshiro の代理人", "原告 [PERSON] の代理人"],
    ["被告人 Google LLC の件", "被告人 Google LLC の件"],
    ["被告 Acme Trading Company Ltd", "被告 Acme Trading Company Ltd"],
    ["証人 Not Applicable", "証人 Not Applicable"],
  ],
  "a Korean name in Hangul standing alone in Japanese or English text": [
    ["件名：김지우 の件、父 박준호 です。", "件名：[PERSON] の件、父 [PERSON] です。"],
    ["Contact: 최서연 on LINE", "Contact: [PERSON] on LINE"],
    ["保護者 윤하은", "保護者 [PERSON]"],
    ["서울 office, 03-1234", "서울 office, 03-1234"],
    ["이번 주 회의는 취소합니다", "이번 주 회의는 취소합니다"],
    ["일정 조정 완료했습니다", "일정 조정 완료했습니다"],
    ["件名: 주소 변경", "件名: 주소 변경"],
    ["Tag: 한글 font", "Tag: 한글 font"],
  ],
  "a staff member's Latin name as a chat turn's speaker after the time and a role": [
    ["[2026-11-06 09:05] サポート Haruto: 承知しました。", "[2026-11-06 09:05] サポート [PERSON]: 承知しました。"],
    ["14:40 Support Mireille: Thanks for waiting.", "14:40 Support [PERSON]: Thanks for waiting."],
    ["08:03 Agent Maria Lopez: checking now", "08:03 Agent [PERSON]: checking now"],
    ["09:12 Support Team: we are on it", "09:12 Support Team: we are on it"],
    ["10:00 Agent Bot: 自動応答です", "10:00 Agent Bot: 自動応答です"],
    ["11:30 Support Desk: door B is open", "11:30 Support Desk: door B is open"],
  ],
  "a Japanese name, the family name in capitals and the given name capitalised": [
    ["| AP-2019-0042 | ノートPC | SAITO Yuto | 10/9 |", "| AP-2019-0042 | ノートPC | [PERSON] | 10/9 |"],
    ["| 三脚 | WATANABE Kenta | 返却済 |", "| 三脚 | [PERSON] | 返却済 |"],
    ["| ノートPC | NAKAMURA Yuto |", "| ノートPC | [PERSON] |"],
    ["| 恒温槽 | HAYASHI Riku（2561377） |", "| 恒温槽 | [PERSON]（2561377） |"],
    ["| 三脚 | ISHII Sota | 10/2 |", "| 三脚 | [PERSON] | 10/2 |"],
    ["借りた人: MORI Haruka, 2 units", "借りた人: [PERSON], 2 units"],
    ["TOYOTA Corolla 2019", "TOYOTA Corolla 2019"],
    ["Meet at OSAKA Castle", "Meet at OSAKA Castle"],
    ["Station: NAKA Meguro, then KITA Senju", "Station: NAKA Meguro, then KITA Senju"],
    ["Firmware UPDATE Done", "Firmware UPDATE Done"],
    ["NHK News at seven", "NHK News at seven"],
  ],
  "a Chinese name in pinyin with a lower-case word after it": [
    ["Please ask Huang Zhiqiang to sign the form.", "Please ask [PERSON] to sign the form."],
    ["Wang Fang from accounting called twice.", "[PERSON] from accounting called twice."],
    ["I met Zhou Min and her manager.", "I met [PERSON] and her manager."],
    ["Renewal of the Sun Life insurance plan.", "Renewal of the Sun Life insurance plan."],
    ["The Zhou Dynasty lasted long.", "The Zhou Dynasty lasted long."],
    ["The Li Ning store on the corner.", "The Li Ning store on the corner."],
  ],
});

/**
 * Latin-script name classes the twenty-fifth set leaked (issue 13), each with the look-alikes beside it that must stay.
 * Values are made up here, not a set's.
 */
const twentyFifthSetClasses: Record<string, MaskingCase[]> = {
  "a Japanese given name in romaji before a foreign or unlisted last name": [
    ["　Ayaka Kahananui（旧姓 小国）", "　[PERSON]（旧姓 [PERSON]）"],
    ["Contact Yumi Lefèvre for the keys.", "Contact [PERSON] for the keys."],
    ["担当: Haruka Okonkwo-Brandt さん", "担当: [PERSON] さん"],
    ["Guest: Kenji Schneider, room 402", "Guest: [PERSON], room 402"],
    ["- Fixer: Reina Shirakawago (白川郷 玲奈), 070 2284 6615", "- Fixer: [PERSON] (白川郷 玲奈), [PHONE]"],
    ["Guest Ayumi Kawaguchiko (河口湖 歩)", "Guest [PERSON] (河口湖 歩)"],
  ],
  "a romaji given name before a Japanese word, a firm's or a place's word: kept": [
    ["We visited Hikari Tsushin and Mirai Kasei.", "We visited Hikari Tsushin and Mirai Kasei."],
    ["We visited Hikari Tsushin (光通信) today.", "We visited Hikari Tsushin (光通信) today."],
    ["Sora Onsen is open till 22:00.", "Sora Onsen is open till 22:00."],
    ["Order from Sakura Bakery today.", "Order from Sakura Bakery today."],
    ["The Akira Award goes to the team.", "The Akira Award goes to the team."],
    ["Asahi Kasei, Kirin Holdings and Suntory reported.", "Asahi Kasei, Kirin Holdings and Suntory reported."],
    ["Haruka Station is closed.", "Haruka Station is closed."],
    ["Hikari Denki Kogyo, version 2.4.1", "Hikari Denki Kogyo, version 2.4.1"],
    ["衣裳は Mayumi Bridal 京都店 9:00 入り", "衣裳は Mayumi Bridal 京都店 9:00 入り"],
    ["Lars Berg (COO of Hikari Goods)", "[PERSON] (COO of Hikari Goods)"],
  ],
  "a first name alone signing after a dash, below a sentence": [
    ["Thanks, Claude!\n— Ingrid", "Thanks, [PERSON]!\n— [PERSON]"],
    ["The parcel came today.\n-- Oksana", "The parcel came today.\n-- [PERSON]"],
    ["Great work on the bed!\n— Sofia", "Great work on the bed!\n— [PERSON]"],
    ["See the notes.\n— Paris", "See the notes.\n— Paris"],
    ["Call me back.\n— Chrome", "Call me back.\n— Chrome"],
    ["Thanks again!\n- Summary", "Thanks again!\n- Summary"],
  ],
  "a firm's or a group's word after a sign-off's name: kept": [
    ["Thanks, Siemens team", "Thanks, Siemens team"],
    ["Cheers, Bosch folks, see you Monday.", "Cheers, Bosch folks, see you Monday."],
    ["Regards, Kowalski team", "Regards, Kowalski team"],
    ["Thanks, Priscila", "Thanks, [PERSON]"],
    ["Best regards, Ingrid Lindqvist", "Best regards, [PERSON]"],
  ],
  "a first name that is an English word too, before a listed last name inside a sentence": [
    ["I left it in the laptop of Hunter Kowalczyk yesterday.", "I left it in the laptop of [PERSON] yesterday."],
    ["The report went to Frank Wiśniewski on Monday.", "The report went to [PERSON] on Monday."],
    ["we met Summer Nguyen at the desk", "we met [PERSON] at the desk"],
    ["We planted the Rose Jones garden.", "We planted the Rose Jones garden."],
  ],
  "a buddy's label is the word: kept": [
    ["Buddy: Hiroshi Tanaka", "Buddy: [PERSON]"],
    ["Buddy: Lena Fischer\nMentor: Kofi Mensah", "Buddy: [PERSON]\nMentor: [PERSON]"],
    ["I gave it to Buddy yesterday.", "I gave it to Buddy yesterday."],
  ],
  "a French or German title before a name": [
    ["Mme Akemi Lefèvre", "Mme [PERSON]"],
    ["Mme Lefèvre a appelé.", "Mme [PERSON] a appelé."],
    ["Mlle Chloé Bernard, 3e étage", "Mlle [PERSON], 3e étage"],
    ["Frau Anke Vogel ruft zurück.", "Frau [PERSON] ruft zurück."],
    ["Mme Support", "Mme Support"],
  ],
  "a listed first name's possessive before what a person has": [
    ["Mihail's bag was left at the desk.", "[PERSON]'s bag was left at the desk."],
    ["Radu's new phone is in the drawer.", "[PERSON]'s new phone is in the drawer."],
    ["Claire's Accessories opened.", "Claire's Accessories opened."],
    ["McDonald's account manager", "McDonald's account manager"],
    ["Paris's number one", "Paris's number one"],
  ],
  "a Latvian word (ē, ņ) alone where a name stands": [
    ["Prēdele joined the team.", "[PERSON] joined the team."],
    ["Zariņa approved the leave.", "[PERSON] approved the leave."],
    ["Tēnā koe", "Tēnā koe"],
  ],
  "a romaji name surname first with a comma": [
    ["- Slip 7 — Nishikawa, Yuma (西川 佑真), mobile 090 4726 1183.", "- Slip 7 — [PERSON] ([PERSON]), mobile [PHONE]."],
    ["Crew: Ishikawa, Haruto; arrives Friday", "Crew: [PERSON]; arrives Friday"],
    ["Holder Nakagawa, Takumi", "Holder [PERSON]"],
    ["We ship to Osaka, Kyoto and Kobe.", "We ship to Osaka, Kyoto and Kobe."],
    ["Honda, Toyota, Mazda", "Honda, Toyota, Mazda"],
    ["Sapporo, Hokkaido", "Sapporo, Hokkaido"],
    ["Kamakura, Hayama", "Kamakura, Hayama"],
    ["Chiba, Sora Park", "Chiba, Sora Park"],
  ],
};

describeMaskingClasses("Latin names of the twenty-fifth set's round (issue 13)", twentyFifthSetClasses);
