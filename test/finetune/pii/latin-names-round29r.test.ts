import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Latin-script names by class (issue 13, round 29r): Irish and Korean given names the lists lacked, a given name written
 * without its accents, a companion's or a cleaner's word before a given name, a full name's parts across a particle, a
 * staff member's Japanese job before a family name, a state or a turn after a given name, a Japanese name in capitals
 * inside a Japanese sentence, a Vietnamese family name written with its marks, a family name the e-mail spells beside a
 * given name; and the look-alikes each must leave: a machine's brand, a firm's or a place's word, a ticket's pass, a
 * product before its barcode.
 */
describeMaskingClasses("Latin names of round 29r", {
  "Irish and Korean given names are listed, with their family names and alone before a verb": [
    ["Night shift: Niamh Gallagher-Quinn (nights), Ciarán Walsh (days).", "Night shift: [PERSON] (nights), [PERSON] (days)."],
    ["| 2027-02-01 | Yoon, Ji-woo | TK-3001 | QA Engineer |", "| 2027-02-01 | [PERSON] | TK-3001 | QA Engineer |"],
    ["| 2027-02-01 | Choi, Minjun | TK-3002 | QA Engineer |", "| 2027-02-01 | [PERSON] | TK-3002 | QA Engineer |"],
    ["Caoimhe asked for Friday off.", "[PERSON] asked for Friday off."],
    ["We drove through Dún Laoghaire and Co. Kerry.", "We drove through Dún Laoghaire and Co. Kerry."],
    ["Booked a room at Hotel Dervla Dublin for Mr. Tanaka.", "Booked a room at Hotel Dervla Dublin for Mr. [PERSON]."],
  ],
  "two given names joined by and open a clause before a verb": [
    ["Caoimhe and Tadhg asked for Friday off.", "[PERSON] and [PERSON] asked for Friday off."],
    ["Minjun and Priyanka did the interview.", "[PERSON] and [PERSON] did the interview."],
    ["Sales and Marketing asked for budget.", "Sales and Marketing asked for budget."],
  ],
  "a companion's, a carer's or a cleaner's word before a given name, accents written or not": [
    ["Her travel buddy Jose stays in dorm 3.", "Her travel buddy [PERSON] stays in dorm 3."],
    ["Signed up with her friend Zoe.", "Signed up with her friend [PERSON]."],
    ["Daniela said the cleaner Hanako found it.", "[PERSON] said the cleaner [PERSON] found it."],
    ["The nanny Adaeze picks them up at four.", "The nanny [PERSON] picks them up at four."],
    ["The robot cleaner Roomba stopped again.", "The robot cleaner Roomba stopped again."],
    ["Use the cleaner Kärcher on the deck.", "Use the cleaner Kärcher on the deck."],
    ["Send a friend Request to the group.", "Send a friend Request to the group."],
  ],
  "a full name with a family name's particle, and its given name alone after": [
    ["Guest: Lucas Pereira dos Santos, room 9. Later (Lucas — warned).", "Guest: [PERSON], room 9. Later ([PERSON] — warned)."],
    ["Oisín Mac Giolla Phádraig signed up. Oisín starts Monday.", "[PERSON] signed up. [PERSON] starts Monday."],
    ["Ms. Róisín Ó Briain called about the Ring of Kerry tour.", "Ms. [PERSON] called about the Ring of Kerry tour."],
    ["Anika Ó Briain's mother rang from Co. Galway.", "[PERSON]'s mother rang from Co. Galway."],
  ],
  "a staff member's job in Japanese before a family or a Vietnamese given name": [
    ["管理員 Kowalski が確認します。", "管理員 [PERSON] が確認します。"],
    ["受付は 警備員 Tanaka さん", "受付は 警備員 [PERSON] さん"],
    ["サポート Linh（ベトナム語担当）: はい", "サポート [PERSON]（ベトナム語担当）: はい"],
    ["サポート Windows の更新", "サポート Windows の更新"],
  ],
  "a state or a turn after a given name, a note between, and a weekday rota's next": [
    ["- Nkechi (the referral) gets the bonus; Ifeoma was the other candidate.", "- [PERSON] (the referral) gets the bonus; [PERSON] was the other candidate."],
    ["Adebayo was the other candidate.", "[PERSON] was the other candidate."],
    ["Handover: Saoirse covers Saturday, Eoin Sunday.", "Handover: [PERSON] covers Saturday, [PERSON] Sunday."],
    ["Paris was lovely in May.", "Paris was lovely in May."],
    ["London is expensive.", "London is expensive."],
    ["Support covers Sunday, Sales Monday.", "Support covers Sunday, Sales Monday."],
  ],
  "a Japanese name in capitals alone in a Japanese sentence, either word first": [
    ["カード 4980 0000 0000 0004（VISA）、HIROSHI TANAKA、有効期限 12/28。", "カード [CREDIT_CARD]（VISA）、[PERSON]、有効期限 12/28。"],
    ["予約は「YAMADA HANAKO」で入っています。", "予約は「[PERSON]」で入っています。"],
    ["「SHIN OSAKA」駅で待ち合わせ。", "「SHIN OSAKA」駅で待ち合わせ。"],
    ["お土産は KOBE BEEF にしました。", "お土産は KOBE BEEF にしました。"],
    ["ASAHI SUPER DRY を 2 ケース注文。", "ASAHI SUPER DRY を 2 ケース注文。"],
  ],
  "a short Vietnamese family name written with its marks before two syllables": [
    ["Student: Đỗ Minh Khoa, class 3B.", "Student: [PERSON], class 3B."],
    ["申込者 Hồ Thanh Tâm（ホー・タン・タム）です。", "申込者 [PERSON]（[PERSON]）です。"],
    ["Le Petit Prince is on the shelf.", "Le Petit Prince is on the shelf."],
  ],
  "a family name beside a given name the e-mail's local part spells": [
    ["卒業生 Park Minjun（박민준）から相談メール minjun.park@naver.com。", "卒業生 [PERSON]（[PERSON]）から相談メール [EMAIL]。"],
    ["Lucas から問い合わせ（lucas.h.moreau@example.com）", "[PERSON] から問い合わせ（[EMAIL]）"],
  ],
  "a ticket's pass and a product before its barcode are no secret and no one": [
    ["Commuter pass: Shin-Yokohama → Shinagawa, ¥12,000/month.", "Commuter pass: Shin-Yokohama → Shinagawa, ¥12,000/month."],
    ["Season pass: Kita-Senju to Ueno.", "Season pass: Kita-Senju to Ueno."],
    ["Wi-Fi pass: Kamo-2612!", "Wi-Fi pass: [SECRET]"],
    ["Snacks: Pocky Chocolate box JAN 4901005109803 for the team.", "Snacks: Pocky Chocolate box JAN 4901005109803 for the team."],
    ["Book: Norwegian Wood ISBN 9780099448822 on the shelf.", "Book: Norwegian Wood ISBN 9780099448822 on the shelf."],
  ],
});
