import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

// langdetect 1.0.9's 55 language profiles (Cybozu Labs' language-detection, Apache-2.0) and its kanji classes
// (utils/messages.properties NGram.KANJI_*), as data/ifeval/SOURCE.md describes.
const PROFILES_FILE = new URL("../../../../data/ifeval/langdetect-profiles.json.gz", import.meta.url);

/** The file's shape: it ships with kurabe, so it is checked for completeness, not validated entry by entry. */
interface ProfilesFile {
  languages: string[];
  nWords: Record<string, [number, number, number]>;
  freq: Record<string, Record<string, number>>;
  cjkClasses: string[];
}

/** An n-gram's probability in each language that has it: language indexes and probabilities, alternating. */
type GramProbabilities = number[];

export interface LanguageProfiles {
  languages: readonly string[];
  grams: ReadonlyMap<string, GramProbabilities>;
  /** NGram.CJK_MAP: each kanji of a class stands for the class's first. */
  kanjiRepresentative: ReadonlyMap<string, string>;
}

/** DetectorFactory.add_profile: P(gram | language) = freq / n_words[len(gram) - 1], for 1- to 3-grams. */
function gramProbabilities(data: ProfilesFile): Map<string, GramProbabilities> {
  const grams = new Map<string, GramProbabilities>();
  data.languages.forEach((language, index) => {
    const nWords = data.nWords[language];
    const freq = data.freq[language];
    if (!nWords || !freq) throw new Error(`${PROFILES_FILE.pathname}: no profile for "${language}"`);
    for (const gram in freq) {
      const length = codePointLength(gram);
      if (length < 1 || length > 3) continue;
      const probability = (freq[gram] as number) / (nWords[length - 1] as number);
      const entry = grams.get(gram);
      if (entry) entry.push(index, probability);
      else grams.set(gram, [index, probability]);
    }
  });
  return grams;
}

function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) length++;
  }
  return length;
}

function kanjiClasses(classes: readonly string[]): Map<string, string> {
  const representative = new Map<string, string>();
  for (const members of classes) {
    const chars = Array.from(members);
    for (const ch of chars) representative.set(ch, chars[0] as string);
  }
  return representative;
}

let loaded: LanguageProfiles | undefined;

/** The profiles, read once on first use. */
export function languageProfiles(): LanguageProfiles {
  if (!loaded) {
    const data = JSON.parse(gunzipSync(readFileSync(PROFILES_FILE)).toString("utf8")) as ProfilesFile;
    loaded = {
      languages: data.languages,
      grams: gramProbabilities(data),
      kanjiRepresentative: kanjiClasses(data.cjkClasses),
    };
  }
  return loaded;
}
