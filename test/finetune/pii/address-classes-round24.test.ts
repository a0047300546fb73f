import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Address rules by class (issue 13, round 24): addresses masked as far as they go and no further, Malaysian addresses,
 * housing estates' flats, Sapporo's grid in romaji and in kanji; each with values of its own and the look-alikes the
 * rules must leave alone (expected === input).
 */
describeMaskingClasses("address classes of round 24", {
  "a ward-first romaji address ends at its block where a person and an honorific follow": [
    ["Minato-ku, Tokyo, 3-5 Tanaka-san came", "[ADDRESS] [PERSON]-san came"],
    ["Nishi-ku, Yokohama, 2-14 Mori-sensei will visit", "[ADDRESS] [PERSON]-sensei will visit"],
    ["Chuo-ku, Osaka, 1-2 Honmachi", "[ADDRESS]"],
    ["Nishi-ku, Yokohama, 2-3-4 Minatomirai, Kanagawa", "[ADDRESS]"],
  ],
  "a romaji address whole, its city after its ward and its prefecture and postcode after the city": [
    ["2-3-1 Umeda, Kita-ku, Osaka-shi, Osaka 530-0001", "[ADDRESS]"],
    ["Ship to 1-5-10 Sakae, Naka-ku, Nagoya-shi, Aichi 460-0008, thanks", "Ship to [ADDRESS], thanks"],
    ["3-1 Honcho, Aoba-ku Sendai-shi Miyagi 980-0014", "[ADDRESS]"],
    ["Model 4-6-12, Kita-ku, Osaka", "Model 4-6-12, Kita-ku, Osaka"],
  ],
});
