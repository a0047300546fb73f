import { describeMaskingClasses } from "../support/masking-cases.js";

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
