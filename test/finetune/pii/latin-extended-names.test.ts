import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Names spelt with letters beyond Latin-1 (Polish, Czech, Turkish, Vietnamese), after the same cues as any English
 * name: the cue detectors' word once stopped at the first such letter, masking a name's head and leaving its tail
 * (Regards, Tomasz Wi|śniewski → [PERSON]śniewski). Values made up here.
 */
const classes: Record<string, MaskingCase[]> = {
  "a name whose letters go beyond Latin-1, whole after its cue": [
    ["Regards,\nMarek Wójcik", "Regards,\n[PERSON]"],
    ["Prepared by: Zdeňka Kovářová", "Prepared by: [PERSON]"],
    ["Ms. Öztürk called; Mr. Łęcki wrote back.", "Ms. [PERSON] called; Mr. [PERSON] wrote back."],
    ["ご担当の Paweł Szymański さんより", "ご担当の [PERSON] さんより"],
    ["Dagmar Růžičková asked about the refund.", "[PERSON] asked about the refund."],
  ],
  "such letters in places and things after no person's cue stay": [
    ["Shipped from Gdańsk to Łódź via Kraków; the Škoda is back at the depot.", "Shipped from Gdańsk to Łódź via Kraków; the Škoda is back at the depot."],
    ["Approved by Managing Director, office in Plzeň.", "Approved by Managing Director, office in Plzeň."],
  ],
};

describeMaskingClasses("names with letters beyond Latin-1", classes);
