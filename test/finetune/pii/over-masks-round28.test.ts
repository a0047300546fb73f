import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Over-masks by class (issue 13, round 28): a sentence's word after "login", a firm named with a found person's family
 * name, a surname joined to a katakana school's or shop's name, a camera's or a drone's model named like a person, a
 * given name on a food shop's sign or a chain's possessive, and a signer's act after a surname; each with a person or an
 * ID beside it still masked.
 */
describeMaskingClasses("over-masks of round 28", {
  "a sentence's word after login is no login; one holding a digit, _ or an inner dot is": [
    ["Quang fixed the login bug.", "[PERSON] fixed the login bug."],
    ["Mr. Okafor rewrote the login flow. It works now.", "Mr. [PERSON] rewrote the login flow. It works now."],
    ["The login is broken again, Ms. Ferreira said.", "The login is broken again, Ms. [PERSON] said."],
    ["login is sato_88", "login is [PERSONAL_ID]"],
    ["Please reset login k.tanaka today.", "Please reset login [PERSONAL_ID] today."],
    ["login jdoe2 was locked", "login [PERSONAL_ID] was locked"],
  ],
  "a firm named with a found person's family name stops at its firm's word": [
    ["Yvonne Achterberg booked berth 12. Achterberg Yacht Services will tow it.", "[PERSON] booked berth 12. Achterberg Yacht Services will tow it."],
    ["Contact: Gerald Whitmore. Whitmore Boat Repairs invoiced us.", "Contact: [PERSON]. Whitmore Boat Repairs invoiced us."],
    ["Mr. Lindqvist called; Lindqvist Yacht Brokers sent the papers.", "Mr. [PERSON] called; Lindqvist Yacht Brokers sent the papers."],
  ],
  "a surname joined straight to a katakana school's, shop's or club's name": [
    ["法人: 北上ドライビングスクール 総務 昆 和則 様", "法人: 北上ドライビングスクール 総務 [PERSON] 様"],
    ["佐藤ドライビングスクールに通う佐藤さん", "佐藤ドライビングスクールに通う[PERSON]さん"],
    ["担当者: 森フィットネスクラブ 受付 田中 様", "担当者: 森フィットネスクラブ 受付 [PERSON] 様"],
    ["担当者: 佐藤ケン", "担当者: [PERSON]"],
  ],
  "a word between a brand in capitals and a model's number is the product's": [
    ["Shot on an ARRI Alexa 35 by Tom Baker.", "Shot on an ARRI Alexa 35 by [PERSON]."],
    ["Camera: ARRI Alexa 35, lenses by Cooke.", "Camera: ARRI Alexa 35, lenses by Cooke."],
    ["| Drone | DJI Mavic 3 |", "| Drone | DJI Mavic 3 |"],
  ],
  "a given name on a food shop's sign, or a chain's possessive before its food": [
    ["We bought Hana Cookies and Maria Ramen, then Wendy's burgers at Trader Joe's.", "We bought Hana Cookies and Maria Ramen, then Wendy's burgers at Trader Joe's."],
    ["Lunch at Rosa Tacos with Mr. Tanaka.", "Lunch at Rosa Tacos with Mr. [PERSON]."],
    ["Denny's pancakes were cold, said Sarah Collins.", "Denny's pancakes were cold, said [PERSON]."],
    ["Wendy's car was towed.", "[PERSON]'s car was towed."],
    ["Maria Lopez ate ramen.", "[PERSON] ate ramen."],
  ],
  "a signer's act after a surname is no given name: the surname alone": [
    ["延長料金はいただかない判断（望月 了承）。", "延長料金はいただかない判断（[PERSON] 了承）。"],
    ["返金は不可（佐藤 確認済）", "返金は不可（[PERSON] 確認済）"],
    ["決裁: 田中 承認", "決裁: [PERSON] 承認"],
    ["担当 望月 了 です", "担当 [PERSON] です"],
  ],
});
