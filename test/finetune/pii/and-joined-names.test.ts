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
});
