import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { MODERN_GIVEN_NAME_READINGS, MODERN_GIVEN_NAMES } from "./modern-given-names.js";
import { OKINAWAN_SURNAMES } from "./okinawan-surnames.js";
import { REGIONAL_SURNAMES } from "./regional-surnames.js";
import { worldNames } from "./world-name-lexicon.js";

interface NameLexicon {
  surnames: ReadonlySet<string>;
  givenNames: ReadonlySet<string>;
  /**
   * One-kanji given names the dictionary also lists as a common noun (名詞,一般: 錦, 愛, 誠, 梅): after a surname they
   * may be a name (山田愛) or a thing named after one (山田錦, a sake rice), so they need a cue.
   */
  nounGivenNames: ReadonlySet<string>;
  /**
   * Surnames of two kanji or more whose cheapest entry in the dictionary is the surname (佐藤, 山田, 三浦, 岩田): the reading
   * IPADIC itself prefers. Not 本田 (組織, a maker), 上野 or 福岡 (地域), 大和 (地域 and 名詞,一般), 森 (名詞,一般).
   */
  preferredSurnames: ReadonlySet<string>;
  /**
   * One-kanji surnames the dictionary also lists as a dependent noun (名詞,非自立: 方, 中, 上, 者): grammatical words
   * (ご担当の方, 候補者の方) that are never taken for a name alone.
   */
  boundNouns: ReadonlySet<string>;
  /** The readings, in katakana, of the surnames and given names (タカハシ, ケンタ): a name written in katakana. */
  surnameReadings: ReadonlySet<string>;
  givenNameReadings: ReadonlySet<string>;
  /** Each surname's readings (伊藤: イトウ): whether a romanisation beside it can be its. */
  readingsOfSurname: ReadonlyMap<string, readonly string[]>;
  /**
   * The common nouns of two or three kanji (名詞,一般 and サ変接続: 誕生, 入学, 番号) and organisations' names (東大,
   * 京大): a word after a kinship word that is one (長女 誕生, 長男 東大 に合格) is no given name the dictionary lacks
   * (長女 結菜).
   */
  commonNouns: ReadonlySet<string>;
  /**
   * The katakana readings, of three kana or more, of the common nouns, places and organisations (サクラモチ, ナカメグロ):
   * two romaji words that read together as one of them (Sakura Mochi, Minami Aoyama) are that word, not a name.
   */
  wordReadings: ReadonlySet<string>;
}

let lexicon: NameLexicon | undefined;

/** The length of the longest entry of `names` that `text` starts with (or, `atEnd`, ends with), up to `most` characters; 0 if none. */
export function longestName(text: string, names: ReadonlySet<string>, atEnd = false, most = 5): number {
  for (let length = Math.min(most, text.length); length >= 1; length--) {
    if (names.has(atEnd ? text.slice(-length) : text.slice(0, length))) return length;
  }
  return 0;
}

/** Hiragana as katakana (にしむら → ニシムラ), half-width katakana as full-width: the form of the dictionary's readings. */
export const asReading = (word: string): string => word.normalize("NFKC").replace(/[\u3041-\u3096]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0x60));

/**
 * The person names of kuromoji's IPADIC dictionary (名詞,固有名詞,人名,姓 and 人名,名: about 12,000 surnames and
 * 18,000 given names), read from its feature table (tid_pos.dat: `surface,pos,…` strings, NUL-separated), with
 * faker's Japanese ones (world-name-lexicon.ts: 1 surname and 50 given names more), gimei's given names
 * (modern-given-names.ts: 7,396 more) and rare surnames (okinawan-surnames.ts, regional-surnames.ts). The
 * dictionary's own 人名 tags, without the tokenizer's lattice in memory (over 130 MB) or its time per sentence.
 */
export function nameLexicon(): NameLexicon {
  lexicon ??= savedLexicon() ?? readLexicon();
  return lexicon;
}

