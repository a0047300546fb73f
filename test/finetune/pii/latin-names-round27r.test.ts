import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Latin-script names the twenty-seventh set leaked (issue 13, round 27r), each class in other layouts than the set's,
 * with the look-alikes it must leave alone (expected === input). Values are made up here.
 */
describeMaskingClasses("Latin names of round 27r", {
  "single words listed with commas and and, two of them listed given names, are people": [
    ["Tickets were raised for Chidi, Folake and Thandiwe, all from one IP.", "Tickets were raised for [PERSON], [PERSON] and [PERSON], all from one IP."],
    ["On call this week (Obinna, Lerato, Vikram) - page them first.", "On call this week ([PERSON], [PERSON], [PERSON]) - page them first."],
    ["Mingma, Sonam & Kavya joined the trek on Monday.", "[PERSON], [PERSON] & [PERSON] joined the trek on Monday."],
    ["We ship to Tokyo, Osaka and Nagoya every week.", "We ship to Tokyo, Osaka and Nagoya every week."],
    ["Payments go through Stripe, Adyen and Klarna.", "Payments go through Stripe, Adyen and Klarna."],
    ["Tested on Chrome, Firefox and Safari.", "Tested on Chrome, Firefox and Safari."],
  ],
  "a given name of Africa, South Asia or the Himalaya before a family name": [
    ["Please ask Adaeze Okafor about the refund.", "Please ask [PERSON] about the refund."],
    ["従業員 Bikram Thapa と Priyanka Nair の源泉徴収票", "従業員 [PERSON] と [PERSON] の源泉徴収票"],
    ["書記補助 Lhakpa Sherpa（派遣）", "書記補助 [PERSON]（派遣）"],
    ["We hired a Sherpa guide for the climb.", "We hired a Sherpa guide for the climb."],
    ["The Dalai Lama spoke in Dharamsala.", "The Dalai Lama spoke in Dharamsala."],
  ],
  "a Latin given name in brackets after a Japanese word for a relative": [
    ["緊急連絡先は弟さん（Bikash）。", "緊急連絡先は弟さん（[PERSON]）。"],
    ["妹さん（Adaeze）も同席します", "妹さん（[PERSON]）も同席します"],
    ["娘 (Priyanka) の分も予約", "娘 ([PERSON]) の分も予約"],
    ["姉さん（Google アカウント）で登録", "姉さん（Google アカウント）で登録"],
    ["父（Apple Watch 使用）", "父（Apple Watch 使用）"],
  ],
  "a full name in a sign-up form's person field": [
    ["Participant: Raimundo Pereira   Buddy: Ana Paula Pereira", "Participant: [PERSON]   Buddy: [PERSON]"],
    ["Instructor: Pemba Dorje Lama", "Instructor: [PERSON]"],
    ["Attendee: Mateus Carvalho, room 12", "Attendee: [PERSON], room 12"],
    ["Participant: Open Water course", "Participant: Open Water course"],
    ["Instructor: Sunset Cruise Team", "Instructor: Sunset Cruise Team"],
  ],
  "a nickname in capitals in quotes inside a name, and the family name alone later": [
    ['Instructor: Kenji "KJ" Ohama, PADI. After hours: (Ohama).', "Instructor: [PERSON], PADI. After hours: ([PERSON])."],
    ['Coach Roberto "RJ" Almeida signed. Almeida will call.', "Coach [PERSON] signed. [PERSON] will call."],
    ['Sold: Jordan "AIR" Max sneakers', 'Sold: Jordan "AIR" Max sneakers'],
    ['Apple "TV" Remote in stock', 'Apple "TV" Remote in stock'],
  ],
  "a Singaporean family name before a given name of two pinyin syllables": [
    ["Participant: Yeo Jia Hui (passport)", "Participant: [PERSON] (passport)"],
    ["Guest Goh Xiao Ling checked in late.", "Guest [PERSON] checked in late."],
    ["Dinner at Lau Pa Sat tonight.", "Dinner at Lau Pa Sat tonight."],
  ],
  "a found two-word name written again in capitals, in either order": [
    ["Google では Ms. Hina Aimono、HR システムでは AIMONO HINA。", "Google では Ms. [PERSON]、HR システムでは [PERSON]。"],
    ["Passenger Mateus Pereira; ticket for PEREIRA MATEUS.", "Passenger [PERSON]; ticket for [PERSON]."],
    ["Passenger Mateus Pereira; gate CHANGE NOTICE.", "Passenger [PERSON]; gate CHANGE NOTICE."],
  ],
  "a full name before a comma and a job or a team in small letters": [
    ["Owner of these notes: Yuto Arakaki, payments ops.\nShe spoke with Arakaki.", "Owner of these notes: [PERSON], payments ops.\nShe spoke with [PERSON]."],
    ["Escalate to Ama Owusu, support lead.", "Escalate to [PERSON], support lead."],
    ["Meet at Tokyo Station, ticket desk.", "Meet at Tokyo Station, ticket desk."],
    ["Configured in Zendesk Guide, customer support.", "Configured in Zendesk Guide, customer support."],
  ],
  "a romaji city's -shi after its prefecture is no honorific": [
    ["Address: Okinawa-ken Ishigaki-shi Arakawa 1625-3", "Address: Okinawa-ken Ishigaki-shi Arakawa 1625-3"],
    ["Chiba-ken Funabashi-shi Honcho", "Chiba-ken Funabashi-shi Honcho"],
    ["Tanaka-shi and Sato-san met.", "[PERSON]-shi and [PERSON]-san met."],
  ],
  "a found surname before an ampersand, a partner and a firm's word is the firm's": [
    ["名刺：Ms. Priya Raman, Raman &amp; Iyer Consulting", "名刺：Ms. [PERSON], Raman &amp; Iyer Consulting"],
    ["Contact Ms. Ngozi Okafor at Okafor & Mensah Dental.", "Contact Ms. [PERSON] at Okafor & Mensah Dental."],
    ["Ms. Priya Raman called; Raman asked for a refund.", "Ms. [PERSON] called; [PERSON] asked for a refund."],
  ],
});
