import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Over-masks helpers saw on main after round 33r (issue 13), by class: each in other layouts too, a person's value
 * beside it still masked. Values are made up here.
 */
const classes: Record<string, MaskingCase[]> = {
  "a name the tagger finds in brackets ends at its last letter: the closing bracket after it is kept": [
    ["Python (Monty Python)", "Python (Monty Python)"],
    ["Java (Anna Smith)", "Java ([PERSON])"],
    ["Owner: Perl (Larry Wall)", "Owner: Perl ([PERSON])"],
    ['Maintainer ("Grace Hopper") left', 'Maintainer ("[PERSON]") left'],
    ["Team lead [Oliver Grant]", "Team lead [[PERSON]]"],
  ],
  "a system's or a bot's word before a colon after a chat stamp is no speaker; a person's name there still masked": [
    ["[2026-10-22 14:22] Server: restarted.", "[2026-10-22 14:22] Server: restarted."],
    ["[2026-03-01 09:05] Router: link down", "[2026-03-01 09:05] Router: link down"],
    ["[23:10] Watchdog: heartbeat missed", "[23:10] Watchdog: heartbeat missed"],
    ["[2026-03-01 09:05] Sentinel: failover", "[2026-03-01 09:05] Sentinel: failover"],
    ["[2026-03-01 09:06] Relay: queued", "[2026-03-01 09:06] Relay: queued"],
    ["[2026-10-22 14:23] Lisa Wong: thanks, all good", "[2026-10-22 14:23] [PERSON]: thanks, all good"],
    ["[2026-10-22 14:24] Ortiz: confirmed", "[2026-10-22 14:24] [PERSON]: confirmed"],
    ["[23:11] Mason: on it", "[23:11] [PERSON]: on it"],
  ],
  "a list of firms in a cell (a double-barrelled firm, a comma, a firm the lexicon knows) is no surname-first name; a person's still masked": [
    ["| Hewlett-Packard, Dell |", "| Hewlett-Packard, Dell |"],
    ["| Harley-Davidson, Nike |", "| Harley-Davidson, Nike |"],
    ["| Johnson-Matthey, Ford |", "| Johnson-Matthey, Ford |"],
    ["Suppliers: Hewlett-Packard, Avis", "Suppliers: Hewlett-Packard, Avis"],
    ["Vendors／Hewlett-Packard, Nike／", "Vendors／Hewlett-Packard, Nike／"],
    ["| Adeyemi-Cole, Tobi |", "| [PERSON] |"],
    ["| Haddad, Layla Noor |", "| [PERSON] |"],
  ],
  "a short name before its whole name in brackets, a firm's or ending in a place's word, is the thing; a nickname before a person's full name still masked": [
    ["Ana (Ana Rose Garden)", "Ana (Ana Rose Garden)"],
    ["Nike (Nike Air Max)", "Nike (Nike Air Max)"],
    ["Lexus (Lexus Garden Hotel)", "Lexus (Lexus Garden Hotel)"],
    ["Dell (Dell Technologies)", "Dell (Dell Technologies)"],
    ["Thanks. Lily (Lily Garden Hotel)", "Thanks. Lily (Lily Garden Hotel)"],
    ["Sent from Maria (Maria Hotel)", "Sent from Maria (Maria Hotel)"],
    ["Dinner at Rose (Rose Garden Cafe) with Maria Lopez.", "Dinner at Rose (Rose Garden Cafe) with [PERSON]."],
    ["Thanks. Emi (Emi Tanaka)", "Thanks. [PERSON] ([PERSON])"],
  ],
  "a maker's name in half-width kana before goods' words is a product's; a half-width name still masked": [
    ["ﾓﾘﾅｶﾞ ﾐﾙｸ ｷｬﾗﾒﾙ", "ﾓﾘﾅｶﾞ ﾐﾙｸ ｷｬﾗﾒﾙ"],
    ["ﾀｶﾅｼ ﾐﾙｸ ｺｰﾋｰ 1個 ¥216", "ﾀｶﾅｼ ﾐﾙｸ ｺｰﾋｰ 1個 ¥216"],
    ["ﾌｼﾞﾔ ﾐﾙｸ ｷｬﾝﾃﾞｨ", "ﾌｼﾞﾔ ﾐﾙｸ ｷｬﾝﾃﾞｨ"],
    ["ﾓﾘﾅｶﾞ ﾐﾙｸ ｷｬﾗﾒﾙ 1点 ｻﾄｳ ﾊﾅｺ 様", "ﾓﾘﾅｶﾞ ﾐﾙｸ ｷｬﾗﾒﾙ 1点 [PERSON] 様"],
    ["受付 ﾀﾅﾍﾞ", "受付 [PERSON]"],
    ["ﾉｸﾞﾁ ﾕｳﾄ 6才", "[PERSON] 6才"],
  ],
  "a login or a password marked as an example in brackets after it is the form's illustration; one with another note still masked": [
    ["ユーザー名 sample_user01（例）", "ユーザー名 sample_user01（例）"],
    ["ログインID taro_yamada (e.g.)", "ログインID taro_yamada (e.g.)"],
    ["パスワード: Abc12345（記入例）", "パスワード: Abc12345（記入例）"],
    ["username: jdoe (example)", "username: jdoe (example)"],
    ["パスワード: Kx92mmq1（本人）", "パスワード: [SECRET]（本人）"],
    ["ユーザー名 sample_user01 で登録済み", "ユーザー名 [PERSONAL_ID] で登録済み"],
  ],
  "a profile's link after words that say a firm owns it (当社, 弊社, the salon) is the firm's, as its handle is; a person's link still masked": [
    ["当社のInstagram：instagram.com/kurabe_jp", "当社のInstagram：instagram.com/kurabe_jp"],
    ["弊社X x.com/acme_support", "弊社X x.com/acme_support"],
    ["Follow the salon on instagram.com/hair_aoi22", "Follow the salon on instagram.com/hair_aoi22"],
    ["Booked at a restaurant: see instagram.com/kenji_eats", "Booked at a restaurant: see instagram.com/[PERSONAL_ID]"],
    ["my insta is instagram.com/hana_k22", "my insta is instagram.com/[PERSONAL_ID]"],
  ],
};

describeMaskingClasses("over-masks seen on main after round 33r", classes);