/**
 * The lexicon as `npm run build` saved it beside the compiled module (saveNameLexicon): each masking thread read the
 * 40 MB table anew, about 2 s of CPU and 130 MB of memory at its start; the saved sets are 4 MB of JSON. Saved under a
 * digest of the modules and the dictionary it comes from, so that a stale file (dist/ compiled by tsc alone) is not
 * read. Undefined when there is none (the TypeScript sources, as in tests).
 */
function savedLexicon(): NameLexicon | undefined {
  if (!existsSync(SAVED)) return undefined;
  const saved = JSON.parse(readFileSync(SAVED, "utf8")) as SavedLexicon;
  if (saved.digest !== sourcesDigest()) return undefined;
  const sets = Object.fromEntries(Object.entries(saved.sets).map(([key, values]) => [key, new Set(values)]));
  return { ...sets, readingsOfSurname: new Map(saved.readingsOfSurname) } as unknown as NameLexicon;
}

/** Writes the lexicon beside the compiled module (scripts/save-name-lexicon.mjs, after tsc), for savedLexicon. */
export function saveNameLexicon(): void {
  const { readingsOfSurname, ...sets } = readLexicon();
  const saved: SavedLexicon = {
    digest: sourcesDigest(),
    sets: Object.fromEntries(Object.entries(sets).map(([key, values]) => [key, [...values]])),
    readingsOfSurname: [...readingsOfSurname].map(([surname, readings]) => [surname, [...readings]]),
  };
  writeFileSync(SAVED, JSON.stringify(saved));
}

interface SavedLexicon {
  digest: string;
  sets: Record<string, string[]>;
  readingsOfSurname: [string, string[]][];
}

const SAVED = fileURLToPath(new URL("./japanese-name-lexicon.json", import.meta.url));

/**
 * What the lexicon is read from: this module, faker's names' (world-name-lexicon), the surname lists beside the
 * dictionary's, and the dictionary, by its package's name and version (its tables, 7 MB, took ~70 ms to hash at every
 * masking thread's start).
 */
function sourcesDigest(): string {
  const hash = createHash("sha256");
  const modules = ["./world-name-lexicon.js", "./modern-given-names.js", "./okinawan-surnames.js", "./regional-surnames.js", "./written-surname-list.js"];
  for (const module of [import.meta.url, ...modules.map((path) => new URL(path, import.meta.url))]) {
    hash.update(readFileSync(fileURLToPath(module)));
  }
  const { name, version } = JSON.parse(readFileSync(dictionaryPackage(), "utf8")) as { name: string; version: string };
  return hash.update(`${name}@${version}`).digest("hex");
}

