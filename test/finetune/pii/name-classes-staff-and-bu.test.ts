import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Japanese surnames a rule read as something else (issue 13's eighteenth and nineteenth sets lost them): one ending in
 * 部 as a department does, before an honorific, and one the dictionary reads as a word after a staff member's post with
 * a given name in hiragana; each with the look-alikes it must leave alone.
 */
describeMaskingClasses("surnames read as a department or a word", {
  "two kanji ending in 部 that are no word, before an honorific": [
    ["財部さんに連絡済み", "[PERSON]さんに連絡済み"],
    ["| TWN 3 | alto; 雀部さんは vegetarian |", "| TWN 3 | alto; [PERSON]さんは vegetarian |"],
    ["本部さんに連絡済み", "本部さんに連絡済み"],
    ["全部さんと呼ばないで", "全部さんと呼ばないで"],
    ["当部さんの件で", "当部さんの件で"],
  ],
  "a surname the dictionary reads as a word after a staff member's post, a space and a hiragana given name": [
    ["記入：店長 比叡 ひかり／受付 二名", "記入：店長 [PERSON]／受付 二名"],
    ["館長 鞍馬 さくら がご案内します", "館長 [PERSON] がご案内します"],
    ["店長 会議 あした", "店長 会議 あした"],
  ],
});
