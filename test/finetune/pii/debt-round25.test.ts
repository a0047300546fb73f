import { describe, expect, it } from "vitest";
import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";
import { FAMILIAR_HONORIFICS, honorificAlternation, POLITE_HONORIFICS, ROMAJI_HONORIFICS, ROMAJI_HONORIFICS_WITH_SHI } from "../../../src/finetune/pii/lexicon/honorifics.js";

/** Values made up here, each class in layouts other than the over-masks that showed it. */
const classes: Record<string, MaskingCase[]> = {
  "a year after a lock's code word, the sentence going on": [
    ["The lockbox, code 2026 rollout starts Monday.", "The lockbox, code 2026 rollout starts Monday."],
    ["Keypad, code 2025 update is due next week.", "Keypad, code 2025 update is due next week."],
    ["the padlock, combination 2027 schedule attached", "the padlock, combination 2027 schedule attached"],
  ],
  "a lock's code after the same words": [
    ["the grey lockbox, code 9318", "the grey lockbox, code [SECRET]"],
    ["Keypad, code 2026.", "Keypad, code [SECRET]."],
    ["padlock, combination 4417 by the gate", "padlock, combination [SECRET] by the gate"],
  ],
  "a saying after a key's word": [
    ["the key's behind the scenes, ask the desk", "the key's behind the scenes, ask the desk"],
    ["The key is under the radar for now.", "The key is under the radar for now."],
    ["Our key is behind the times.", "Our key is behind the times."],
  ],
  "where a key is hidden, told the same way": [
    ["The key is under the blue pot.", "The key is [SECRET]."],
    ["the spare key's behind the meter box, ok?", "the spare key's [SECRET], ok?"],
  ],
  "a thing's katakana word split by a dot or a space": [
    ["新メニュー ハン・バーガー（期間限定）を追加", "新メニュー ハン・バーガー（期間限定）を追加"],
    ["ムーン・ライト（限定）", "ムーン・ライト（限定）"],
    ["本日の演目: マジック・ショー", "本日の演目: マジック・ショー"],
  ],
  "a katakana name split the same way": [
    ["担当 クルス・アナ", "担当 [PERSON]"],
    ["タカハシ ケンタ です", "[PERSON] です"],
  ],
  "a voice assistant at a device's task": [
    ["Alexa said it will rain. Alexa will play music.", "Alexa said it will rain. Alexa will play music."],
    ["Alexa will set a timer for the pasta.", "Alexa will set a timer for the pasta."],
    ["Alexa played the playlist again.", "Alexa played the playlist again."],
    ["Then Alexa turned the lights off.", "Then Alexa turned the lights off."],
  ],
  "a woman named so, the same verbs after": [
    ["Alexa said she would come.", "[PERSON] said she would come."],
    ["Alexa will send the invoice.", "[PERSON] will send the invoice."],
    ["Alexa said he fixed the lights.", "[PERSON] said he fixed the lights."],
  ],
  "a place named after a person whose name runs on through a particle": [
    ["Flight lands at Leonardo da Vinci airport at 9.", "Flight lands at Leonardo da Vinci airport at 9."],
    ["Meet at Vincent van Gogh Museum tomorrow.", "Meet at Vincent van Gogh Museum tomorrow."],
    ["Pick-up at Leonardo da Vinci station at 8.", "Pick-up at Leonardo da Vinci station at 8."],
    ["See you at Vincent van Gogh museum.", "See you at Vincent van Gogh museum."],
    ["We land at Charles de Gaulle International Airport.", "We land at Charles de Gaulle International Airport."],
  ],
  "a person so named, no place after": [
    ["Maria da Silva will pick you up at the airport.", "[PERSON] will pick you up at the airport."],
    ["Leonardo da Vinci called yesterday.", "[PERSON] called yesterday."],
    ["Maria de Souza International Relations", "[PERSON] International Relations"],
  ],
  "a meeting spot and a time after an address": [
    ["東京都港区芝公園4-2-8 ロビー 受付 1300 集合", "[ADDRESS] ロビー 受付 1300 集合"],
    ["大阪府大阪市北区梅田3-1-1 エントランス 0930 待ち合わせ", "[ADDRESS] エントランス 0930 待ち合わせ"],
    ["福岡県福岡市中央区天神2-5-1 フロント 1500", "[ADDRESS] フロント 1500"],
  ],
  "a building and its room after an address": [
    ["東京都港区芝公園4-2-8 グランドタワー 1203", "[ADDRESS]"],
    ["大阪府大阪市北区梅田3-1-1 フロントタワー 1203", "[ADDRESS]"],
  ],
  "a romaji honorific after a Latin name": [
    ["Thanks, Shiori-san", "Thanks, [PERSON]-san"],
  ],
};

describeMaskingClasses("debt round 25 (one honorific list; over-masks seen on main)", classes);

describe("the honorifics after a Japanese name, from one list", () => {
  it("joins the groups a pattern means, each word once", () => {
    expect(new RegExp(`^${honorificAlternation(...POLITE_HONORIFICS, ...FAMILIAR_HONORIFICS)}$`).test("君")).toBe(true);
    expect(new RegExp(`^${honorificAlternation(...POLITE_HONORIFICS)}$`).test("くん")).toBe(false);
  });
  it("leaves -shi out of the romaji list a town's rule reads, and in the name rule's", () => {
    expect(ROMAJI_HONORIFICS).not.toContain("shi");
    expect(ROMAJI_HONORIFICS_WITH_SHI).toContain("shi");
    expect(ROMAJI_HONORIFICS_WITH_SHI).toEqual(expect.arrayContaining([...ROMAJI_HONORIFICS]));
  });
});
