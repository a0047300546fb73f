import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Name classes the nineteenth and twentieth sets showed in the round after their measures (issue 13), each with the
 * look-alikes beside it that must stay. Values are made up here, not the sets'.
 */
const classes: Record<string, MaskingCase[]> = {
  "a reading's column right after a column of people": [
    ["| 氏名 | カナ | 種目 |\n| --- | --- | --- |\n| 須藤 琴美 | スドウ コトミ | 5km |", "| 氏名 | カナ | 種目 |\n| --- | --- | --- |\n| [PERSON] | [PERSON] | 5km |"],
    ["| 番号 | 申込者 | よみ |\n| --- | --- | --- |\n| 12 | 朴 智恩 | パク チウン |", "| 番号 | 申込者 | よみ |\n| --- | --- | --- |\n| 12 | [PERSON] | [PERSON] |"],
    ["No,氏名,カナ,備考\n1,金 敏浩,キム ミノ,初参加", "No,氏名,カナ,備考\n1,[PERSON],[PERSON],初参加"],
    ["| 品名 | カナ | 価格 |\n| --- | --- | --- |\n| 緑茶 | リョクチャ | 300円 |", "| 品名 | カナ | 価格 |\n| --- | --- | --- |\n| 緑茶 | リョクチャ | 300円 |"],
    ["| 駅名 | よみ |\n| --- | --- |\n| 仙台 | センダイ |", "| 駅名 | よみ |\n| --- | --- |\n| 仙台 | センダイ |"],
  ],
  "a romaji given name and a surname the dictionary lacks, after a sender's, a contact's or an executive's word": [
    ["Thanks again, and an apology from Haruka Tsurugaoka.", "Thanks again, and an apology from [PERSON]."],
    ["Signed off by CFO Kenta Hakodate.", "Signed off by CFO [PERSON]."],
    ["Contact person: Misaki Uzumasa", "Contact person: [PERSON]"],
    ["Dear Yumiko Otakebe,", "Dear [PERSON],"],
    ["Take the Nozomi Shinkansen from Hikari Station; a gift from Yuki Matsuri Hall; from Tokyo Osaka.", "Take the Nozomi Shinkansen from Hikari Station; a gift from Yuki Matsuri Hall; from Tokyo Osaka."],
    ["A note from Sakura Mochi fans; Chair Yuki Matsuri Committee", "A note from Sakura Mochi fans; Chair Yuki Matsuri Committee"],
  ],
  "a kanji full name's romanisation alone on the next line, as a card sets it": [
    ["山岸 美和子様の名刺\n\n所長\n山岸 美和子\nMiwako Yamagishi\nTEL", "[PERSON]様の名刺\n\n所長\n[PERSON]\n[PERSON]\nTEL"],
    ["担当：鹿目 聡子 様\n\n鹿目 聡子\nSatoko Kaname", "担当：[PERSON] 様\n\n[PERSON]\n[PERSON]"],
    ["担当：鹿目 聡子 様\n\n鹿目 聡子\nSales Team", "担当：[PERSON] 様\n\n[PERSON]\nSales Team"],
    ["担当：鹿目 聡子 様\n\n鹿目 聡子\nTokyo Office", "担当：[PERSON] 様\n\n[PERSON]\nTokyo Office"],
  ],
  "a name right before an e-mail address its local part spells": [
    ["| R-12 | Orla Ní Bhriain | orla.nibhriain@example.ie | access |", "| R-12 | [PERSON] | [EMAIL] | access |"],
    ["| R-14 | Fenella Ó Dubhda | f.odubhda@example.ie | access |", "| R-14 | [PERSON] | [EMAIL] | access |"],
    ["ログインできない（仲宗根、nakasone.y@example.jp）", "ログインできない（[PERSON]、[EMAIL]）"],
    ["| 3 | Customer Support | customer.support@shop.example.com |", "| 3 | Customer Support | [EMAIL] |"],
    ["Kurabe Shop | kurabe.shop@example.com", "Kurabe Shop | [EMAIL]"],
    ["窓口（総務、soumu@example.jp）", "窓口（総務、[EMAIL]）"],
  ],
  "a kanji surname and a given name of katakana and 子": [
    ["巣が軒下に。陣内 ハル子（一人暮らし）から電話。", "巣が軒下に。[PERSON]（一人暮らし）から電話。"],
    ["入居者 森ハナ子、妹 佐々木 ヨシ子 と同居。", "入居者 [PERSON]、妹 [PERSON] と同居。"],
    ["昨日トシ子から電話。電子レンジ、東京タワー子供料金、新品ネジ子。", "昨日トシ子から電話。電子レンジ、東京タワー子供料金、新品ネジ子。"],
  ],
  "a surname before an honorific, whole where the dictionary splits it, not a maker named after one": [
    ["暗証番号は送信済み。鴨志田 様は解約済み。", "暗証番号は送信済み。[PERSON] 様は解約済み。"],
    ["森志田様にも連絡。故山田様の件。", "[PERSON]様にも連絡。故[PERSON]様の件。"],
    ["伊東製陶 様宛で集荷。野口製麺所 様、山田製菓 様。", "伊東製陶 様宛で集荷。野口製麺所 様、山田製菓 様。"],
  ],
  "a romaji surname before an arrow to a found name": [
    ["判断を Horikawa → 西沢 千春 課長へ。", "判断を [PERSON] → [PERSON] 課長へ。"],
    ["担当替え：Nakazato → 佐伯 さん", "担当替え：[PERSON] → [PERSON] さん"],
    ["状態：Draft → 佐藤 さん確認、Osaka → 田中 様", "状態：Draft → [PERSON] さん確認、Osaka → [PERSON] 様"],
  ],
  "a given name alone after a contact's label": [
    ["Contact person Shiori at desk", "Contact person [PERSON] at desk"],
    ["Contact: Priya for keys.", "Contact: [PERSON] for keys."],
    ["Contact Sales today; contact Tokyo office.", "Contact Sales today; contact Tokyo office."],
  ],
};

describeMaskingClasses("the name classes of the nineteenth and twentieth sets' round", classes);
