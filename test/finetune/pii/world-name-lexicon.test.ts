import { allLocales } from "@faker-js/faker";
import { describe, expect, it } from "vitest";
import { AFRICAN_AND_SOUTH_ASIAN_GIVEN_NAMES } from "../../../src/finetune/pii/lexicon/african-and-south-asian-given-names.js";
import { IRISH_AND_KOREAN_GIVEN_NAMES } from "../../../src/finetune/pii/lexicon/irish-and-korean-given-names.js";
import { MAORI_FAMILY_NAMES, MAORI_GIVEN_NAMES } from "../../../src/finetune/pii/lexicon/maori-names.js";
import { SLAVIC_PET_NAMES } from "../../../src/finetune/pii/lexicon/slavic-pet-names.js";
import { worldNames } from "../../../src/finetune/pii/lexicon/world-name-lexicon.js";

/**
 * The lexicon reads faker's locale modules as text (an import would keep every locale's data alive): what it reads
 * must be what faker itself gives (and the first names added to it), so a change in faker's module format fails here,
 * not silently in the masking.
 */
describe("worldNames", () => {
  it("holds every Latin-script first and last name of faker's locales, and the Japanese locale's names, exactly (with the added first and Māori names, and first names without their accents)", () => {
    const latin = /^\p{Lu}[\p{Script=Latin}'’-]*\p{Ll}$/u;
    const expected = { latinGiven: new Set<string>(), latinFamily: new Set<string>(), japaneseSurnames: new Set<string>(), japaneseGivenNames: new Set<string>() };
    for (const [locale, definition] of Object.entries(allLocales)) {
      const person = definition.person as { first_name?: Record<string, string[]>; last_name?: Record<string, string[]> } | undefined;
      for (const [field, given] of [["first_name", true], ["last_name", false]] as const) {
        for (const name of Object.values(person?.[field] ?? {}).flat()) {
          if (latin.test(name)) (given ? expected.latinGiven : expected.latinFamily).add(name);
          else if (locale === "ja" && name !== "") (given ? expected.japaneseGivenNames : expected.japaneseSurnames).add(name);
        }
      }
    }
    for (const name of [...AFRICAN_AND_SOUTH_ASIAN_GIVEN_NAMES, ...MAORI_GIVEN_NAMES, ...IRISH_AND_KOREAN_GIVEN_NAMES, ...SLAVIC_PET_NAMES]) expected.latinGiven.add(name);
    for (const name of [...expected.latinGiven]) {
      const plain = name.normalize("NFD").replace(/\p{M}+/gu, "").normalize("NFC");
      if (latin.test(plain)) expected.latinGiven.add(plain);
    }
    for (const name of MAORI_FAMILY_NAMES) expected.latinFamily.add(name);
    const names = worldNames();
    expect(expected.latinGiven.size).toBeGreaterThan(10_000);
    expect(["Marketa", "Oisin", "Seo-yeon", "Hyunwoo"].filter((name) => !names.latinGiven.has(name))).toEqual([]);
    expect([...names.latinGiven].sort()).toEqual([...expected.latinGiven].sort());
    expect([...names.latinFamily].sort()).toEqual([...expected.latinFamily].sort());
    expect([...names.japaneseSurnames].sort()).toEqual([...expected.japaneseSurnames].sort());
    expect([...names.japaneseGivenNames].sort()).toEqual([...expected.japaneseGivenNames].sort());
  });
});
