import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Names in Latin, Cyrillic and Thai letters of round 43r (issue 13): a family name of the lists after a given name found
 * alone; a relative's word and the name after it across a wrapped line; a person brought in by what they are called; a
 * Hong Kong name by its hyphened given name; two family names, a comma and a given name before a note in brackets; a
 * Chinese or Korean name in capitals in brackets after its own writing; a Thai name by its title or its romanisation
 * beside it; a Russian name greeted on a cake or a card. And a travel or a hire firm's name after a founder's name or a
 * catchword, which names no one. Each rule both ways.
 */
describeMaskingClasses("Latin, Cyrillic and Thai names of round 43r", {
  "a family name of the lists after a given name found alone is the same person's": [
    ["She booked under her maiden name Deepika Sharma, now Deepika Rao.", "She booked under her maiden name [PERSON], now [PERSON]."],
    ["first name Aurelio Ferrante on the form", "first name [PERSON] on the form"],
    ["first name Aurelio Called back later", "first name [PERSON] Called back later"],
  ],
  "a relative's word and the name after it, a wrapped line's end between, name the relative": [
    ["Complaint from a parent: her\n  daughter Ivy was upset at the top.", "Complaint from a parent: her\n  daughter [PERSON] was upset at the top."],
    ["Pick-up changed: his son\nOsian comes by bus.", "Pick-up changed: his son\n[PERSON] comes by bus."],
    ["Rota for the week: her\ndaughter Group lessons moved.", "Rota for the week: her\ndaughter Group lessons moved."],
  ],
  "a person brought in by what they are called is named so": [
    ["Phone message for the desk from someone called Radka, call back.", "Phone message for the desk from someone called [PERSON], call back."],
    ["A man named Ivo Brandl came by the office.", "A man named [PERSON] came by the office."],
    ["A lady by the name of Ragnhild phoned twice.", "A lady by the name of [PERSON] phoned twice."],
    ["A guest called Reception twice about towels.", "A guest called Reception twice about towels."],
    ["Someone called Tokyo Station about it; a customer named Apple Support wrote.", "Someone called Tokyo Station about it; a customer named Apple Support wrote."],
  ],
  "a Hong Kong family name before a hyphened given name is a person's, not before an English compound": [
    ["Her dad is\n  Chow Siu-Keung. Booked for Monday.", "Her dad is\n  [PERSON]. Booked for Monday."],
    ["Ka-Yan Poon called; Mr Yip Chi-Keung too.", "[PERSON] called; Mr [PERSON] too."],
    ["See the Lam Self-help group and the Tsang Follow-up list.", "See the Lam Self-help group and the Tsang Follow-up list."],
  ],
  "two family names, a comma and a given name before a note in brackets are a person's": [
    ["| KY-1 | Ortega Molina, Sofía （同行 Gonzalo Ortega） | WhatsApp |", "| KY-1 | [PERSON] （同行 [PERSON]） | WhatsApp |"],
    ["| KY-2 | Castillo Romero, Ximena (2 bags) |", "| KY-2 | [PERSON] (2 bags) |"],
    ["Tours: Toledo, Spain (day trip) and Lyon, France (2 nights)", "Tours: Toledo, Spain (day trip) and Lyon, France (2 nights)"],
  ],
  "a Chinese or Korean name in capitals in brackets after its own writing is the same person's": [
    ["| KY | 刘 雨萱（LIU YUXUAN） WeChat only |", "| KY | [PERSON]（[PERSON]） WeChat only |"],
    ["受付：권도윤 (KWON DOYUN) 님", "受付：[PERSON] ([PERSON]) 님"],
    ["本店（HONG KONG）と東京タワー（LEE GARDEN）", "本店（HONG KONG）と東京タワー（LEE GARDEN）"],
  ],
  "a Thai name after its title, or beside its romanisation, is a person's": [
    ["| KY | สุดารัตน์ แก้วมณี Sudarat Kaewmanee | +66 |", "| KY | [PERSON] [PERSON] | +66 |"],
    ["Guest: Prasert Jaidee / ประเสริฐ ใจดี", "Guest: [PERSON] / [PERSON]"],
    ["ผู้ติดต่อ: นายประเสริฐ ใจดี", "ผู้ติดต่อ: นาย[PERSON]"],
    ["担当 คุณมาลี さん", "担当 คุณ[PERSON] さん"],
    ["ขอบคุณครับ / คุณสามารถจองได้ที่เคาน์เตอร์", "ขอบคุณครับ / คุณสามารถจองได้ที่เคาน์เตอร์"],
    ["タイ語 ภาษาไทย Thai Script", "タイ語 ภาษาไทย Thai Script"],
  ],
  "a Russian name greeted on a cake or a card is the person's": [
    ["Text on the cake: «С днём рождения, Маша!» in white.", "Text on the cake: «С днём рождения, [PERSON]!» in white."],
    ["Надпись: Поздравляем, Игорь! и Дорогая Оксана", "Надпись: Поздравляем, [PERSON]! и Дорогая [PERSON]"],
    ["Надпись: С днём рождения! Город Москва", "Надпись: С днём рождения! Город Москва"],
  ],
  "a travel or a hire firm's name after a founder's name or a catchword names no one": [
    ["Agent Teresa Nowak (Nowak Alpine Journeys, Denver) sent the list.", "Agent [PERSON] (Nowak Alpine Journeys, Denver) sent the list."],
    ["* Rental partner Sunny Rentals called: Adeyinka's skis are at the shop.", "* Rental partner Sunny Rentals called: Adeyinka's skis are at the shop."],
    ["Booked through Ibarra Holidays for Mr. Ibarra.", "Booked through Ibarra Holidays for Mr. [PERSON]."],
  ],
  "a listed given name ending a list of found names before a note in brackets is one more person, an English word too": [
    ["Juniors: Arnav, Tsubasa, Teodor, Rose (coach's notes in the drawer)", "Juniors: [PERSON], [PERSON], [PERSON], [PERSON] (coach's notes in the drawer)"],
    ["Attendees: Bhavna, Chrome (browser)", "Attendees: [PERSON], Chrome (browser)"],
    ["Juniors: Arnav, Paris (trip)", "Juniors: [PERSON], Paris (trip)"],
  ],
  "a supplier named after a list's item of goods and from names no one, a sender after what is sent does": [
    ["- Fish: Yamaichi (tuna); rice Koshihikari 2026; kombu from Hikari Kanetaka.", "- Fish: Yamaichi (tuna); rice Koshihikari 2026; kombu from Hikari Kanetaka."],
    ["- Produce: eggs from Nagisa Maruyoshi", "- Produce: eggs from Nagisa Maruyoshi"],
    ["- call from Hikari Kanetaka, late", "- call from [PERSON], late"],
    ["We got an apology from Nagisa Maruyoshi.", "We got an apology from [PERSON]."],
  ],
  "a given name after a team's, a class's or a band's part is the member's": [
    ["Hi, our sub Hyeri can't log in to the lobby.", "Hi, our sub [PERSON] can't log in to the lobby."],
    ["My teammate Torvald and the caddie Tevita will come.", "My teammate [PERSON] and the caddie [PERSON] will come."],
    ["Open the sub Menu; our instructor Mode is off.", "Open the sub Menu; our instructor Mode is off."],
  ],
  "a listed name opening a clause after a Japanese sentence's end or quote is the person who acts": [
    ["講師にのみ伝えます。Chitose will text you when she arrives.", "講師にのみ伝えます。[PERSON] will text you when she arrives."],
    ["伝言「Oriane will come at 1」とのこと。", "伝言「[PERSON] will come at 1」とのこと。"],
    ["設定を確認しました。Android was updated. メモ：Paris was lovely", "設定を確認しました。Android was updated. メモ：Paris was lovely"],
  ],
  "a name after a warmer thanks and its comma is the one thanked or the writer, as after a plain one": [
    ["Thanks again, Ryusei fixed the bed in ten minutes!", "Thanks again, [PERSON] fixed the bed in ten minutes!"],
    ["Thank you so much, Oriane", "Thank you so much, [PERSON]"],
    ["Thanks so much, Everyone was great. Thank you again, Tokyo Office", "Thanks so much, Everyone was great. Thank you again, Tokyo Office"],
  ],
});
