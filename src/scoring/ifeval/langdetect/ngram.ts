// langdetect's text preparation and n-gram extraction (Python langdetect 1.0.9: detector.py append / cleaning_text /
// _extract_ngrams, utils/ngram.py NGram), on code points as Python iterates a str.

/** NGram.LATIN1_EXCLUDE (messages.properties): no-break space, « ° ». */
const LATIN1_EXCLUDED = new Set(["\u00a0", "\u00ab", "\u00b0", "\u00bb"]);

// NGram.normalize_vi: a vowel followed by a combining mark becomes the precomposed Vietnamese letter.
const VI_BASES = "AEIOUYaeiouy\u00c2\u00ca\u00d4\u00e2\u00ea\u00f4\u0102\u0103\u01a0\u01a1\u01af\u01b0";
const VI_MARKS = "\u0300\u0301\u0303\u0309\u0323";
const VI_PRECOMPOSED = [
  "\u00c0\u00c8\u00cc\u00d2\u00d9\u1ef2\u00e0\u00e8\u00ec\u00f2\u00f9\u1ef3\u1ea6\u1ec0\u1ed2\u1ea7\u1ec1\u1ed3\u1eb0\u1eb1\u1edc\u1edd\u1eea\u1eeb",
  "\u00c1\u00c9\u00cd\u00d3\u00da\u00dd\u00e1\u00e9\u00ed\u00f3\u00fa\u00fd\u1ea4\u1ebe\u1ed0\u1ea5\u1ebf\u1ed1\u1eae\u1eaf\u1eda\u1edb\u1ee8\u1ee9",
  "\u00c3\u1ebc\u0128\u00d5\u0168\u1ef8\u00e3\u1ebd\u0129\u00f5\u0169\u1ef9\u1eaa\u1ec4\u1ed6\u1eab\u1ec5\u1ed7\u1eb4\u1eb5\u1ee0\u1ee1\u1eee\u1eef",
  "\u1ea2\u1eba\u1ec8\u1ece\u1ee6\u1ef6\u1ea3\u1ebb\u1ec9\u1ecf\u1ee7\u1ef7\u1ea8\u1ec2\u1ed4\u1ea9\u1ec3\u1ed5\u1eb2\u1eb3\u1ede\u1edf\u1eec\u1eed",
  "\u1ea0\u1eb8\u1eca\u1ecc\u1ee4\u1ef4\u1ea1\u1eb9\u1ecb\u1ecd\u1ee5\u1ef5\u1eac\u1ec6\u1ed8\u1ead\u1ec7\u1ed9\u1eb6\u1eb7\u1ee2\u1ee3\u1ef0\u1ef1",
];
const VI_PAIR = new RegExp(`([${VI_BASES}])([${VI_MARKS}])`, "g");

const URL = /https?:\/\/[-_.?&~;+=/#0-9A-Za-z]{1,2076}/g;
const MAIL = /[-_.0-9A-Za-z]{1,64}@[-_0-9A-Za-z]{1,255}[-_.0-9A-Za-z]{1,255}/g;
const MAX_TEXT_LENGTH = 10_000;
const UPPERCASE = /^\p{Uppercase}$/u;

const N_GRAM = 3;

/**
 * Detector.append: URLs and e-mail addresses become a space, Vietnamese is composed, the text is cut to 10,000
 * characters and runs of spaces are squeezed.
 */
export function prepareText(text: string): string[] {
  const composed = text
    .replace(URL, " ")
    .replace(MAIL, " ")
    .replace(VI_PAIR, (_pair, base: string, mark: string) => {
      return VI_PRECOMPOSED[VI_MARKS.indexOf(mark)]?.[VI_BASES.indexOf(base)] ?? "";
    });
  const chars: string[] = [];
  let previous = "";
  for (const ch of Array.from(composed).slice(0, MAX_TEXT_LENGTH)) {
    if (ch !== " " || previous !== " ") chars.push(ch);
    previous = ch;
  }
  return chars;
}

function isAsciiLetterRange(ch: string): boolean {
  return ch >= "A" && ch <= "z";
}

/**
 * Detector.cleaning_text: a text with more than twice as many non-Latin characters as Latin ones loses its Latin
 * ones. langdetect compares the block number with the string 'Latin Extended Additional', which is never equal, so
 * every character from U+0300 up counts as non-Latin; that is kept.
 */
export function dropLatinFromNonLatinText(chars: string[]): string[] {
  let latin = 0;
  let nonLatin = 0;
  for (const ch of chars) {
    if (isAsciiLetterRange(ch)) latin++;
    else if ((ch.codePointAt(0) as number) >= 0x300) nonLatin++;
  }
  return latin * 2 < nonLatin ? chars.filter((ch) => !isAsciiLetterRange(ch)) : chars;
}

function inRange(cp: number, start: number, end: number): boolean {
  return cp >= start && cp <= end;
}

/** NGram.normalize: folds a character to the representative its Unicode block (or kanji class) is counted as. */
function normalizeChar(ch: string, kanjiRepresentative: ReadonlyMap<string, string>): string {
  const cp = ch.codePointAt(0) as number;
  if (cp <= 0x7f) return (ch >= "A" && ch <= "Z") || (ch >= "a" && ch <= "z") ? ch : " ";
  if (cp <= 0xff) return LATIN1_EXCLUDED.has(ch) ? " " : ch;
  if (inRange(cp, 0x180, 0x24f)) {
    // Romanian: comma below as cedilla.
    if (cp === 0x219) return "\u015f";
    if (cp === 0x21b) return "\u0163";
    return ch;
  }
  if (inRange(cp, 0x600, 0x6ff)) return cp === 0x6cc ? "\u064a" : ch;
  if (inRange(cp, 0x1e00, 0x1eff)) return cp >= 0x1ea0 ? "\u1ec3" : ch;
  if (inRange(cp, 0x2000, 0x206f)) return " ";
  if (inRange(cp, 0x3040, 0x309f)) return "\u3042";
  if (inRange(cp, 0x30a0, 0x30ff)) return "\u30a2";
  if (inRange(cp, 0x3100, 0x312f) || inRange(cp, 0x31a0, 0x31bf)) return "\u3105";
  if (inRange(cp, 0x4e00, 0x9fff)) return kanjiRepresentative.get(ch) ?? ch;
  if (inRange(cp, 0xac00, 0xd7af)) return "\uac00";
  return ch;
}

/**
 * Detector._extract_ngrams with NGram.add_char: the 1-, 2- and 3-grams ending at each character (words padded with
 * a space), skipping words in capitals after their second letter, kept when some profile has them.
 */
export function extractNgrams(
  chars: readonly string[],
  kanjiRepresentative: ReadonlyMap<string, string>,
  isKnown: (gram: string) => boolean,
): string[] {
  const result: string[] = [];
  let grams = [" "];
  let capitalWord = false;
  for (const raw of chars) {
    const ch = normalizeChar(raw, kanjiRepresentative);
    const last = grams[grams.length - 1] as string;
    if (last === " ") {
      grams = [" "];
      capitalWord = false;
      if (ch === " ") continue;
    } else if (grams.length >= N_GRAM) {
      grams = grams.slice(1);
    }
    grams.push(ch);
    if (UPPERCASE.test(ch)) {
      if (UPPERCASE.test(last)) capitalWord = true;
    } else {
      capitalWord = false;
    }
    if (capitalWord) continue;
    for (let n = 1; n <= N_GRAM && n <= grams.length; n++) {
      const gram = grams.slice(-n).join("");
      if (gram !== " " && isKnown(gram)) result.push(gram);
    }
  }
  return result;
}