/** The lexicon read from the dictionary's tables and faker's names. */
function readLexicon(): NameLexicon {
  // Scanned as bytes: decoding the 40 MB table into one string cost twice that at start-up and, kept alive by the
  // regular expression's last match, for the whole build.
  const features = dictionaryTable("tid_pos.dat.gz");
  const surnames = new Set<string>();
  const givenNames = new Set<string>();
  const surnameReadings = new Set<string>();
  const givenNameReadings = new Set<string>();
  const readingsOfSurname = new Map<string, string[]>();
  const marker = Buffer.from(",名詞,固有名詞,人名,");
  const [surname, givenName] = [Buffer.from("姓,"), Buffer.from("名,")];
  for (let at = features.indexOf(marker); at >= 0; at = features.indexOf(marker, at + marker.length)) {
    const start = features.lastIndexOf(0, at) + 1;
    const kind = features.subarray(at + marker.length, at + marker.length + 4);
    const names = kind.equals(surname) ? surnames : kind.equals(givenName) ? givenNames : undefined;
    const surface = features.toString("utf8", start, at);
    if (!names || surface === "" || surface.includes(",")) continue;
    names.add(surface);
    // `姓,*,*,base,reading,pronunciation`: the reading is the fourth field after the kind.
    const reading = features.toString("utf8", at + marker.length, features.indexOf(0, at)).split(",")[4];
    if (reading && reading.length >= 2) (names === surnames ? surnameReadings : givenNameReadings).add(reading);
    if (reading && names === surnames) readingsOfSurname.set(surface, [...(readingsOfSurname.get(surface) ?? []), reading]);
  }
  const commonNouns = nounsOf(features);
  // faker's Japanese names, of today's children too (陽翔, 結菜, 蒼): a name either list holds is a name to every rule.
  // Not one the dictionary reads as a common noun (太陽, 大和): those stay words, as they were beside a surname.
  const { japaneseSurnames, japaneseGivenNames } = worldNames();
  for (const [listed, names] of [[japaneseSurnames, surnames], [japaneseGivenNames, givenNames]] as const) {
    for (const name of listed) if (!commonNouns.has(name)) names.add(name);
  }
  for (const name of MODERN_GIVEN_NAMES) givenNames.add(name);
  for (const reading of MODERN_GIVEN_NAME_READINGS) givenNameReadings.add(reading);
  for (const listed of [OKINAWAN_SURNAMES, REGIONAL_SURNAMES]) addSurnames(listed, surnames, surnameReadings, readingsOfSurname);
  // After the union: a one-kanji name of faker's that is a noun too (空) needs a cue, as the dictionary's do.
  const nounGivenNames = oneKanjiOf(features, ",名詞,一般,", givenNames);
  const boundNouns = oneKanjiOf(features, ",名詞,非自立,", surnames);
  const preferredSurnames = preferred(features, surnames);
  for (const names of [surnames, preferredSurnames]) addOldForms(names, readingsOfSurname);
  addOldForms(surnames, readingsOfSurname, SMALL_KE_FORMS);
  // The nouns and the words' readings come from the same table: unpacked once, not once for each set.
  return {
    surnames,
    givenNames,
    nounGivenNames,
    preferredSurnames,
    boundNouns,
    surnameReadings,
    givenNameReadings,
    readingsOfSurname,
    commonNouns,
    wordReadings: readingsOf(features),
  };
}

/** Surnames of a list beside the dictionary's (okinawan-surnames.ts, regional-surnames.ts), with readings it lacks added to its own. */
function addSurnames(listed: ReadonlyMap<string, readonly string[]>, surnames: Set<string>, surnameReadings: Set<string>, readingsOfSurname: Map<string, string[]>): void {
  for (const [name, readings] of listed) {
    surnames.add(name);
    for (const reading of readings) surnameReadings.add(reading);
    const known = readingsOfSurname.get(name) ?? [];
    readingsOfSurname.set(name, [...known, ...readings.filter((reading) => !known.includes(reading))]);
  }
}

/**
 * Surnames with 高, 崎 or 与 in the forms family registers keep and people write them in (髙橋, 山﨑, 與那覇): the
 * dictionary lists only the common forms. The old form names the same person, with the same readings.
 */
const OLD_FORMS: readonly [RegExp, string][] = [
  [/高/g, "髙"],
  [/崎/g, "﨑"],
  [/与/g, "與"],
];
/**
 * A small ヶ for the dictionary's ケ between kanji, and the other way round (梶ケ谷 and 梶ヶ谷, 鐘ヶ江 and 鐘ケ江): the two
 * are written for the same sound. Added to the surnames only, not to those read alone: a place's other form (市ヶ谷)
 * is no place to the dictionary's place checks, which know the form it lists.
 */
const SMALL_KE_FORMS: readonly [RegExp, string][] = [
  [/(?<=\p{Script=Han})ケ(?=\p{Script=Han})/gu, "ヶ"],
  [/(?<=\p{Script=Han})ヶ(?=\p{Script=Han})/gu, "ケ"],
];
function addOldForms(names: Set<string>, readingsOfSurname: Map<string, string[]>, forms = OLD_FORMS): void {
  for (const name of [...names]) {
    for (const [common, old] of forms) {
      const written = name.replace(common, old);
      if (written === name) continue;
      names.add(written);
      const readings = readingsOfSurname.get(name);
      if (readings) readingsOfSurname.set(written, readings);
    }
  }
}

/** A table of kuromoji's IPADIC dictionary, unpacked (tid_pos.dat.gz: its features, `surface,pos,…` strings, NUL-separated; tid.dat.gz: its tokens). */
function dictionaryTable(file: string): Buffer {
  return gunzipSync(readFileSync(dictionaryFile(file)));
}

