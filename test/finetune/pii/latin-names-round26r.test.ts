import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Latin-script name classes taken in the round after the twenty-sixth set (issue 13), each with the look-alikes beside
 * it that must stay. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a chat export's speaker in one word after its date and time stamp": [
    ["[2027-01-04 09:12] Linh: 明日の集合は何時ですか？", "[2027-01-04 09:12] [PERSON]: 明日の集合は何時ですか？"],
    ["[2027-01-04 09:12] Bartosz: is the van booked?", "[2027-01-04 09:12] [PERSON]: is the van booked?"],
    ["2027/01/04 21:40 Thiago: cheguei", "2027/01/04 21:40 [PERSON]: cheguei"],
    ["[18:05] Siobhan: on my way", "[18:05] [PERSON]: on my way"],
    ["[2027-01-04 09:12] Deploy: finished in 42 s", "[2027-01-04 09:12] Deploy: finished in 42 s"],
    ["[2027-01-04 09:12] Backup: 3 files copied", "[2027-01-04 09:12] Backup: 3 files copied"],
    ["[10:03] Server: restarted", "[10:03] Server: restarted"],
    ["[2027-01-04 09:12] Reminder: 会議は10時", "[2027-01-04 09:12] Reminder: 会議は10時"],
    ["[2027-01-04 09:12] Nginx: reload ok", "[2027-01-04 09:12] Nginx: reload ok"],
    ["[2027-01-04 09:12] Info: started v2.3.1", "[2027-01-04 09:12] Info: started v2.3.1"],
    ["[2027-01-04 09:12] Osaka: 晴れ 12℃", "[2027-01-04 09:12] Osaka: 晴れ 12℃"],
  ],
  "a listed one-word name before ちゃん or くん, written close too": [
    ["Linhちゃんの部屋を準備中です", "[PERSON]ちゃんの部屋を準備中です"],
    ["明日は Thuy くんが来ます", "明日は [PERSON] くんが来ます"],
    ["Python 先生に聞く", "Python 先生に聞く"],
    ["Pepper くんが案内します", "Pepper くんが案内します"],
    ["Alexa ちゃんに頼んだ", "Alexa ちゃんに頼んだ"],
    ["Tokyo くんの着ぐるみ", "Tokyo くんの着ぐるみ"],
  ],
  "a one-word given name after a son's or a daughter's word by birth order": [
    ["息子 Kauan くん（堅信クラス）", "息子 [PERSON] くん（堅信クラス）"],
    ["長女 Giulia は 8 歳", "長女 [PERSON] は 8 歳"],
    ["次男 Mateus の送迎", "次男 [PERSON] の送迎"],
    ["息子 iPhone を欲しがる", "息子 iPhone を欲しがる"],
    ["長男 Nintendo Switch を購入", "長男 Nintendo Switch を購入"],
    ["長女 Google で検索", "長女 Google で検索"],
  ],
  "an Irish family name's apostrophe: the family and given names recur alone": [
    ["| O'Connor, Patrick | 2 adults |\nPatrick's bag. The O'Connor boys.", "| [PERSON] | 2 adults |\n[PERSON]'s bag. The [PERSON] boys."],
    ["Guest: Ciarán O'Donnell\nCiarán called; O'Donnell paid.", "Guest: [PERSON]\n[PERSON] called; [PERSON] paid."],
    ["Guest: Ciarán O'Donnell\nO'Reilly Auto Parts invoice 4471", "Guest: [PERSON]\nO'Reilly Auto Parts invoice 4471"],
    ["Order from O'Neill Sports, 2 jackets", "Order from O'Neill Sports, 2 jackets"],
  ],
  "a family name, a comma and the given names after a list's bullet": [
    ["  - Reyes, Maricel — 会費 3,000円", "  - [PERSON] — 会費 3,000円"],
    ["・Brennan, Colleen M.（会計）", "・[PERSON]（会計）"],
    ["• Lindqvist, Anna", "• [PERSON]"],
    ["- Lima, Peru — trip", "- Lima, Peru — trip"],
    ["・Tokyo, Japan", "・Tokyo, Japan"],
    ["- Washington, D.C. — trip", "- Washington, D.C. — trip"],
    ["* Note, Action items", "* Note, Action items"],
  ],
  "an East Asian family name in capitals before a Hong Kong given name of two syllables, or before its Chinese writing": [
    ["| CHAN Siu Ming, Priscilla | 2 adults |", "| [PERSON], [PERSON] | 2 adults |"],
    ["Tenant: WONG Ka Yan", "Tenant: [PERSON]"],
    ["Applicants: LI Na (李 娜) and LIU Bin (刘 斌)", "Applicants: [PERSON] ([PERSON]) and [PERSON] ([PERSON])"],
    ["ZHAO Min 10 sec", "ZHAO Min 10 sec"],
    ["PARK Avenue Tower", "PARK Avenue Tower"],
    ["visit HONG Kong Disney", "visit HONG Kong Disney"],
    ["HO Chi Minh City", "HO Chi Minh City"],
  ],
  "a Māori family name after Te, the given name in no list": [
    ["| BK-2210 | Mereana Te Whata | 1 adult |", "| BK-2210 | [PERSON] | 1 adult |"],
    ["Hemi Te Awa paid the deposit", "[PERSON] paid the deposit"],
    ["| BK-2210 | Tama Te Rangi | 1 adult |\nTama brought his own skis.", "| BK-2210 | [PERSON] | 1 adult |\n[PERSON] brought his own skis."],
    ["Museum of New Zealand Te Papa Tongarewa", "Museum of New Zealand Te Papa Tongarewa"],
    ["We drove to Lake Te Anau", "We drove to Lake Te Anau"],
    ["Tainui Te Awamutu branch", "Tainui Te Awamutu branch"],
  ],
  "a child's given name with its age in brackets, or with its family's name and a word for the child": [
    ["Her younger son (Oisín, 6) lost a glove.", "Her younger son ([PERSON], 6) lost a glove."],
    ["kids (Mia, 5)", "kids ([PERSON], 5)"],
    ["Pickup: the Nakamura boy Sota and the Smith twin Oscar.", "Pickup: the Nakamura boy [PERSON] and the Smith twin [PERSON]."],
    ["Riku (the 佐藤 boy) forgot his helmet", "[PERSON] (the [PERSON] boy) forgot his helmet"],
    ["size (Large, 7)", "size (Large, 7)"],
    ["the Apple boy Genius", "the Apple boy Genius"],
    ["the new girl Aoife", "the new girl Aoife"],
    ["the Tokyo boy band", "the Tokyo boy band"],
    ["the Spice girl Power tour (1996)", "the Spice girl Power tour (1996)"],
  ],
  "a given name after an assistant's word": [
    ["Assistant Rohan will prepare the forms.", "Assistant [PERSON] will prepare the forms."],
    ["Our assistant Thandiwe called back.", "Our assistant [PERSON] called back."],
    ["Assistant Manager: 2 posts", "Assistant Manager: 2 posts"],
    ["AI assistant Alexa set a timer", "AI assistant Alexa set a timer"],
    ["our assistant Gemma drafted it", "our assistant Gemma drafted it"],
    ["Assistant Professor Kato", "Assistant Professor Kato"],
  ],
  "an initial and a family name in quotes after the name a caller or a booking gave": [
    ['Chargeback filed; name given "K. Novak".', 'Chargeback filed; name given "[PERSON]".'],
    ["The name used: “M. Rahman”, no ID shown.", "The name used: “[PERSON]”, no ID shown."],
    ['a J. Crew sweater, name given "XL"', 'a J. Crew sweater, name given "XL"'],
  ],
  "initials where a hand-over or a note is signed": [
    ["Night handover signed — R.T.", "Night handover signed — [PERSON]"],
    ["Signed: M. K. O.", "Signed: [PERSON]"],
    ["Initials: A.S. (checked 22:10)", "Initials: [PERSON] (checked 22:10)"],
    ["Signed: N.A.", "Signed: N.A."],
    ["Contract signed — U.S. office", "Contract signed — U.S. office"],
    ["Order signed - A.B. Dick copier", "Order signed - A.B. Dick copier"],
  ],
  "a name in capitals after a Japanese word for a name": [
    ["申請書の氏名は SANTOS JOSE MIGUEL DELA PAZ です", "申請書の氏名は [PERSON] です"],
    ["名前：TRAN THI MAI（旅券どおり）", "名前：[PERSON]（旅券どおり）"],
    ["背番号7、ネーム SOTA", "背番号7、ネーム [PERSON]"],
    ["ネーム TEAM ロゴ入り", "ネーム TEAM ロゴ入り"],
    ["氏名は NOT FOUND でした", "氏名は NOT FOUND でした"],
    ["ネーム加工 +770円", "ネーム加工 +770円"],
    ["ネーム TOKYO 刺繍", "ネーム TOKYO 刺繍"],
    ["ネーム SVOLME ロゴ", "ネーム SVOLME ロゴ"],
  ],
};

describeMaskingClasses("the Latin name classes of round twenty-six", classes);
