import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Over-masks of the twenty-fourth round by class (issue 13): a place before its office's or branch's bracket, a plate's
 * region read as a surname, an address's 条 read as the name Jo, a city's -shi read as an honorific. Each with the
 * person the rule must still mask.
 */
describeMaskingClasses("over-mask classes of the twenty-fourth round", {
  "a place's or a branch's name before an office's or a branch's word in brackets is no one's": [
    ["Santa Clara (sales office)", "Santa Clara (sales office)"],
    ["Grand Central (Tokyo office)", "Grand Central (Tokyo office)"],
    ["San Mateo (warehouse) ships on Friday.", "San Mateo (warehouse) ships on Friday."],
    ["Thanks. North Point (Hong Kong branch)", "Thanks. North Point (Hong Kong branch)"],
    ["Thanks. Harbour City (HQ)", "Thanks. Harbour City (HQ)"],
    ["Santa Clara", "Santa Clara"],
    ["Call Emi Sato at Santa Clara (sales office)", "Call [PERSON] at Santa Clara (sales office)"],
    ["Emi Sato (Tokyo office) will call back", "[PERSON] (Tokyo office) will call back"],
    ["Thanks. Emi (Tokyo office)", "Thanks. [PERSON] (Tokyo office)"],
    ["Thanks. Tom Baker (Osaka branch)", "Thanks. [PERSON] (Osaka branch)"],
  ],
  "a plate's region before the rest of its plate is the place, no surname": [
    ["社用車 土浦 100 か 98-76", "社用車 土浦 100 か 98-76"],
    ["社用車 千葉 300 さ 12-34 で訪問", "社用車 千葉 300 さ 12-34 で訪問"],
    ["営業車 石川 500 あ 4321 を返却", "営業車 石川 500 あ 4321 を返却"],
    ["社用車 長野 480 ほ 7-01 の点検、担当 森田 さん", "社用車 長野 480 ほ 7-01 の点検、担当 [PERSON] さん"],
    ["担当の土浦さんに連絡", "担当の[PERSON]さんに連絡"],
    ["田中 100 か 98-76", "[PERSON] 100 か 98-76"],
  ],
  "a word between a number and a chome's number is an address's part (Sapporo's 条), not the name Jo": [
    ["Chapter 3 Jo 4 Chome", "Chapter 3 Jo 4 Chome"],
    ["Section 5 Jo 2 Chome", "Section 5 Jo 2 Chome"],
    ["Block 12 Jo 1-chome", "Block 12 Jo 1-chome"],
    ["Jo said block 3 is fine", "[PERSON] said block 3 is fine"],
    ["Hi Jo, the 4 chome units are ready", "Hi [PERSON], the 4 chome units are ready"],
  ],
  "a -shi after an address's block of numbers or after a city the lexicon knows is the city's": [
    ["Model 4-6-12, Osaka-shi", "Model 4-6-12, Osaka-shi"],
    ["Unit 2-1-5, Kobe-shi", "Unit 2-1-5, Kobe-shi"],
    ["Rm 3-14, Chiba-shi", "Rm 3-14, Chiba-shi"],
    ["Our Nagoya-shi office", "Our Nagoya-shi office"],
    ["Yokohama-shi depot", "Yokohama-shi depot"],
    ["Tanaka-shi will attend", "[PERSON]-shi will attend"],
    ["Please thank Yamaguchi-shi", "Please thank [PERSON]-shi"],
    ["Kenji-san called", "[PERSON]-san called"],
  ],
});
