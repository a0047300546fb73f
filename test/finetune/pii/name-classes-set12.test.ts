import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Name rules by class that the twelfth set's misses called for (issue 13), each with other values than the set's and
 * the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("name classes of the twelfth set", {
  "a Korean or Chinese family name alone after a title, a place's word too": [
    ["Thanks for waiting, Ms. Kim. Dr. Song will call.", "Thanks for waiting, Ms. [PERSON]. Dr. [PERSON] will call."],
    ["Sorry, Mr. Park, the car is ready.", "Sorry, Mr. [PERSON], the car is ready."],
  ],
  "a Chinese name in pinyin, the given name hyphenated and capitalised or one syllable": [
    ["Reviewed-by: Lin Mei-Hua <mh@example.tw>", "Reviewed-by: [PERSON] <[EMAIL]>"],
    ["participant Zhang Min (64) signed", "participant [PERSON] (64) signed"],
    ["flights to Hong Kong in the Zhou Dynasty exhibit", "flights to Hong Kong in the Zhou Dynasty exhibit"],
    ["a Check-In Lin desk", "a Check-In Lin desk"],
  ],
});