const dictionaryPackage = (): string => createRequire(import.meta.url).resolve("kuromoji/package.json");
const dictionaryFile = (file: string): string => join(dirname(dictionaryPackage()), "dict", file);

/** Calls `visit` with each feature string's start and the offset of one of the `tags` (`,名詞,一般,`) in it. */
function eachTagged(features: Buffer, tags: readonly string[], visit: (start: number, at: number, tag: Buffer) => void): void {
  for (const tag of tags.map((pos) => Buffer.from(pos))) {
    for (let at = features.indexOf(tag); at >= 0; at = features.indexOf(tag, at + tag.length)) visit(features.lastIndexOf(0, at) + 1, at, tag);
  }
}

/** The lexicon's common nouns (NameLexicon's `commonNouns`). */
export const commonNouns = (): ReadonlySet<string> => nameLexicon().commonNouns;

/** The lexicon's words' readings (NameLexicon's `wordReadings`). */
export const wordReadings = (): ReadonlySet<string> => nameLexicon().wordReadings;

function nounsOf(features: Buffer): Set<string> {
  const found = new Set<string>();
  eachTagged(features, [",名詞,一般,", ",名詞,サ変接続,", ",名詞,固有名詞,組織,"], (start, at) => {
    // Two or three kanji: 6 to 9 bytes of UTF-8.
    if (at - start < 6 || at - start > 9) return;
    const surface = features.toString("utf8", start, at);
    if (/^\p{Script=Han}{2,3}$/u.test(surface)) found.add(surface);
  });
  return found;
}

function readingsOf(features: Buffer): Set<string> {
  const found = new Set<string>();
  eachTagged(features, [",名詞,一般,", ",名詞,固有名詞,地域,", ",名詞,固有名詞,組織,"], (_start, at, tag) => {
    // `…,base,reading,pronunciation`: the reading is the last field but one.
    const fields = features.toString("utf8", at + tag.length, features.indexOf(0, at)).split(",");
    const reading = fields[fields.length - 2];
    if (reading && reading.length >= 3) found.add(reading);
  });
  return found;
}

/** The one-character words of `names` that the feature table also lists with `pos` (`,名詞,一般,`). */
function oneKanjiOf(features: Buffer, pos: string, names: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  const marker = Buffer.from(pos);
  for (let at = features.indexOf(marker); at >= 0; at = features.indexOf(marker, at + marker.length)) {
    const start = features.lastIndexOf(0, at) + 1;
    if (at - start > 4) continue; // one character, at most 4 bytes of UTF-8
    const surface = features.toString("utf8", start, at);
    if (surface.length === 1 && names.has(surface)) found.add(surface);
  }
  return found;
}

/**
 * The surnames whose 人名,姓 entry costs least of all the surface's entries: the token table (tid.dat)
 * holds per entry left id, right id and word cost (int16 each, little-endian) and the offset of its `surface,features`
 * string in the feature table (int32).
 */
function preferred(features: Buffer, surnames: ReadonlySet<string>): Set<string> {
  const tokens = dictionaryTable("tid.dat.gz");
  const surnameCost = new Map<string, number>();
  const otherCost = new Map<string, number>();
  const marker = Buffer.from(",名詞,固有名詞,人名,姓,");
  for (let at = 0; at + 10 <= tokens.length; at += 10) {
    const offset = tokens.readInt32LE(at + 6);
    const comma = features.indexOf(44, offset);
    // Two kanji or more: 6 bytes of UTF-8 at least; the surface is read only for words of the surname list's lengths.
    if (comma - offset < 6 || comma - offset > 12) continue;
    const surface = features.toString("utf8", offset, comma);
    if (!surnames.has(surface)) continue;
    const cost = tokens.readInt16LE(at + 4);
    const costs = features.compare(marker, 0, marker.length, comma, comma + marker.length) === 0 ? surnameCost : otherCost;
    costs.set(surface, Math.min(costs.get(surface) ?? Infinity, cost));
  }
  return new Set([...surnameCost].filter(([surface, cost]) => cost < (otherCost.get(surface) ?? Infinity)).map(([surface]) => surface));
}
