import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { AFRICAN_AND_SOUTH_ASIAN_GIVEN_NAMES } from "./african-and-south-asian-given-names.js";
import { IRISH_AND_KOREAN_GIVEN_NAMES } from "./irish-and-korean-given-names.js";
import { MAORI_FAMILY_NAMES, MAORI_GIVEN_NAMES } from "./maori-names.js";
import { SLAVIC_PET_NAMES } from "./slavic-pet-names.js";

/**
 * First and last names of many countries, from @faker-js/faker's 77 locales (person.first_name and last_name: about
 * 24,600 and 19,300): general knowledge of what names look like (Tomasz, Kwame, Hamid, Wiśniewski, Carvalho, 桑原), for
 * names no cue stands beside. Only the Latin-script names, and the Japanese locale's names, are kept.
 */
export interface WorldNames {
  /** First names in Latin letters, one word, as written (Tomasz, Priscila, Zoë). */
  latinGiven: ReadonlySet<string>;
  /** Last names in Latin letters, one word, as written (Wiśniewski, Carvalho, Adebayo). */
  latinFamily: ReadonlySet<string>;
  /** The Japanese locale's last names (桑原, 三好) and first names (勇, 健斗, あゆみ, ハナ). */
  japaneseSurnames: ReadonlySet<string>;
  japaneseGivenNames: ReadonlySet<string>;
}

let loaded: WorldNames | undefined;

/** A first or last name's block in a locale's module: `first_name:{female:`Ada.Agata…`.split(`.`),generic:[`葵`]}`. */
const NAME_BLOCK = /\b(first_name|last_name):\{([^{}]*)\}/g;
/** The lists of a block: template literals, their names joined by dots. */
const LITERAL = /`([^`]*)`/g;
const LATIN_NAME = /^\p{Lu}[\p{Script=Latin}'’-]*\p{Ll}$/u;

/**
 * The names, read from faker's locale modules as text rather than imported: an import keeps every locale's data
 * (addresses, words, ~18 MB) in the module cache for the thread's life; read as text, only the Sets stay.
 */
export function worldNames(): WorldNames {
  if (loaded) return loaded;
  const dist = join(dirname(createRequire(import.meta.url).resolve("@faker-js/faker/package.json")), "dist");
  const names: WorldNames = { latinGiven: new Set(), latinFamily: new Set(), japaneseSurnames: new Set(), japaneseGivenNames: new Set() };
  // Every module: a locale's entry imports its data from one (locale/ja.js: ../ja-CSRunEt8.js), which may import a shared one (en's).
  const locales = localeModules(dist);
  for (const file of readdirSync(dist).filter((name) => name.endsWith(".js"))) {
    const locale = locales.get(file) ?? file.split("-")[0];
    const source = readFileSync(join(dist, file), "utf8");
    for (const [, field, block] of source.matchAll(NAME_BLOCK)) {
      const given = field === "first_name";
      for (const [, list] of block!.matchAll(LITERAL)) {
        for (const name of list!.split(".")) {
          if (LATIN_NAME.test(name)) ((given ? names.latinGiven : names.latinFamily) as Set<string>).add(name);
          else if (locale === "ja" && name !== "") ((given ? names.japaneseGivenNames : names.japaneseSurnames) as Set<string>).add(name);
        }
      }
    }
  }
  for (const name of [...AFRICAN_AND_SOUTH_ASIAN_GIVEN_NAMES, ...MAORI_GIVEN_NAMES, ...IRISH_AND_KOREAN_GIVEN_NAMES, ...SLAVIC_PET_NAMES]) (names.latinGiven as Set<string>).add(name);
  // A first name is often written without its accents (Marketa for Markéta, Oisin, Jose): the same name.
  for (const name of [...names.latinGiven]) {
    const plain = withoutAccents(name);
    if (plain !== name && LATIN_NAME.test(plain)) (names.latinGiven as Set<string>).add(plain);
  }
  for (const name of MAORI_FAMILY_NAMES) (names.latinFamily as Set<string>).add(name);
  return (loaded = names);
}

/** A word with its accents taken off (Markéta → Marketa); letters of their own (Ł, Ø) stay. */
const withoutAccents = (word: string): string => word.normalize("NFD").replace(/\p{M}+/gu, "").normalize("NFC");

/** Locales' data modules (`ja-CSRunEt8.js`) and their locales, named by their entry modules (`locale/ja.js` imports it). */
function localeModules(dist: string): Map<string, string> {
  const modules = new Map<string, string>();
  for (const entry of readdirSync(join(dist, "locale")).filter((file) => file.endsWith(".js"))) {
    const target = /from\s*"\.\.\/([^"]+\.js)"/.exec(readFileSync(join(dist, "locale", entry), "utf8"))?.[1];
    if (target) modules.set(target, entry.slice(0, -3));
  }
  return modules;
}
