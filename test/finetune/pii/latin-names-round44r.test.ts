import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Names in Latin letters of round 44r (issue 13): a list of given names holding two-syllable Malaysian or Singaporean
 * Chinese given names; a romaji name after a tour guide's or a driver's word; a rare romaji surname in brackets after a
 * given name with -san; a relative's given name beside a possessive kin word, or beside a Japanese kin word. Each rule
 * both ways.
 */
describeMaskingClasses("Latin names of round 44r", {
  "a list of given names may hold two romanised syllables as one name": [
    ["Class list: Kai Xuan, Tristan, Yu Ting, Haziq, Caleb… Filed.", "Class list: [PERSON], [PERSON], [PERSON], [PERSON], [PERSON]… Filed."],
    ["Cities: Tokyo, Osaka, Hong Kong, Kyoto.", "Cities: Tokyo, Osaka, Hong Kong, Kyoto."],
    ["Students: Haziq, Izzati, Zi Han, Kenneth.", "Students: Haziq, Izzati, Zi Han, [PERSON]."],
  ],
  "a romaji name after a guide's, a driver's or an interpreter's word": [
    ["Guide Kazuya Tsubameda (the new one) leads the walk.", "Guide [PERSON] (the new one) leads the walk."],
    ["Driver Sota Kuwanomi was late again.", "Driver [PERSON] was late again."],
    ["Guide Dog Training starts at 10.", "Guide Dog Training starts at 10."],
  ],
  "a rare romaji surname in brackets after the given name with -san": [
    ["- Guide for XY-11: Ryusei-san (Tsurugaya Ryusei), work phone on file.", "- Guide for XY-11: [PERSON]-san ([PERSON]), work phone on file."],
    ["- Ask Mao-san (Mao Restaurant) for the room.", "- Ask [PERSON]-san (Mao Restaurant) for the room."],
  ],
  "a relative's given name beside a possessive kin word": [
    ["- Kerem, his brother, asked by email if the tour can move.", "- [PERSON], his brother, asked by email if the tour can move."],
    ["- Photos go to his cousin too — Wanjiru — on WhatsApp.", "- Photos go to his cousin too — [PERSON] — on WhatsApp."],
    ["Monday, my brother came. Thanks, my friend, see you.", "Monday, my brother came. Thanks, my friend, see you."],
    ["Paris, her sister's city, was lovely.", "Paris, her sister's city, was lovely."],
    ["We met his wife — Monday — at the desk.", "We met his wife — Monday — at the desk."],
  ],
  "a Latin given name beside a Japanese kin word": [
    ["Margot の夫です。額をもう1枚。", "[PERSON] の夫です。額をもう1枚。"],
    ["田村さんの奥さん Faith 名義にするかも。", "[PERSON]さんの奥さん [PERSON] 名義にするかも。"],
    ["Apple の父と呼ばれる人。Tokyo の母。", "Apple の父と呼ばれる人。Tokyo の母。"],
    ["妻 Apple で検索した。", "妻 Apple で検索した。"],
  ],
});
