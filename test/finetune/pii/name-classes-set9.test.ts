import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * The name classes the ninth held-out set missed (issue 13), each with the look-alikes beside it that must stay:
 * firms, products, places, English words that are names too, column headings. Values are made up here, not the set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a romaji honorific after a name, which recurs without it": [
    ["Hi Kaori-san,\n\nthanks.\n\nKaori,\n\nI agree.", "Hi [PERSON]-san,\n\nthanks.\n\n[PERSON],\n\nI agree."],
    ["Dear Tanaka-sensei, the Sensei Cup is on Friday.", "Dear [PERSON]-sensei, the Sensei Cup is on Friday."],
  ],
  "a surname, a space and a given name the dictionary lacks, before an honorific": [
    ["お子様 竹内 陽向 くん（3歳）お子様ランチ", "お子様 [PERSON] くん（3歳）お子様ランチ"],
    ["山田 支店 様、佐藤 製薬 さん、森 本店 様", "山田 支店 様、佐藤 製薬 さん、森 本店 様"],
  ],
  "a surname and a hiragana given name with a space between": [
    ["当院の\n深川 さくら（s-f@example.jp）が連絡します。", "当院の\n[PERSON]（[EMAIL]）が連絡します。"],
    ["山田 ひかりがご案内します。", "[PERSON]がご案内します。"],
    ["本田 まで。上野 から。東京 さくら通り", "本田 まで。上野 から。東京 さくら通り"],
  ],
  "a child's given name after the child's place in the family": [
    ["長女 結奈 の番号、次男：大翔 の分", "長女 [PERSON] の番号、次男：[PERSON] の分"],
    ["長男の太郎が来ます", "長男の[PERSON]が来ます"],
    ["長女 さくら の番号、孫 大翔 の分、長男・悠真", "長女 [PERSON] の番号、孫 [PERSON] の分、長男・[PERSON]"],
    ["長男 まで、孫 から、長女 です、孫の手、孫請け、子孫 大成、長男・長女の行事", "長男 まで、孫 から、長女 です、孫の手、孫請け、子孫 大成、長男・長女の行事"],
    ["長女 美術部 の件。次女 受験 の件。孫 誕生。長女 大学 合格。次男 高校 受験", "長女 美術部 の件。次女 受験 の件。孫 誕生。長女 大学 合格。次男 高校 受験"],
    ["長男 大地 が来た", "長男 [PERSON] が来た"],
    ["長女 誕生のお知らせ。長男の入学式。次女の結婚式。息子の学校。長女 出産。", "長女 誕生のお知らせ。長男の入学式。次女の結婚式。息子の学校。長女 出産。"],
  ],
  "Vietnamese full names by their family and middle names": [
    ["> Tran Thi Bich Ngoc 様\nHer father Mr. Pham Van Duc asked. 私はDo Thi Hoaです。", "> [PERSON] 様\nHer father Mr. [PERSON] asked. 私は[PERSON]です。"],
    ["保護者 NGUYEN VAN LONG 氏、Vũ Thị Hạnh（070-0000-0000）", "保護者 [PERSON] 氏、[PERSON]（[PHONE]）"],
    ["Meet at Nguyen Hue Boulevard near Tran Hung Dao Street; Le Monde and Do Not Disturb; Pham Office Supplies", "Meet at Nguyen Hue Boulevard near Tran Hung Dao Street; Le Monde and Do Not Disturb; Pham Office Supplies"],
    ["Dang Quang Huy and Bui Thi Mai came; the VU meter read high, Vu Meter, Phan Rang.", "[PERSON] and [PERSON] came; the VU meter read high, Vu Meter, Phan Rang."],
  ],
  "Korean and Chinese names with a hyphened given name": [
    ["社内：Kim Min-jun の件、Chen Yi-ting と Seo-yeon Park も参加。KIM Ji-hoon", "社内：[PERSON] の件、[PERSON] と [PERSON] も参加。[PERSON]"],
    ["Customer Follow-up, Park Check-in, Lee Sign-off, Han Roll-out, Daily Stand-up", "Customer Follow-up, Park Check-in, Lee Sign-off, Han Roll-out, Daily Stand-up"],
  ],
  "a Japanese name in romaji by the dictionary's readings": [
    ["Ask Haruka Nishide in IT (ext. 4127). Watanabe Kenta agreed.", "Ask [PERSON] in IT (ext. 4127). [PERSON] agreed."],
    ["Sumitomo Mitsui and Asahi Kasei; Home Base, Tokyo Tower, Kobe Steel, Sato Coffee Roasters", "Sumitomo Mitsui and Asahi Kasei; Home Base, Tokyo Tower, Kobe Steel, Sato Coffee Roasters"],
    ["The officer met YAMADA Taro and Hanako SUZUKI at the gate.", "The officer met [PERSON] and [PERSON] at the gate."],
    ["SAKURA HOTEL, TOKYO OSAKA, MINE NOTE, ASAHI KASEI, SUMITOMO MITSUI", "SAKURA HOTEL, TOKYO OSAKA, MINE NOTE, ASAHI KASEI, SUMITOMO MITSUI"],
    ["Naka Meguro, Kita Senju, Minami Aoyama, NAKA Meguro, Sakura Sakura, Sakura Mochi, Takeda Yakuhin", "Naka Meguro, Kita Senju, Minami Aoyama, NAKA Meguro, Sakura Sakura, Sakura Mochi, Takeda Yakuhin"],
  ],
  "a romaji surname starting a clause before from and the side it speaks for": [
    ["Yamashita from the client asks where to send it.", "[PERSON] from the client asks where to send it."],
    ["Flights to Osaka from Tokyo. Kyoto from above.", "Flights to Osaka from Tokyo. Kyoto from above."],
  ],
  "a firm named after a person found": [
    ["One merchant called —\nSato from Sato Coffee Roasters (merchant ID 1), call-back 03-0000-0000.", "One merchant called —\n[PERSON] from Sato Coffee Roasters (merchant ID 1), call-back [PHONE]."],
    ["Mr. Okafor called. Okafor Dental Clinic (tel 03-1234-5678) is his.", "Mr. [PERSON] called. Okafor Dental Clinic (tel [PHONE]) is his."],
  ],
  "a name before a clinician's credential": [
    ["| Ward nurse in charge | Nao Kitajima, RN |\nSigned: Aoife Byrne, MD, PhD", "| Ward nurse in charge | [PERSON], RN |\nSigned: [PERSON], MD, PhD"],
    ["Reviewed by Jane Whitlock, CPA and Tom Reyes, JD", "Reviewed by [PERSON], CPA and [PERSON], JD"],
    ["Silver Spring, MD 20910; Ocean City, MD; Acme Health, MD", "Silver Spring, MD [POSTAL_CODE]; Ocean City, MD; Acme Health, MD"],
  ],
  "a name before its date of birth": [
    ["details for Chidi Nwosu: DOB 1991-07-14", "details for [PERSON]: DOB [DATE_OF_BIRTH]"],
    ["DOYLE, Mary Catherine (DOB 1950-01-02) was admitted.", "[PERSON] (DOB [DATE_OF_BIRTH]) was admitted."],
    ["Customer Portal: DOB field, Date Format: date of birth", "Customer Portal: DOB field, Date Format: date of birth"],
    ["Please send Full Name, DOB and address. Columns: Last Name, First Name, DOB. Legal Name (DOB) required.", "Please send Full Name, DOB and address. Columns: Last Name, First Name, DOB. Legal Name (DOB) required."],
  ],
  "a Latin name after a Japanese role known by its form": [
    ["請求者 Lucas Moreau（ルーカス・モロー）、候補者 Kim Ji-woo さん", "請求者 [PERSON]（[PERSON]）、候補者 [PERSON] さん"],
    ["開発者 Developer Tools、管理者 Admin Console、利用者 Google Workspace、購入者 Nintendo Switch を登録、参加者 Open House", "開発者 Developer Tools、管理者 Admin Console、利用者 Google Workspace、購入者 Nintendo Switch を登録、参加者 Open House"],
  ],
  "a Latin name and its rendering in brackets beside an honorific": [
    ["候補 Choi Min-jun（チェ・ミンジュン）さん、| 患者氏名 | オブライエン ショーン 様（Sean OBrien） |", "候補 [PERSON]（[PERSON]）さん、| 患者氏名 | [PERSON] 様（[PERSON]） |"],
    ["お客様（English Speaking）、皆様（All Members）、Microsoft Teams（チームズ）様", "お客様（English Speaking）、皆様（All Members）、Microsoft Teams（チームズ）様"],
  ],
  "a Latin name before its phone number or e-mail after a colon": [
    ["Ops contact for the swap: Piotr Nowak, +81 3 0000 4421, p.nowak@example.jp.", "Ops contact for the swap: [PERSON], [PHONE], [EMAIL]."],
    ["Shop: Kyoto Station, 075-000-0000; Head Office: Tokyo Office, 03-0000-0000", "Shop: Kyoto Station, [PHONE]; Head Office: Tokyo Office, [PHONE]"],
    ["Venue: Grand Hyatt, 03-4333-1234. Store: Shibuya Parco, 03-1111-2222", "Venue: Grand Hyatt, [PHONE]. Store: Shibuya Parco, [PHONE]"],
  ],
  "a relative's name after a possessive and the relative's word": [
    ["The patient's daughter-in-law, Siobhan, rang. Her son Declan came.", "The patient's daughter-in-law, [PERSON], rang. Her son [PERSON] came."],
    ["her mother tongue, my wife and I, her son’s school, Brother Printer, Sister Act, our partner Deloitte Japan", "her mother tongue, my wife and I, her son’s school, Brother Printer, Sister Act, our partner Deloitte Japan"],
  ],
  "a relative named by the relation in brackets or after a kin label": [
    ["| Next of kin | Cormac Byrne (son), +353 87 000 0000 |\nEmergency contact: Maeve Doyle (daughter). Guardian: Tom Reyes", "| Next of kin | [PERSON] (son), [PHONE] |\nEmergency contact: [PERSON] (daughter). Guardian: [PERSON]"],
    ["Parent (guardian) portal; Apple Inc (parent); Spouse: Not Applicable; Next of kin: Same As Above", "Parent (guardian) portal; Apple Inc (parent); Spouse: Not Applicable; Next of kin: Same As Above"],
  ],
  "a surname in capitals, a comma and the given names after a person's label": [
    ["| Patient | DOYLE, Mary Catherine |\nResident: O'NEILL, Sean", "| Patient | [PERSON] |\nResident: [PERSON]"],
    ["| Field | Value |\n| Patient | see below |\nLocation: TOKYO, Japan\nNOTE, Please call", "| Field | Value |\n| Patient | see below |\nLocation: TOKYO, Japan\nNOTE, Please call"],
    ["Employee: ALL, Please read. Member: NOTE, See below. Guest: WIFI, Password here.", "Employee: ALL, Please read. Member: NOTE, See below. Guest: WIFI, Password here."],
  ],
  "a person's part in a case before a full name": [
    ["Candidate Maria Luisa Ferreira asked; the patient Brigid Kelly rang", "Candidate [PERSON] asked; the patient [PERSON] rang"],
    ["the Applicant Tracking System, the Patient Portal Login, Candidate Experience Survey", "the Applicant Tracking System, the Patient Portal Login, Candidate Experience Survey"],
    ["Patient Safety Officer. Tenant Improvement Allowance. Patient Registration Desk. Applicant Wellness Program", "Patient Safety Officer. Tenant Improvement Allowance. Patient Registration Desk. Applicant Wellness Program"],
  ],
};

describeMaskingClasses("the ninth held-out set's name classes", classes);
