import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Latin-script names of issue 13, round 28: a full name with what the person goes by in quotes between its parts, and a
 * given name (in quotes or not) after a watchman's, a doorman's or a lifeguard's word. The look-alikes: a product's name
 * with a quoted word, a job's word before a thing's or a common word.
 */
describeMaskingClasses("Latin names of round 28", {
  "a full name with a nickname in quotes between its parts": [
    ['Kept by: Marguerite "Maggie" Delacourt-Ono, Location Manager', "Kept by: [PERSON], Location Manager"],
    ["Signed for by Robert “Bobby” Fairweather on arrival.", "Signed for by [PERSON] on arrival."],
    ['Contact Katarzyna "Kasia" Nowak-Berg for keys', "Contact [PERSON] for keys"],
  ],
  "a product's or a thing's name with a quoted word stays": [
    ['Apple "Magic" Keyboard, two units', 'Apple "Magic" Keyboard, two units'],
    ['Jordan "Air" Max trainers in stock', 'Jordan "Air" Max trainers in stock'],
    ['the Grand "Royal" Hotel lobby', 'the Grand "Royal" Hotel lobby'],
  ],
  "a given name after a watchman's, a doorman's or a lifeguard's word, in quotes or not": [
    ['3. Harbour watchman "Tetsu" — real name withheld', '3. Harbour watchman "[PERSON]" — real name withheld'],
    ["- Dec 1 — Night watchman Osei reported the gate code was shared", "- Dec 1 — Night watchman [PERSON] reported the gate code was shared"],
    ["The doorman Wiremu let the courier in.", "The doorman [PERSON] let the courier in."],
    ["Lifeguard Mirela closed the pool early", "Lifeguard [PERSON] closed the pool early"],
  ],
  "a job's word before a thing's, a place's or a common word stays": [
    ["Night watchman Roster for December", "Night watchman Roster for December"],
    ["Concierge Desk opens at 7", "Concierge Desk opens at 7"],
    ["janitor Closet B is locked", "janitor Closet B is locked"],
    ['the lifeguard "Station" sign', 'the lifeguard "Station" sign'],
  ],
});
