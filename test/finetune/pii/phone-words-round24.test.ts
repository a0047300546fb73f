import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * The words that say a phone is meant, read as words (issue 13, round 24): a Latin word is no phone's inside another
 * word (Hotel, recall, DEADLINE, Cellar, Telegram, Tell, Callum, Spring, Context, Handyman), so a number an order's or a
 * code's word leaves alone stays; a Japanese word needs no edge. One list (phone-words.ts) now serves the UK national
 * and the cued European rules too: a word one rule's own list lacked (携帯, WhatsApp, Teléfono, Telefonnummer) works in it.
 */
describeMaskingClasses("phone words of round 24", {
  "a phone's word inside another word says no phone: an order's number stays": [
    ["Hotel order 0312345678", "Hotel order 0312345678"],
    ["DEADLINE for order 0312345678", "DEADLINE for order 0312345678"],
    ["Order desk: recall 0452841229", "Order desk: recall 0452841229"],
    ["Telegram order 0312345678", "Telegram order 0312345678"],
    ["Tell me order 0312345678", "Tell me order 0312345678"],
    ["Cellar order 0312345678", "Cellar order 0312345678"],
    ["Callum order 0312345678", "Callum order 0312345678"],
  ],
  "a phone's word inside another word says no phone: a code's digits stay": [
    ["Hotel 045-84l-2290", "Hotel 045-84l-2290"],
    ["Hotel Okura 81 3 1234 5678", "Hotel Okura 81 3 1234 5678"],
    ["Spring order 07700 900418", "Spring order 07700 900418"],
    ["Context 07700 900418", "Context 07700 900418"],
    ["Handyman job 0171 2345678", "Handyman job 0171 2345678"],
    ["Mobility ref 0221 9873 4410", "Mobility ref 0221 9873 4410"],
    ["Portable battery 0171 2345678", "Portable battery 0171 2345678"],
  ],
  "a phone's word as a word, with its endings, still says one": [
    ["Order desk: call 0452841229", "Order desk: call [PHONE]"],
    ["callback order 0312345678", "callback order [PHONE]"],
    ["Telephone order 0312345678", "Telephone order [PHONE]"],
    ["TelNo order 0312345678", "TelNo order [PHONE]"],
    ["TEL:045-84l-2290", "TEL:[PHONE]"],
    ["携帯番号 090-I234-5678", "携帯番号 [PHONE]"],
  ],
  "a word the UK and the European rules' own lists lacked works in them now": [
    ["携帯 07700 900418", "携帯 [PHONE]"],
    ["WhatsApp 07700 900418", "WhatsApp [PHONE]"],
    ["Teléfono: 0221 9873 4410", "Teléfono: [PHONE]"],
    ["Telefonnummer 0221 9873 4410", "Telefonnummer [PHONE]"],
    ["電話 030 12345678", "電話 [PHONE]"],
  ],
  "the words those rules had still work": [
    ["Ring 07700 900418", "Ring [PHONE]"],
    ["Text 07700 900418", "Text [PHONE]"],
    ["Landline: 01235 512 904", "Landline: [PHONE]"],
    ["Direct line 020 7946 0321", "Direct line [PHONE]"],
    ["Handy 0171 2345678", "Handy [PHONE]"],
    ["Tél. : 06 12 34 56 78", "Tél. : [PHONE]"],
    ["Portable : 06 12 34 56 78", "Portable : [PHONE]"],
    ["Natel 079 123 45 67", "Natel [PHONE]"],
  ],
});
