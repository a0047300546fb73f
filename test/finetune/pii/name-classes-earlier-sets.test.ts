import { describeMaskingClasses } from "../support/masking-cases.js";

describeMaskingClasses("names of the earlier sets' last misses, by class", {
  "a person joined by and to a found name": [
    ["Ella Novak and Maeve are on the rota this week.", "[PERSON] and [PERSON] are on the rota this week."],
    ["Signed off by Hiroshi Tanaka & Maeve on Friday.", "Signed off by [PERSON] & [PERSON] on Friday."],
    ["The visit was booked by Hiroshi Tanaka and Yumiko Ellwood.", "The visit was booked by [PERSON] and [PERSON]."],
    ["Met with Oliver Brandt and Kenta yesterday.", "Met with [PERSON] and [PERSON] yesterday."],
    // A word, a place or a firm after "and" is no one.
    ["Ask Oliver Brandt and London office for the keys.", "Ask [PERSON] and London office for the keys."],
    ["Oliver Brandt and Google Cloud signed the order.", "[PERSON] and Google Cloud signed the order."],
    ["Oliver Brandt and Grace Street are both on the map.", "[PERSON] and Grace Street are both on the map."],
  ],
  "a Japanese name in romaji after a manager's, a supervisor's or a foreman's word, its surname unlisted": [
    ["Our site manager Nobuhiro Kakuzume visited the neighbour.", "Our site manager [PERSON] visited the neighbour."],
    ["The foreman Takeshi Omuroyama signed the sheet.", "The foreman [PERSON] signed the sheet."],
    ["Ask the supervisor Shota Kamizuru, ext. 204.", "Ask the supervisor [PERSON], ext. 204."],
    ["The plant manager Tatsuya Kamizuru approved it.", "The plant manager [PERSON] approved it."],
    // Romaji that reads as a thing or a firm, or English words, are no one.
    ["The project manager Sakura Mochi stall opens at ten.", "The project manager Sakura Mochi stall opens at ten."],
    ["The supervisor Nihon Kohden monitor beeped.", "The supervisor Nihon Kohden monitor beeped."],
    ["Staff Only Area beyond this door.", "Staff Only Area beyond this door."],
  ],
  "a lone given name after a tradesperson's or an inspector's word": [
    ["Restoration firm came; technician Liam set up 3 dehumidifiers.", "Restoration firm came; technician [PERSON] set up 3 dehumidifiers."],
    ["The plumber Declan came at 9.", "The plumber [PERSON] came at 9."],
    ["electrician Tomasz replaced the breaker", "electrician [PERSON] replaced the breaker"],
    ["The inspector Kwame signed off the unit.", "The inspector [PERSON] signed off the unit."],
    // A word, a place or a brand after the job's word is no one.
    ["Press the technician Mode button twice.", "Press the technician Mode button twice."],
    ["Ask the technician Paris office about it.", "Ask the technician Paris office about it."],
    ["Our mechanic Bosch tools are on the shelf.", "Our mechanic Bosch tools are on the shelf."],
  ],
});
