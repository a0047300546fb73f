import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Latin-script names the thirty-first to thirty-seventh sets leaked (issue 13, round 38r): a Vietnamese given name
 * recurring after a two-letter family name, a given name spelt with an ʻokina and its plain spelling, a family name's
 * particle before a found name, a reply signed with a desk in brackets, a roster's name with a middle initial before a
 * date of birth, a name after a flatmate's word, less common Vietnamese and Chinese family names, a romaji name signing
 * before より, a given name joined by and with its possessive, South Asian given names the lists lacked, a given name that
 * is a word where its initial is written with the family name, an initial and a name quoted to be engraved. Each class
 * with the look-alikes it must keep.
 */
describeMaskingClasses("Latin names of round 38r", {
  "the last word of a found name led by a two-letter family name is masked where it recurs; an English word or a two-word name's keeps": [
    ["Guest: Võ Thị Lan (room 4). Lan asked for a late checkout.", "Guest: [PERSON] (room 4). [PERSON] asked for a late checkout."],
    ['[10:02] Coach: Lê Quang Vinh joins Monday.\n[10:05] Parent: can Vinh\'s bus stop at the gym?', "[10:02] Coach: [PERSON] joins Monday.\n[10:05] Parent: can [PERSON]'s bus stop at the gym?"],
    ["| 3 | Đỗ Văn Hung | DOB 2009-04-02 |\nHung the banner by the door.", "| 3 | [PERSON] | DOB [DATE_OF_BIRTH] |\nHung the banner by the door."],
    ["Ho Chi Minh City office; Van Ness Avenue branch.", "Ho Chi Minh City office; Van Ness Avenue branch."],
  ],
  "a given name spelt with an ʻokina before a found family name is masked, and its plain spelling later; a place's ʻokina keeps": [
    ["| 7 | Keʻalohi Akana | US | Main 2 | Malia Akana (mother) |\n\nKealohi asked for the plain spelling.", "| 7 | [PERSON] [PERSON] | US | Main 2 | [PERSON] (mother) |\n\n[PERSON] asked for the plain spelling."],
    ['row,Keʻalohi Makoa,US,"guardian Malia Makoa"', 'row,[PERSON] [PERSON],US,"guardian [PERSON]"'],
    ["Retreat at Hawaiʻi Volcanoes, then a day in Oʻahu and Kauaʻi.", "Retreat at Hawaiʻi Volcanoes, then a day in Oʻahu and Kauaʻi."],
  ],
  "a family name's particle capitalised before a found name is masked with it; a brand's or a band's particle keeps": [
    ["Registered: Dos Reis Marcelo（ドス レイス マルセロ）", "Registered: [PERSON] [PERSON]（[PERSON]）"],
    ["| 2 | Dos Reis Marcelo | trainee |", "| 2 | [PERSON] [PERSON] | trainee |"],
    ["Trainee: Da Silva Bruno, card renewal.", "Trainee: [PERSON] [PERSON], card renewal."],
    ["Dos Equis on tap, De Beers in the window, Van Halen on the radio.", "Dos Equis on tap, De Beers in the window, Van Halen on the radio."],
  ],
  "a reply signed after its last sentence by a surname and its desk in brackets is masked; a place's or a word's keeps": [
    ["Please bring your ID. Pick-up Mon–Sat. — Imamura (front desk)", "Please bring your ID. Pick-up Mon–Sat. — [PERSON] (front desk)"],
    ["受付は 18 時までです. — Okada（受付）", "受付は 18 時までです. — [PERSON]（受付）"],
    ["Dinner at 7. — Tokyo (HQ)", "Dinner at 7. — Tokyo (HQ)"],
    ["Closed on Sunday. — Summary (PTA)", "Closed on Sunday. — Summary (PTA)"],
  ],
  "a roster's surname, comma and given name with a middle initial before a date of birth is masked; a town and its country keep": [
    ["BIB 9  Okoro, Daniel T.        DOB 2008-01-02", "BIB [PERSONAL_ID]  [PERSON]        DOB [DATE_OF_BIRTH]"],
    ["| 4 | Okoro, Daniel T. | DOB 2008-01-02 |", "| 4 | [PERSON] | DOB [DATE_OF_BIRTH] |"],
    ["Paris, France DOB unknown; Tokyo, Japan born 1990.", "Paris, France DOB unknown; Tokyo, Japan born 1990."],
  ],
  "a name after a flatmate's word and a possessive, three words too, is masked; the word before a thing keeps": [
    ["Members: the host's flatmate Ravi Menon +81 70 1111 2222", "Members: the host's flatmate [PERSON] [PHONE]"],
    ["Ken's mother Okabe Lind Mariko, 045-111-2222.", "[PERSON]'s mother [PERSON], [PHONE]."],
    ["The studio's roommate policy; her flatmate Agreement Form.", "The studio's roommate policy; her flatmate Agreement Form."],
  ],
  "a Vietnamese name led by a less common family name is masked; a street named after one keeps": [
    ["[2026-11-13 16:33] Giap Van Khoa: chào anh", "[2026-11-13 16:33] [PERSON]: chào anh"],
    ['{"question": "Thach Minh Tuan asked for a refund."}', '{"question": "[PERSON] asked for a refund."}'],
    ["Office on Trieu Hung Dao Street.", "Office on Trieu Hung Dao Street."],
  ],
  "a message signed by one romaji name before より after its last sentence is masked; a place or a firm before より keeps": [
    ["お礼を伝えてください。Haruka より", "お礼を伝えてください。[PERSON] より"],
    ["[PERSON]さんへ。Kenji より", "[PERSON]さんへ。[PERSON] より"],
    ["荷物は Tokyo より届きました。Amazon より発送。Thank you. Osaka より", "荷物は Tokyo より届きました。Amazon より発送。Thank you. Osaka より"],
  ],
  "a listed given name joined by and with its possessive after a found name is masked; a place's possessive keeps": [
    ["- Backup: Priya from the sponsor team; she also handles Lukas and Chiamaka's hotel swap.", "- Backup: [PERSON] from the sponsor team; she also handles [PERSON] and [PERSON]'s hotel swap."],
    ['{"answer": "[10:04] Desk: Mr. Haddad and Nomsa\'s bags are in room 3."}', '{"answer": "[10:04] Desk: Mr. [PERSON] and [PERSON]\'s bags are in room 3."}'],
    ["Members: Kumar and Nepal's office.", "Members: Kumar and Nepal's office."],
  ],
  "a Chinese name in pinyin led by a less common family name is masked; a word pair of pinyin keeps": [
    ["clients: Sarah Goldfarb, Ethan Goldfarb, Wen Jiahui, Rohan Kapadia.", "clients: [PERSON], [PERSON], [PERSON], [PERSON]."],
    ["row,Bai Ling,guide", "row,[PERSON],guide"],
    ["Yin Yang tattoo; Qi Gong class on Fridays.", "Yin Yang tattoo; Qi Gong class on Fridays."],
  ],
  "a South Asian given name the lists lacked is masked before its family name; a region's name keeps": [
    ["| Sushila Thapa Magar | shorts programme | 090-1234-5678 |", "| [PERSON] | shorts programme | [PHONE] |"],
    ["Emergency: the host's flatmate Deepa Iyer 070-1234-5678", "Emergency: the host's flatmate [PERSON] [PHONE]"],
    ["Tour of Kerala and Tamil Nadu, Deepavali sweets.", "Tour of Kerala and Tamil Nadu, Deepavali sweets."],
  ],
  "a given name that is a word too before a found family name is masked where the text writes that name after its initial; without the initial it keeps": [
    ["Ladder: T. Okabe d. P. Lindqvist 6-3.\n- Per Lindqvist's new address is on file.\nMen's A: 1 Per Lindqvist / 2 T. Okabe", "Ladder: [PERSON] d. [PERSON] 6-3.\n- [PERSON] [PERSON]'s new address is on file.\nMen's A: 1 [PERSON] [PERSON] / 2 [PERSON]"],
    ["Mr. Lindqvist called. Per Lindqvist's request, the form is resent.", "Mr. [PERSON] called. Per [PERSON]'s request, the form is resent."],
  ],
  "an initial and a romaji name in capitals quoted after the word that asks for it to be engraved is masked; a size's or a metal's code keeps": [
    ["名入れは「K.KOGA」。受取 12/3", "名入れは「[PERSON]」。受取 12/3"],
    ["[10:05] Desk: 名入れは「R.ONO」で承りました。", "[10:05] Desk: 名入れは「[PERSON]」で承りました。"],
    ["<dd>刻印した名前 <q>T.HARUKI</q> と同じ</dd>", "<dd>刻印した名前 <q>[PERSON]</q> と同じ</dd>"],
    ["刻印した名前 T.HARUKI と同じ刻印を希望", "刻印した名前 [PERSON] と同じ刻印を希望"],
    ["名前欄 A.BC は型番、名前 M.SIZE と同じ", "名前欄 A.BC は型番、名前 M.SIZE と同じ"],
    ["サイズ名入れ「M.SIZE」、刻印「S.925」", "サイズ名入れ「M.SIZE」、刻印「S.925」"],
  ],
  "a family's surname after host family, and a family introducing itself in the plural, is masked; a programme's, a place's or a song's word keeps": [
    ["own phone 070 1111 2222; host family Lindqvist (045-561-0000),", "own phone [PHONE]; host family [PERSON] ([PHONE]),"],
    ["| host family: Lindqvist | 2 weeks |", "| host family: [PERSON] | 2 weeks |"],
    ['"Hi! We\'re the Verhoevens, staying at Hotel Sun. Mobile 090-1111-2222"', '"Hi! We\'re the [PERSON], staying at Hotel Sun. Mobile [PHONE]"'],
    ["We are the Champions; host family Program; host family Tokyo.", "We are the Champions; host family Program; host family Tokyo."],
  ],
});
