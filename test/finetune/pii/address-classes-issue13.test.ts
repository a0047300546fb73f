import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Address rules by class from issue 13's reports (a street run across a sentence's end, a Thai postcode after its
 * district left), each with the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("address classes of issue 13's reports", {
  "a street's words take a full stop only after an abbreviation": [
    ["We ordered 12 Boxes. Station Road is closed today.", "We ordered 12 Boxes. Station Road is closed today."],
    ["Chapter 3 Results. Main Street traffic", "Chapter 3 Results. Main Street traffic"],
    ["He lives at 10 St. Johns Road now.", "He lives at [ADDRESS] now."],
    ["Visit 5 Mt. Pleasant Avenue", "Visit [ADDRESS]"],
  ],
  "a Thai address by its subdistrict's and district's words, to its postcode": [
    ["123 Sukhumvit Soi 11, Khet Watthana, Bangkok 10110", "[ADDRESS]"],
    ["99 Moo 3, Tambon Nong Prue, Amphoe Bang Lamung, Chonburi 20150", "[ADDRESS]"],
    ["Send to 45/2 Thanon Charoen Krung, Khwaeng Bang Rak, Khet Bang Rak, Bangkok 10500 please", "Send to [ADDRESS] please"],
    ["Khet Watthana is a district of Bangkok with 10110 people", "Khet Watthana is a district of Bangkok with 10110 people"],
    ["Financial District, New York 10005", "Financial District, New York 10005"],
  ],
});
