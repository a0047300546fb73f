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
};

describeMaskingClasses("the name classes of the nineteenth and twentieth sets' round", classes);
