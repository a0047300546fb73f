import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Look-alikes of round 36r (issue 13): a firm named by a name-like word and its legal form or trade's word, a lodging
 * led by its word, a restaurant's branch by its district, and an event's entry number. Each beside the people its rule
 * must still mask.
 */
describeMaskingClasses("look-alikes of round 36r", {
  "a name-like word before a firm's legal form or trade's word is the firm's; the person beside it stays masked": [
    ["Card: Jonas Ferreira, Sales Manager, Ferreira Werkzeugbau GmbH", "Card: [PERSON], Sales Manager, Ferreira Werkzeugbau GmbH"],
    ["| Lindqvist Precision KK | 請求書送付済 |", "| Lindqvist Precision KK | 請求書送付済 |"],
    ["練習試合の相手は Okamura Junior Tennis Academy です", "練習試合の相手は Okamura Junior Tennis Academy です"],
    ["Please call Mr. Jonas Ferreira tomorrow.", "Please call Mr. [PERSON] tomorrow."],
  ],
  "a lodging's word leading a name-like name is the lodging's": [
    ["We are staying at Hotel Aurora Nakijin until Sunday.", "We are staying at Hotel Aurora Nakijin until Sunday."],
    ['{"text": "宿泊先: Ryokan Sawaguchi Honkan"}', '{"text": "宿泊先: Ryokan Sawaguchi Honkan"}'],
    ["Guest: Clara Whitfield, Hotel Aurora Nakijin", "Guest: [PERSON], Hotel Aurora Nakijin"],
  ],
  "a restaurant's branch named by its district after its name": [
    ["- Lunch at Tsurukame Higashi-Ginza, ¥3,000 each", "- Lunch at Tsurukame Higashi-Ginza, ¥3,000 each"],
    ["懇親会：Sakuraya Minami-Aoyama 19:00", "懇親会：Sakuraya Minami-Aoyama 19:00"],
  ],
  "an event's entry number is an order's look-alike; a member's number stays the person's": [
    ["Entry No. R27-114 to R27-160 confirmed.", "Entry No. R27-114 to R27-160 confirmed."],
    ["Your entry number is QX-2209 for the open.", "Your entry number is QX-2209 for the open."],
    ["Member No. R27-114 renewed.", "Member No. [PERSONAL_ID] renewed."],
  ],
});
