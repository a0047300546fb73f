import { describeMaskingClasses } from "../support/masking-cases.js";

describeMaskingClasses("English names with no cue, by compromise's person tagger", {
  "a full name or a lone first name before a person's verb is masked": [
    ["Ingrid Solberg left on 30 November.", "[PERSON] left on 30 November."],
    ["Marcus Feldmann interviewed well.", "[PERSON] interviewed well."],
    ["We spoke to Oliver Grant and Eleanor Price yesterday.", "We spoke to [PERSON] and [PERSON] yesterday."],
    ["Graham O'Neill will review it.", "[PERSON] will review it."],
    ["Ingrid Solberg · Engineering Manager, Platform", "[PERSON] · Engineering Manager, Platform"],
    ["Gavin said the order was late.", "[PERSON] said the order was late."],
    ["Thanks. Fiona asked for a refund, and Megan agreed.", "Thanks. [PERSON] asked for a refund, and [PERSON] agreed."],
  ],
  "a first name with an accent, which the lexicon spells without one": [
    ["Chloé Martin will call back.", "[PERSON] will call back."],
    ["Zoë said it was fine.", "[PERSON] said it was fine."],
  ],
  "a line that ends without a full stop is a sentence of its own (a field, a table's row, a signature)": [
    ["Line two without stop\nInvoice for Fredrik Lund\nAnother line", "Line two without stop\nInvoice for [PERSON]\nAnother line"],
    ["Owner: platform team\nDelphine Aubert · Head of Data\nApproved", "Owner: platform team\n[PERSON] · Head of Data\nApproved"],
  ],
  "a firm, a title, a product, a place or a verb that reads like a name stays": [
    ["Sato Coffee Roasters shipped the beans.", "Sato Coffee Roasters shipped the beans."],
    ["The Managing Director approved it.", "The Managing Director approved it."],
    ["She bought a Hello Kitty bag in Tokyo and Osaka.", "She bought a Hello Kitty bag in Tokyo and Osaka."],
    ["Grant access to the repo for the new hire.", "Grant access to the repo for the new hire."],
    ["Mark the ticket as resolved.", "Mark the ticket as resolved."],
    ["Will you send the invoice?", "Will you send the invoice?"],
    ["Don't close the ticket yet.", "Don't close the ticket yet."],
    ["GRANT APPLICATION FORM", "GRANT APPLICATION FORM"],
    ["The office is on Emily Road, past Caroline Street Station.", "The office is on Emily Road, past Caroline Street Station."],
    ["We ordered from Asahi Kasei and bought Sakura Mochi.", "We ordered from Asahi Kasei and bought Sakura Mochi."],
    ["Meet at Victoria Station at noon.", "Meet at Victoria Station at noon."],
    ["Rooms at the Sophia Hotel are booked", "Rooms at the Sophia Hotel are booked"],
    ["Florence Street Market opens at nine", "Florence Street Market opens at nine"],
    ["Jordan Logistics Ltd sent the pallets", "Jordan Logistics Ltd sent the pallets"],
    ["Ingrid Solberg Group will pay, and Nora Whitfield Company agreed.", "Ingrid Solberg Group will pay, and Nora Whitfield Company agreed."],
    ["Invoices go to Helena Marchetti Ltd, and Carter & Lowe countersign.", "Invoices go to Helena Marchetti Ltd, and Carter & Lowe countersign."],
    ["Ask the Managing Director\nMay 5 works for us", "Ask the Managing Director\nMay 5 works for us"],
    ["Chase the overdue invoice\nWill you confirm", "Chase the overdue invoice\nWill you confirm"],
    ["Grace period ends on Friday", "Grace period ends on Friday"],
  ],
});
