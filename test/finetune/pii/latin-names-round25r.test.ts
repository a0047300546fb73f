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
  "a Chinese name in pinyin with a lower-case word after it": [
    ["Please ask Huang Zhiqiang to sign the form.", "Please ask [PERSON] to sign the form."],
    ["Wang Fang from accounting called twice.", "[PERSON] from accounting called twice."],
    ["I met Zhou Min and her manager.", "I met [PERSON] and her manager."],
    ["Renewal of the Sun Life insurance plan.", "Renewal of the Sun Life insurance plan."],
    ["The Zhou Dynasty lasted long.", "The Zhou Dynasty lasted long."],
    ["The Li Ning store on the corner.", "The Li Ning store on the corner."],
  ],
});
