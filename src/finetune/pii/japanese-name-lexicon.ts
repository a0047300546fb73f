import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";

export interface NameLexicon {
  surnames: ReadonlySet<string>;
  givenNames: ReadonlySet<string>;
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
  const features = gunzipSync(readFileSync(path)).toString("utf8");
  const surnames = new Set<string>();
  const givenNames = new Set<string>();
  for (const match of features.matchAll(/(?<=^|\0)([^,\0]+),名詞,固有名詞,人名,(姓|名),/g)) {
    // A copy, not a slice: a slice would keep the whole 40 MB feature table alive.
    (match[2] === "姓" ? surnames : givenNames).add(Buffer.from(match[1]!).toString());
  }
  lexicon = { surnames, givenNames };
  return lexicon;
}
