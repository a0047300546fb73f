import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * The ID classes the thirteenth set missed (issue 13), with other values than the set's and the look-alikes each rule
 * must leave alone (expected === input).
 */
describeMaskingClasses("ID classes of the thirteenth set", {
  "a staff code as a chat turn's speaker": [
    ["[21:07] ドライバー TX-55120: お客様が降りません", "[21:07] ドライバー [PERSONAL_ID]: お客様が降りません"],
    ["[07:12] Courier CR-2231: parcel left at the door", "[07:12] Courier [PERSONAL_ID]: parcel left at the door"],
    ["09:40 Agent AG4471: I have reset it", "09:40 Agent [PERSONAL_ID]: I have reset it"],
    ["[10:02] Driver 2: on my way", "[10:02] Driver 2: on my way"],
    ["10:02 PR-1234: merged into main", "10:02 PR-1234: merged into main"],
    ["[10:02] Order ORD-88120: shipped", "[10:02] Order ORD-88120: shipped"],
    ["[10:02] Build v2.4.1: green", "[10:02] Build v2.4.1: green"],
  ],
  "a person's handle in an export's JSON": [
    ['{ "real_name": "x", "display_name": "morita" }', '{ "real_name": "x", "display_name": "[PERSONAL_ID]" }'],
    ['{"login": "kwame.o", "id": 3}', '{"login": "[PERSONAL_ID]", "id": 3}'],
    ['{"screen_name": "aiko_k"}', '{"screen_name": "[PERSONAL_ID]"}'],
    ['{"display_name": "deploy-bot"}', '{"display_name": "deploy-bot"}'],
    ['{"username": "admin"}', '{"username": "admin"}'],
    ['{"display_name": "Slackbot"}', '{"display_name": "Slackbot"}'],
    ['{"product_name": "kurabe", "version": "1.2.0"}', '{"product_name": "kurabe", "version": "1.2.0"}'],
    ['{"ticket": "INC-2041", "order": "ORD-1182"}', '{"ticket": "INC-2041", "order": "ORD-1182"}'],
  ],
});
