import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Latin-script and foreign name classes a probe of the round after the twenty-fourth set leaked or over-masked (issue
 * 13), each with the look-alikes beside it that must stay. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a brand named after a doctor, its goods' word after it; a doctor still masked": [
    ["Dr. Martens boots are 20% off this week.", "Dr. Martens boots are 20% off this week."],
    ["We stock Dr Pepper soda in the lounge.", "We stock Dr Pepper soda in the lounge."],
    ["Dr. Oetker pizza for the staff party.", "Dr. Oetker pizza for the staff party."],
    ["Dr. Martens said the wound is healing.", "Dr. [PERSON] said the wound is healing."],
    ["Please see Dr. Okafor tomorrow.", "Please see Dr. [PERSON] tomorrow."],
  ],
  "a firm named after people, told of with its; the same names as a person's still masked": [
    ["Morgan Stanley raised its target for the stock.", "Morgan Stanley raised its target for the stock."],
    ["Ralph Lauren launched its spring line.", "Ralph Lauren launched its spring line."],
    ["Morgan Stanley said he would call back.", "[PERSON] said he would call back."],
  ],
  "a place after St., Mt. or Ft.; a Louis elsewhere still masked": [
    ["Our team flew to St. Louis on Monday.", "Our team flew to St. Louis on Monday."],
    ["The St. Petersburg office is closed.", "The St. Petersburg office is closed."],
    ["A day trip to Mt. Hood and back.", "A day trip to Mt. Hood and back."],
    ["Ft. Worth warehouse is full.", "Ft. Worth warehouse is full."],
    ["Louis Tremblay called from the hotel.", "[PERSON] called from the hotel."],
  ],
  "a firm's second partner after an ampersand": [
    ["Gift cards from Marks & Spencer only.", "Gift cards from Marks & Spencer only."],
    ["Samples from Procter & Gamble arrived.", "Samples from Procter & Gamble arrived."],
    ["Abercrombie & Fitch jackets on sale.", "Abercrombie & Fitch jackets on sale."],
  ],
  "a hotel's or a firm's name after an article, before a person's verb; a person's still masked": [
    ["The Ritz-Carlton Osaka confirmed the booking.", "The Ritz-Carlton Osaka confirmed the booking."],
    ["The Grand Hyatt replied this morning.", "The Grand Hyatt replied this morning."],
    ["Jean-Luc Martin asked us to call.", "[PERSON] asked us to call."],
  ],
  "a full name whose family name opens with a particle, whole": [
    ["Pieter de Vries claimed two dinners on 3/14.", "[PERSON] claimed two dinners on 3/14."],
    ["Approved per Ingrid van der Berg.", "Approved per [PERSON]."],
    ["Forwarded via Carlos de la Cruz.", "Forwarded via [PERSON]."],
    ["Guest: Paolo De Luca (room 1203)", "Guest: [PERSON] (room 1203)"],
    ["Ana Luísa dos Santos booked two rooms.", "[PERSON] booked two rooms."],
    ["Lucas van Dijk left the meeting.", "[PERSON] left the meeting."],
    ["Mark van der Berg will join.", "[PERSON] will join."],
    ["Joy de la Torre asked for leave.", "[PERSON] asked for leave."],
  ],
  "a Malay patronymic with bin or binti, whole": [
    ["Siti Aminah binti Yusof applied for leave.", "[PERSON] applied for leave."],
    ["The driver Ahmad bin Ismail is waiting.", "The driver [PERSON] is waiting."],
    ["Mohd Faizal bin Abdullah - work permit", "[PERSON] - work permit"],
    ["Ich bin Kunde seit 2019.", "Ich bin Kunde seit 2019."],
  ],
  "places and things with a particle kept": [
    ["We flew to Rio de Janeiro in May.", "We flew to Rio de Janeiro in May."],
    ["Flights to Santa Maria de Feira are full.", "Flights to Santa Maria de Feira are full."],
    ["Charles de Gaulle Airport, Terminal 2.", "Charles de Gaulle Airport, Terminal 2."],
    ["The Tour de France passes Lyon.", "The Tour de France passes Lyon."],
    ["The Van Gogh Museum opens at 9.", "The Van Gogh Museum opens at 9."],
    ["Hotel de Ville, Paris", "Hotel de Ville, Paris"],
  ],
  "two initials or more before a family name, and one after per, via or a participle's label": [
    ["Signed off by M. K. Osei", "Signed off by [PERSON]"],
    ["Reviewed: A. R. Rahman", "Reviewed: [PERSON]"],
    ["Per D. O'Sullivan, the invoice is approved.", "Per [PERSON], the invoice is approved."],
    ["J.-P. Martin will send the contract.", "[PERSON] will send the contract."],
    ["Letter from Y. S. Cho, Seoul branch", "Letter from [PERSON], Seoul branch"],
    ["Buy a J. Crew sweater.", "Buy a J. Crew sweater."],
    ["Contact A.P. Moller for freight.", "Contact A.P. Moller for freight."],
    ["The U.S. Army base.", "The U.S. Army base."],
  ],
  "a hyphened given name of two listed ones before a family name": [
    ["François-Xavier Dubois is the new tutor.", "[PERSON] is the new tutor."],
    ["Anna-Lena Schmidt will join remotely.", "[PERSON] will join remotely."],
    ["Marie-Claire Fontaine booked a taxi.", "[PERSON] booked a taxi."],
    ["Coca-Cola Zero is sold out.", "Coca-Cola Zero is sold out."],
  ],
  "a family name, a comma and a given name before a mail's address; a desk or a place so written kept": [
    ["From: Delgado, Marisol T. <marisol@example.com>", "From: [PERSON] <[EMAIL]>"],
    ["Cc: Haverkamp, Joost <j.haverkamp@example.nl>", "Cc: [PERSON] <[EMAIL]>"],
    ["From: Nakashima, Reiko <reiko@example.jp>", "From: [PERSON] <[EMAIL]>"],
    ["From: Sales, Tokyo <sales@example.com>", "From: Sales, Tokyo <[EMAIL]>"],
    ["From: Paris, France <info@example.fr>", "From: Paris, France <[EMAIL]>"],
  ],
  "a ticket's person field with a full name, one word of it listed; a team or a queue kept": [
    ["Reporter: Ngozi Eze-Okafor", "Reporter: [PERSON]"],
    ["Reviewer: Bamidele Oyelaran", "Reviewer: [PERSON]"],
    ["Escalated to Ramon Gutierrez", "Escalated to [PERSON]"],
    ["Owner: Platform Ops", "Owner: Platform Ops"],
    ["Owner: Tokyo Office", "Owner: Tokyo Office"],
    ["Reviewer: Release Bot", "Reviewer: Release Bot"],
    ["Owner: Unassigned", "Owner: Unassigned"],
  ],
  "a given name alone before a person's verb: one no list holds before a verb of speech, a listed one before more verbs": [
    ["Marites asked about the payslip.", "[PERSON] asked about the payslip."],
    ["Siddharth said the printer is broken.", "[PERSON] said the printer is broken."],
    ["Thandiwe apologised for the delay.", "[PERSON] apologised for the delay."],
    ["Sipho fixed the router.", "[PERSON] fixed the router."],
    ["Kazuki will bring the keys.", "[PERSON] will bring the keys."],
    ["Ayodele joined the channel.", "[PERSON] joined the channel."],
    ["Jenkins said the build failed.", "Jenkins said the build failed."],
    ["Zendesk sent a reminder.", "Zendesk sent a reminder."],
    ["Nobody said anything.", "Nobody said anything."],
    ["Deploy will fail without keys.", "Deploy will fail without keys."],
    ["May will be busy.", "May will be busy."],
    ["Clova said it is raining.", "Clova said it is raining."],
  ],
};

describeMaskingClasses("Latin-script and foreign names of the round-25 probe", classes);
