import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * A Latin given name alone after what the person is to the writer (a job, a part, a relative opening a line), whatever
 * the name lists know (issue 13's eighteenth and nineteenth sets lost such names); with the look-alikes the same words
 * stand before (a thing, a place, an English word, a full name left to the other rules).
 */
describeMaskingClasses("a Latin given name after a person's job, relative or team", {
  "a job or a part in lower case, or capitalised opening a line, before a name no dictionary holds": [
    ["Our interpreter Tavita will join the call.", "Our interpreter [PERSON] will join the call."],
    ["The pianist Ilze asked for the tuning at 440.", "The pianist [PERSON] asked for the tuning at 440."],
    ["Our rider Nomvula (no surname in chat) reported a flat tyre.", "Our rider [PERSON] (no surname in chat) reported a flat tyre."],
    ["Please call your counsellor Thanh before Friday.", "Please call your counsellor [PERSON] before Friday."],
  ],
  "a relative's word opening a line": [
    ["- Nephew Tamati plays rugby on Saturdays.", "- Nephew [PERSON] plays rugby on Saturdays."],
    ["Granddaughter Ilze keeps the keys.", "Granddaughter [PERSON] keeps the keys."],
  ],
  "a team and its person in brackets, a given name or a Japanese one in romaji": [
    ["The lock log was checked by Ops (Kazuki) at night.", "The lock log was checked by Ops ([PERSON]) at night."],
    ["QA (Mateus) signed off the build.", "QA ([PERSON]) signed off the build."],
    ["Support (Tier 2) escalated it.", "Support (Tier 2) escalated it."],
    ["Ops (Kubernetes) upgrade is due.", "Ops (Kubernetes) upgrade is due."],
  ],
  "look-alikes: a thing, a place, an English word, a full name": [
    ["The driver Update failed twice.", "The driver Update failed twice."],
    ["Our guide Kyoto Walks starts at nine.", "Our guide Kyoto Walks starts at nine."],
    ["The tester Chrome build is out.", "The tester Chrome build is out."],
    ["A tutor Monday slot is free.", "A tutor Monday slot is free."],
  ],
});
