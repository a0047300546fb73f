import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Given names listed after a label for people and a colon, where one of them is a listed given name (issue 13's
 * nineteenth set lost the others); with a list of things after such a label.
 */
describeMaskingClasses("given names listed after a label for people", {
  "every name of the list that is no word, when one is a listed given name": [
    ["Volunteers: Kazuki, Thu, Isabela and Kwabena.", "Volunteers: [PERSON], [PERSON], [PERSON] and [PERSON]."],
    ["Mentors: Ngozi, Kwabena and Sota; judges to follow.", "Mentors: [PERSON], [PERSON] and [PERSON]; judges to follow."],
    ["Guests: Monday, Tuesday and Friday.", "Guests: Monday, Tuesday and Friday."],
    ["Players: Tokyo, Osaka, Nagoya.", "Players: Tokyo, Osaka, Nagoya."],
  ],
});
