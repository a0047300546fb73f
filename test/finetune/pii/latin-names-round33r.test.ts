import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Latin-script names the thirty-second and thirty-third sets leaked (issue 13, round 33r): Vietnamese names written with
 * tone marks after a kin's word, a short name before the full name in brackets, a Japanese surname in romaji as a Latin
 * name's third word, a family name in capitals before a comma and the given name, given names after a desk's word or
 * before the team they speak for, a hyphened double family name before a comma, a surname compromise knows as a chat's
 * speaker. Each class with the look-alikes it must keep.
 */
describeMaskingClasses("Latin names of round 33r", {
  "a Vietnamese name with tone marks after a kin's word in Japanese is masked; a thing after it keeps": [
    ["娘 Bảo Ngọc の入会手続きです。", "娘 [PERSON] の入会手続きです。"],
    ["息子 Minh Đức が欠席します。", "息子 [PERSON] が欠席します。"],
    ["妻 Thu Hương に連絡しました。", "妻 [PERSON] に連絡しました。"],
    ["母 Apple Watch を買いました。", "母 Apple Watch を買いました。"],
  ],
  "a short name before the full name in brackets that holds it is masked with it; a place's or a product's keeps": [
    ["Hoàng Anh（Lê Hoàng Anh）: 明日休みます。", "[PERSON]（[PERSON]）: 明日休みます。"],
    ["Kenta (Sato Kenta) joined the call.", "[PERSON] ([PERSON]) joined the call."],
    ["Ana (Ana Beatriz Souza) signed the form.", "[PERSON] ([PERSON]) signed the form."],
    ["Tokyo (Tokyo Station) is the meeting point.", "Tokyo (Tokyo Station) is the meeting point."],
    ["Word (Microsoft Word) file attached.", "Word (Microsoft Word) file attached."],
    ["Seiko (Seiko Epson) watch repaired.", "Seiko (Seiko Epson) watch repaired."],
    ["Hà Nội (Thủ đô Hà Nội) trip.", "Hà Nội (Thủ đô Hà Nội) trip."],
  ],
  "a given name after a spouse's or a relative's word opening a table's cell is masked, tone marks too; a setting keeps": [
    ["| A-1 | Spouse Lan joins in December |", "| A-1 | Spouse [PERSON] joins in December |"],
    ["| C-3 | Wife Thư arrives Monday |", "| C-3 | Wife [PERSON] arrives Monday |"],
    ["| B-2 | Spouse Account settings |", "| B-2 | Spouse Account settings |"],
  ],
  "a Japanese surname in romaji as a Latin name's third word is masked with it; a city before more English keeps": [
    ["Lucas Ramírez Yamaguchi の父です。", "[PERSON] の父です。"],
    ["Sofía Herrera Takeda 本人です。", "[PERSON] 本人です。"],
    ["| Mateo García Yamamoto | 090 |", "| [PERSON] | 090 |"],
    ["Carlos Silva Osaka office opens today.", "[PERSON] Osaka office opens today."],
    ["Ana Souza Tokyo.", "[PERSON] Tokyo."],
    ["<td>Sandra Yukie Higa Takara<br>（比嘉 サンドラ 幸恵）</td>", "<td>[PERSON]<br>（[PERSON] [PERSON]）</td>"],
  ],
  "a family name in capitals, a comma and the given name is masked; a place, a notice or a model keeps": [
    ["a driving licence for YAMASHIRO, Kenta, no. 12", "a driving licence for [PERSON], no. 12"],
    ["Guest list: TAKAHASHI, Yui and others.", "Guest list: [PERSON] and others."],
    ["Ship to OSAKA, Japan by Friday.", "Ship to OSAKA, Japan by Friday."],
    ["NOTE, Please read.", "NOTE, Please read."],
    ["TOYOTA, Corolla in stock.", "TOYOTA, Corolla in stock."],
  ],
  "a given name after a guest's, a sender's, a recipient's or a PA's word is masked; the desk's things keep": [
    ["PA Deepa", "PA [PERSON]"],
    ["Guest Grace (no surname given) calm now.", "Guest [PERSON] (no surname given) calm now."],
    ["Sender Sipho, from the depot.", "Sender [PERSON], from the depot."],
    ["Recipient Amber signed for it.", "Recipient [PERSON] signed for it."],
    ["Guest Lounge opens at 7.", "Guest Lounge opens at 7."],
    ["Guest Wi-Fi is free.", "Guest Wi-Fi is free."],
    ["PA System test at noon.", "PA System test at noon."],
    ["Sender Address required.", "Sender Address required."],
  ],
  "a given name before the team or the desk the person speaks for is masked; a place, a brand or a word keeps": [
    ["She said Priya from the agency would confirm.", "She said [PERSON] from the agency would confirm."],
    ["Reviewed by Grace from legal.", "Reviewed by [PERSON] from legal."],
    ["Kenta from IT fixed it.", "[PERSON] from IT fixed it."],
    ["Ngozi from the embassy phoned.", "[PERSON] from the embassy phoned."],
    ["Paris from the office was lovely.", "Paris from the office was lovely."],
    ["Nike from the agency sent samples.", "Nike from the agency sent samples."],
    ["Access from the office is blocked.", "Access from the office is blocked."],
    ["A letter from the bank arrived.", "A letter from the bank arrived."],
  ],
  "a hyphened double family name, a comma and a given name in a cell is masked; a firm's pair keeps": [
    ["| KP-1 | Adeyemi-Cole, Tobi | USD 500 |", "| KP-1 | [PERSON] | USD 500 |"],
    ["| Okafor-Lindqvist, Emeka | 3 |", "| [PERSON] | 3 |"],
    ["| Coca-Cola, Sprite | 2 |", "| Coca-Cola, Sprite | 2 |"],
    ["| Rolls-Royce, Bentley |", "| Rolls-Royce, Bentley |"],
  ],
  "a surname compromise knows as a chat's stamped speaker is masked; a step's word keeps": [
    ["[2026-10-22 14:22] Volkov: Hello, this is Dmitri.", "[2026-10-22 14:22] [PERSON]: Hello, this is [PERSON]."],
    ["[2026-10-22 14:22] Sokolov: see you.", "[2026-10-22 14:22] [PERSON]: see you."],
    ["[2026-10-22 14:22] Deploy: started.", "[2026-10-22 14:22] Deploy: started."],
  ],
});
