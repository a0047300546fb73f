import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";

interface NameLexicon {
  surnames: ReadonlySet<string>;
  givenNames: ReadonlySet<string>;
  /**
   * One-kanji given names the dictionary also lists as a common noun (名詞,一般: 錦, 愛, 誠, 梅): after a surname they
   * may be a name (山田愛) or a thing named after one (山田錦, a sake rice), so they need a cue.
   */
  nounGivenNames: ReadonlySet<string>;
}

let lexicon: NameLexicon | undefined;

/**
 * The person names of kuromoji's IPADIC dictionary (名詞,固有名詞,人名,姓 and 人名,名: about 12,000 surnames and
 * 18,000 given names), read from its feature table (tid_pos.dat: `surface,pos,…` strings, NUL-separated). The
 * dictionary's own 人名 tags, without the tokenizer's lattice in memory (over 130 MB) or its time per sentence.
 */
export function nameLexicon(): NameLexicon {
  if (lexicon) return lexicon;
  const require = createRequire(import.meta.url);
  const path = join(dirname(require.resolve("kuromoji/package.json")), "dict", "tid_pos.dat.gz");
  // Scanned as bytes: decoding the 40 MB table into one string cost twice that at start-up and, kept alive by the
  // regular expression's last match, for the whole build.
  const features = gunzipSync(readFileSync(path));
  const surnames = new Set<string>();
  const givenNames = new Set<string>();
  const marker = Buffer.from(",名詞,固有名詞,人名,");
  const [surname, givenName] = [Buffer.from("姓,"), Buffer.from("名,")];
  for (let at = features.indexOf(marker); at >= 0; at = features.indexOf(marker, at + marker.length)) {
    const start = features.lastIndexOf(0, at) + 1;
    const kind = features.subarray(at + marker.length, at + marker.length + 4);
    const names = kind.equals(surname) ? surnames : kind.equals(givenName) ? givenNames : undefined;
    const surface = features.toString("utf8", start, at);
    if (names && surface !== "" && !surface.includes(",")) names.add(surface);
  }
  const nounGivenNames = new Set<string>();
  const noun = Buffer.from(",名詞,一般,");
  for (let at = features.indexOf(noun); at >= 0; at = features.indexOf(noun, at + noun.length)) {
    const start = features.lastIndexOf(0, at) + 1;
    if (at - start > 4) continue; // one character, at most 4 bytes of UTF-8
    const surface = features.toString("utf8", start, at);
    if (surface.length === 1 && givenNames.has(surface)) nounGivenNames.add(surface);
  }
  lexicon = { surnames, givenNames, nounGivenNames };
  return lexicon;
}
