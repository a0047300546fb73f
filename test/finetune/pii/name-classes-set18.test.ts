import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Name rules by class for what the eighteenth set (a development set) missed (issue 13), each with other values than
 * the set's and the look-alikes it must leave alone (expected === input, or only the name beside them masked).
 */
describeMaskingClasses("name classes of the eighteenth set", {
  "a surname in hiragana before と名乗る": [
    ["お客様：わたなべ と名乗る男性（姓のみ）", "お客様：[PERSON] と名乗る男性（姓のみ）"],
    ["電話の相手は「たかはし」と名乗った", "電話の相手は「[PERSON]」と名乗った"],
    ["お客様：ありがとう と名乗る", "お客様：ありがとう と名乗る"],
    ["「もしもし」と名乗らずに切れた", "「もしもし」と名乗らずに切れた"],
  ],
  "a katakana full name with its small kana written large, as a bank's register writes them": [
    ["振込 ダテ シヨウゴ、控えあり", "振込 [PERSON]、控えあり"],
    ["ヤマダ キヨウコ、明細", "[PERSON]、明細"],
    ["メニュー ミヨシ ヤユヨ", "メニュー ミヨシ ヤユヨ"],
    ["カード シヨウ ヒン", "カード シヨウ ヒン"],
  ],
  "a katakana given name after a kin's or a role's word and a kanji surname, whole though it starts with a listed one": [
    ["父 坂本 ジェイコブ が代理で来館", "父 [PERSON] が代理で来館"],
    ["母 山田 マリアンヌ が迎えに来た", "母 [PERSON] が迎えに来た"],
    ["担当 山田 ジェイ が対応", "担当 [PERSON] が対応"],
    ["担当 山田 センター へ", "担当 [PERSON] センター へ"],
  ],
  "a payment log's holder field with a name in capitals": [
    ["D/Checkout: exp=09/29 holder=AYA SATO", "D/Checkout: exp=09/29 holder=[PERSON]"],
    ["card_holder_name=MARIA J GARCIA, amount=100", "card_holder_name=[PERSON], amount=100"],
    ["holder = KWAME MENSAH status=ok", "holder = [PERSON] status=ok"],
    ["holder=TEST USER", "holder=TEST USER"],
    ["holder=VISA GOLD", "holder=VISA GOLD"],
    ["stakeholder=JOHN SMITH", "stakeholder=JOHN SMITH"],
  ],
  "a Latin full name before the person's job in brackets, whatever the name lists know": [
    ["Owner this week: Olufemi Adeyemi (mobile lead).", "Owner this week: [PERSON] (mobile lead)."],
    ["Escalated to Tomasz Wrzesniewski (support lead) at noon", "Escalated to [PERSON] (support lead) at noon"],
    ["Njeri Wambui Mwangi (QA intern) joined", "[PERSON] (QA intern) joined"],
    ["On call: Olufemi Adeyemi (SRE)", "On call: [PERSON] (SRE)"],
    ["Built with Visual Studio (QA lead)", "Built with Visual Studio (QA lead)"],
    ["Kubernetes Engine (platform lead)", "Kubernetes Engine (platform lead)"],
    ["Meet at Shibuya Station (station manager)", "Meet at Shibuya Station (station manager)"],
  ],
  "a Japanese name in romaji before a possessive's 's": [
    ["Reproduced on a borrowed Pixel (Yuki Horibe's, thanks).", "Reproduced on a borrowed Pixel ([PERSON]'s, thanks)."],
    ["Tested on Kenta Usami’s laptop.", "Tested on [PERSON]’s laptop."],
    ["Minami Aoyama's shops are open", "Minami Aoyama's shops are open"],
    ["Home Base's door", "Home Base's door"],
  ],
  "an unlisted surname and a listed given name filling a table's cell, its surname one kanji too": [
    ["| 11/02 | 芦刈 雅樹 | 受付済 |", "| 11/02 | [PERSON] | 受付済 |"],
    ["| 閂 里佳 | 2名 |", "| [PERSON] | 2名 |"],
    ["| 担当 | 与那嶺 文子 |", "| 担当 | [PERSON] |"],
    ["| 新 千歳 | 空港 |", "| 新 千歳 | 空港 |"],
    ["| 旧 千景 | 廃止 |", "| 旧 千景 | 廃止 |"],
    ["| 営業 花子 | 見本 |", "| 営業 花子 | 見本 |"],
    ["四十物 雅樹 の公演", "四十物 雅樹 の公演"],
  ],
  "an unlisted surname and a given name before an e-mail address as the next field, or in brackets after a long surname": [
    ["連絡先：芦刈 雅樹 ／ a.masaki@example.jp", "連絡先：[PERSON] ／ [EMAIL]"],
    ["問合せ 与那嶺 里佳 / r.yonamine@example.com まで", "問合せ [PERSON] / [EMAIL] まで"],
    ["窓口 比嘉山 亮（r.higayama@example.co.jp）", "窓口 [PERSON]（[EMAIL]）"],
    ["資料 拓（info@example.jp）", "資料 拓（[EMAIL]）"],
    ["営業 花子 ／ sales@example.jp", "営業 花子 ／ [EMAIL]"],
  ],
  "a name after a priest's, a religious' or a graduate's title, the titles with it, two stacked too": [
    ["Celebrant: Rev. Fr. Tomasz Kowalczyk (Kraków)", "Celebrant: [PERSON] (Kraków)"],
    ["Please thank Fr. Kowalczyk for the Mass.", "Please thank [PERSON] for the Mass."],
    ["Our guide will be Mgr. Jana Dvořáková from the museum.", "Our guide will be [PERSON] from the museum."],
    ["Sermon by the Revd Alison Hartwell, vicar.", "Sermon by the [PERSON], vicar."],
    ["Sr. Maria Goretti runs the clinic.", "[PERSON] runs the clinic."],
    ["Hired a Sr. Product Designer in May.", "Hired a Sr. Product Designer in May."],
    ["See Rev. History at the end of the spec.", "See Rev. History at the end of the spec."],
    ["Open Fr. 20.03. bis 18 Uhr", "Open Fr. 20.03. bis 18 Uhr"],
    ["Br. Office Manager approved it.", "Br. Office Manager approved it."],
  ],
  "a name in capitals family first in a column of guests, travellers or a passport's names, and its family name alone later": [
    [
      "| Room | Guest 1 | Guest 2 |\n|---|---|---|\n| TWN 4 | NAKAMA KENJI | NAKAMA YURI |\n| SGL 2 | SANTOS DOS REIS ANA | — |\n\nNAKAMA paid the deposit.",
      "| Room | Guest 1 | Guest 2 |\n|---|---|---|\n| TWN 4 | [PERSON] | [PERSON] |\n| SGL 2 | [PERSON] | — |\n\n[PERSON] paid the deposit.",
    ],
    [
      "Passenger,Passport No.,Seat\nKOWALSKI TOMASZ,EP1234567,12A\nYAMASHIRO AOI,TZ7654321,12B",
      "Passenger,Passport No.,Seat\n[PERSON],[PERSONAL_ID],12A\n[PERSON],[PERSONAL_ID],12B",
    ],
    [
      "| Name as in passport | Nationality |\n|---|---|\n| OYADOMARI SHINJI | JPN |",
      "| Name as in passport | Nationality |\n|---|---|\n| [PERSON] | JPN |",
    ],
    [
      "| Guest 1 | Room type | City |\n|---|---|---|\n| TWIN ROOM | NON-SMOKING | TOKYO |\n| HOTEL OKURA | KING BED | SAPPORO |",
      "| Guest 1 | Room type | City |\n|---|---|---|\n| TWIN ROOM | NON-SMOKING | TOKYO |\n| HOTEL OKURA | KING BED | SAPPORO |",
    ],
    [
      "| Hotel name | Flight |\n|---|---|\n| PARK HYATT | JL 407 |\n| ROYAL PARK | NH 203 |",
      "| Hotel name | Flight |\n|---|---|\n| PARK HYATT | JL 407 |\n| ROYAL PARK | NH 203 |",
    ],
  ],
});
