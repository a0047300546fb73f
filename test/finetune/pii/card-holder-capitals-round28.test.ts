import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * A card's holder as the card is embossed (issue 13, round 28): an initial and the family name in capitals after the
 * holder's word. The look-alikes: a card's kind, a placeholder or a firm's mark in capitals after the word.
 */
describeMaskingClasses("embossed card holders of round 28", {
  "an initial and a family name in capitals after the holder's word": [
    ["the Amex on file is 3741, holder M DELACOURT ONO.", "the Amex on file is 3741, holder [PERSON]."],
    ["Cardholder: J OKAFOR-BELL", "Cardholder: [PERSON]"],
    ["name on card R. TANAKA HALE, exp 09/27", "name on card [PERSON], exp 09/27"],
  ],
  "a card's kind, a placeholder or a firm's word in capitals stays": [
    ["holder A VISA GOLD card", "holder A VISA GOLD card"],
    ["Cardholder: N NAME", "Cardholder: N NAME"],
    ["policy holder B TEST", "policy holder B TEST"],
  ],
});
