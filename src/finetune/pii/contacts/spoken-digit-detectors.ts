import { detectorsOverOneFinding, gated, isAlphanumeric, matchesOf, type PiiDetector, type Span } from "../detector.js";

/**
 * Numbers read out digit by digit, as a transcript writes what a caller said: in katakana or hiragana words
 * (ゼロキューゼロの、イチニイサン…ヨンの、ゴロクナナハチ; ゼロ・ハチ・ゴ・イチ; ぜろはちごいち; letters among them: ケー・ゼロ・サン・イチ),
 * in English words (oh-nine-zero, one two three four), in kanji (〇九〇の一二三四の五六七八: a phone number only), or in
 * characters spaced one by one (K 0 3 1 - 7 7 2 9 0 4). Four digits or more: a phone number
 * when it is one's length from its 0, a password or PIN after a secret's cue, a person's number otherwise.
 */

/** Latin letters as they are read out in katakana (ケー, エー, ダブリュー …), which a transcript writes for an ID's letters. */
export const LETTER_NAMES =
  "(?:ダブリュー|エックス|エイチ|エッチ|ジェー|ジェイ|キュー|アール|ティー|ディー|ヴィー|ゼット|ゼッド|エー|ビー|シー|イー|エフ|ジー|アイ|ケー|ケイ|エル|エム|エヌ|オー|ピー|エス|ユー|ブイ|ワイ)";

/** Each digit's words, longest first, so that キュウ is not read as ク. */
const KATAKANA_DIGITS = "ゼロ|レイ|マル|イチ|ニイ|ニー|ニ|サン|ヨン|シ|ゴー|ゴ|ロク|ナナ|シチ|ハチ|キュウ|キュー|ク";
const HIRAGANA_DIGITS = "ぜろ|れい|まる|いち|にい|にー|に|さん|よん|し|ごー|ご|ろく|なな|しち|はち|きゅう|きゅー|く";
const ENGLISH_DIGITS = "zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|double|triple";
/** Digits written in kanji one by one (〇九〇の一二三四の五六七八), as a phone number is in vertical writing or a transcript. */
const KANJI_DIGITS = "[〇零一二三四五六七八九]";
/**
 * What a speaker says or a transcript writes between the digits: a pause (、 … ・ space), の or ハイフン, a hyphen. Never a
 * line break: digits' words one a line are a list's items (a question's choices: four / six / nine / seven).
 */
const JOIN_UNIT = "[^\\S\\r\\n]|[・、,…‥-]|の|ハイフン";
const JOIN = `(?:${JOIN_UNIT})*`;

/** A run of katakana digits that is a word of its own: no katakana before or after it (イチゴカレー is none). */
const KATAKANA_RUN = new RegExp(
  `(?<![\\p{Script=Katakana}ー])(?:${LETTER_NAMES}${JOIN})*(?:${KATAKANA_DIGITS})(?:${JOIN}(?:${KATAKANA_DIGITS}|${LETTER_NAMES}))+(?![\\p{Script=Katakana}ー])`,
  "gu",
);
/**
 * A run of kanji digits that is a phone number's whole: from its 0 (〇), ten digits or eleven, then no counter or date.
 * Its exchange may stand in brackets, as a phone is written by hand (〇四二（三五一）七七〇八).
 */
const KANJI_RUN = new RegExp(`(?<![\\p{Script=Han}])〇${KANJI_DIGITS}(?:(?:${JOIN_UNIT}|[()])*${KANJI_DIGITS})+(?![\\p{Script=Han}々])`, "gu");
/**
 * A run of hiragana digits between a particle's or a sentence's edges (暗証番号はぜろはちごいちです): hiragana is also
 * grammar. A transcript may write some digits of it in katakana (よんごーはちゼロ、さんごーさんはち): a katakana digit that is
 * a word of its own goes on the run.
 */
const HIRAGANA_RUN = new RegExp(
  `(?:(?<!\\p{Script=Hiragana})|(?<=[はがを]))(?:${HIRAGANA_DIGITS})(?:${JOIN}(?:${HIRAGANA_DIGITS}|(?:${KATAKANA_DIGITS})(?![\\p{Script=Katakana}ー])))+(?=です|でござい|で[、。]|と[、。]|[^\\p{Script=Hiragana}]|$)`,
  "gu",
);
const ENGLISH_RUN = new RegExp(`\\b(?:${ENGLISH_DIGITS})(?:(?:[^\\S\\r\\n]|[,-]|\\b(?:dash|hyphen)\\b)+(?:${ENGLISH_DIGITS}))+\\b`, "gi");
/** Letters and digits spaced one by one, perhaps in groups (K 0 3 1 - 7 7 2 9 0 4). */
const SPACED_RUN = /(?<![\w-])[A-Z0-9](?: (?:- )?[A-Z0-9]){5,}(?![\w])/g;

const DIGIT_OF: Record<string, string> = {
  ゼロ: "0", レイ: "0", マル: "0", イチ: "1", ニイ: "2", ニー: "2", ニ: "2", サン: "3", ヨン: "4", シ: "4", ゴー: "5", ゴ: "5",
  ロク: "6", ナナ: "7", シチ: "7", ハチ: "8", キュウ: "9", キュー: "9", ク: "9",
  〇: "0", 零: "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9",
  zero: "0", oh: "0", nought: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9",
};
/** Letters' names that hold a digit's word (エイチ holds イチ, シー シ, エックス ク): read as letters, before the digits. */
const LETTERS_HOLDING_DIGITS = "エイチ|エックス|シー";
const TOKENS = new RegExp(`${LETTERS_HOLDING_DIGITS}|${KATAKANA_DIGITS}|${ENGLISH_DIGITS}|${KANJI_DIGITS}|\\d`, "gi");
const toKatakana = (text: string): string => text.replace(/[\u3041-\u3096]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0x60));

/** Each letter's katakana name (LETTER_NAMES), for the letters of an ID read out. */
const LETTER_OF: Record<string, string> = {
  ダブリュー: "W", エックス: "X", エイチ: "H", エッチ: "H", ジェー: "J", ジェイ: "J", キュー: "Q", アール: "R", ティー: "T", ディー: "D",
  ヴィー: "V", ゼット: "Z", ゼッド: "Z", エー: "A", ビー: "B", シー: "C", イー: "E", エフ: "F", ジー: "G", アイ: "I", ケー: "K",
  ケイ: "K", エル: "L", エム: "M", エヌ: "N", オー: "O", ピー: "P", エス: "S", ユー: "U", ブイ: "V", ワイ: "Y",
};
/** The digits' words first where a letter's name is also one (キュー: 9 far more often than Q in a number read out). */
const VALUE_TOKENS = new RegExp(`${LETTERS_HOLDING_DIGITS}|キュウ|キュー|${LETTER_NAMES}|${KATAKANA_DIGITS}|${ENGLISH_DIGITS}|${KANJI_DIGITS}|\\d`, "gi");

/** What a run says, its letters and digits (エー、ケー、ゼロ、ナナ … → AK07…); a doubled digit is left to digitsSaid. */
function valueSaid(run: string): string {
  let value = "";
  for (const [token] of toKatakana(run).matchAll(VALUE_TOKENS)) value += LETTER_OF[token] ?? DIGIT_OF[token.toLowerCase()] ?? DIGIT_OF[token] ?? (/\d/.test(token) ? token : "");
  return value;
}

/** The digits a run says (double four → 44). */
function digitsSaid(run: string): string {
  let digits = "";
  let repeat = 1;
  for (const [token] of toKatakana(run).matchAll(TOKENS)) {
    const word = token.toLowerCase();
    if (word === "double" || word === "triple") {
      repeat = word === "double" ? 2 : 3;
      continue;
    }
    const digit = DIGIT_OF[word] ?? DIGIT_OF[token] ?? (/\d/.test(token) ? token : "");
    digits += digit.repeat(repeat);
    repeat = 1;
  }
  return digits;
}

/**
 * Counting out loud (いち、に、さん、し; one two three four), from any digit on (ゴー、ロク、ナナ、ハチ goes on from a count
 * before it), says no one's number; with a letter among them (エー、ビー、イチ、ニー…) it is one.
 */
const DIGITS_ONLY = new RegExp(`^(?:${KATAKANA_DIGITS}|${HIRAGANA_DIGITS}|${ENGLISH_DIGITS}|${KANJI_DIGITS}|\\d|${JOIN_UNIT}|dash|hyphen)+$`, "iu");
const isCount = (run: string, digits: string): boolean => "0123456789".includes(digits) && DIGITS_ONLY.test(run);

const SECRET_CUE = /暗証|パスワード|パスコード|PIN|(?<![A-Za-z])(?:[Pp]ass(?:word|code)|pin)(?![A-Za-z])/;
/** What names a person's number a few sentences back, or in the question of the turn before. */
const NUMBER_CUE = /番号|ナンバー|ID|No\.|[Nn]umber|コード|[Cc]ode|口座|[Aa]ccount/;

/** The line before the value and its own line up to it, 160 characters at most: the question of the turn before. */
function turnBefore(shadow: string, index: number): string {
  const lineStart = shadow.lastIndexOf("\n", index - 1);
  const from = lineStart <= 0 ? 0 : shadow.lastIndexOf("\n", lineStart - 1) + 1;
  return shadow.slice(Math.max(from, index - 160), index);
}

/** A run found: where it stands and what it says. */
interface Run extends Span {
  text: string;
}

const runsOf = (pattern: RegExp, shadow: string): Run[] =>
  matchesOf(pattern, shadow).map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));

const ONLY_JOINS = new RegExp(`^(?:${JOIN_UNIT})*$`, "u");

/**
 * Katakana and hiragana runs that touch or stand apart only by a pause, as one: a transcript writes the groups of one
 * number in either script (ゼロキューゼロ、ろくなななな、にーさんいちはち), and each group alone is too short to be a number.
 */
function joinedKanaRuns(shadow: string): Run[] {
  const runs = [...runsOf(KATAKANA_RUN, shadow), ...runsOf(HIRAGANA_RUN, shadow)].sort((a, b) => a.start - b.start);
  const joined: Run[] = [];
  for (const run of runs) {
    const last = joined.at(-1);
    if (last && run.start <= last.end + 3 && (run.start <= last.end || ONLY_JOINS.test(shadow.slice(last.end, run.start)))) {
      const end = Math.max(last.end, run.end);
      joined[joined.length - 1] = { start: last.start, end, text: shadow.slice(last.start, end) };
    } else joined.push(run);
  }
  return joined;
}

/**
 * A number read out and then read back in figures, by the agent or in a note (エー、ケー、ゼロ、ナナ… → 復唱いたします、
 * AK0751…; ろく、よん、さん… → 643…、名義は…): the same letters and digits, perhaps grouped by hyphens or spaces, as a token
 * of its own. Six characters or more, so that a short figure repeated by chance stays. Tried only where the text's
 * figures begin so (`starts`, see figureStarts), not by a pattern over the whole text for each number read out.
 */
function readBacks(shadow: string, run: Run, starts: () => ReadonlyMap<string, number[]>): Span[] {
  const said = valueSaid(run.text);
  if (said.length < 6) return [];
  const figures = new RegExp(`(?<![A-Za-z0-9])${[...said].join("[- ]?")}(?![A-Za-z0-9])`, "iy");
  const spans: Span[] = [];
  let end = 0; // as a pattern read along the text, a read-back starts after the one before
  for (const start of starts().get(said.slice(0, FIGURES_KEY).toLowerCase()) ?? []) {
    if (start < end) continue;
    figures.lastIndex = start;
    const match = figures.exec(shadow);
    if (match === null) continue;
    end = start + match[0].length;
    if (start >= run.end || end <= run.start) spans.push({ start, end });
  }
  return spans;
}

/** How many of a read-back's first letters and digits key where it may start: as many as the shortest has. */
const FIGURES_KEY = 6;

/**
 * Each place a token of letters and digits starts (none before it), by its first FIGURES_KEY of them in small letters,
 * read on across a hyphen or a space between two (AK-07 51…, 643 201): in order, the places a read-back can start.
 */
function figureStarts(shadow: string): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  for (let start = 0; start < shadow.length; start++) {
    if (!isAlphanumeric(shadow.charCodeAt(start)) || (start > 0 && isAlphanumeric(shadow.charCodeAt(start - 1)))) continue;
    let key = shadow[start]!;
    for (let at = start + 1; key.length < FIGURES_KEY && at < shadow.length; at++) {
      if (!isAlphanumeric(shadow.charCodeAt(at))) {
        if ((shadow[at] !== "-" && shadow[at] !== " ") || !isAlphanumeric(shadow.charCodeAt(at + 1))) break;
        at++;
      }
      key += shadow[at];
    }
    if (key.length < FIGURES_KEY) continue;
    key = key.toLowerCase();
    const listed = starts.get(key);
    if (listed === undefined) starts.set(key, [start]);
    else listed.push(start);
  }
  return starts;
}

/** The symbols of a mail address as they are read out: dot and at. */
const ADDRESS_SYMBOLS = "ドット|アットマーク|アット";
const SPELLED_TOKEN = `(?:${LETTER_NAMES}|${ADDRESS_SYMBOLS}|${KATAKANA_DIGITS}|${HIRAGANA_DIGITS})`;
/**
 * A mail address read out piece by piece, as an agent reads back what the caller gave (はなこ、エヌ、ドット、
 * いち、に、ぜろ、さん): letters' names, digits' words and a dot or an at among them, perhaps after the word the address
 * opens with (はなこ) at the start of what is said. Four pieces or more, one of them a dot or an at.
 */
const SPELLED_ADDRESS = new RegExp(
  `(?:(?<=^|[:「『\\s])[\\p{Script=Hiragana}\\p{Script=Katakana}ー]{2,8}[、,][^\\S\\n]*)?(?<![\\p{Script=Katakana}ー\\p{Script=Hiragana}])${SPELLED_TOKEN}(?:(?:[、,・][^\\S\\n]*)${SPELLED_TOKEN}){3,}(?![\\p{Script=Katakana}ー])`,
  "gu",
);
const SYMBOL_READ = new RegExp(`(?:^|[、,・\\s])(?:${ADDRESS_SYMBOLS})(?=$|[、,・\\s])`, "u");

const spelledAddresses = (shadow: string): Span[] =>
  matchesOf(SPELLED_ADDRESS, shadow)
    .filter((match) => SYMBOL_READ.test(match[0]))
    .map((match) => ({ start: match.index, end: match.index + match[0].length }));

/**
 * A name spelled out letter by letter (エヌ、ジー、ユー、ワイ、イー、エヌ) where its spelling was asked for in the turn
 * before or in the same one (お名前のつづりを…, how do you spell it): three letters' names or more.
 */
const SPELLED_LETTERS = new RegExp(`(?<![\\p{Script=Katakana}ー])${LETTER_NAMES}(?:[、,・ ][^\\S\\n]*${LETTER_NAMES}){2,}(?![\\p{Script=Katakana}ー])`, "gu");
const SPELLING_ASKED = /つづり|綴り|スペル|アルファベット|(?<![A-Za-z])[Ss]pell/;

const spelledNames = (shadow: string): Span[] =>
  matchesOf(SPELLED_LETTERS, shadow)
    .filter((match) => SPELLING_ASKED.test(turnBefore(shadow, match.index)))
    .map((match) => ({ start: match.index, end: match.index + match[0].length }));

function spokenNumbers(shadow: string): ReadonlyMap<string, Span[]> {
  const spans = new Map<string, Span[]>([
    ["PHONE", []],
    ["SECRET", []],
    ["PERSONAL_ID", []],
    ["EMAIL", shadow.includes("ドット") || shadow.includes("アット") ? spelledAddresses(shadow) : []],
    ["PERSON", SPELLING_ASKED.test(shadow) ? spelledNames(shadow) : []],
  ]);
  let starts: Map<string, number[]> | undefined;
  const figureStartsOnce = () => (starts ??= figureStarts(shadow));
  const runs: Array<[pattern: RegExp, runs: Run[]]> = [[KATAKANA_RUN, joinedKanaRuns(shadow)], ...[ENGLISH_RUN, SPACED_RUN, KANJI_RUN].map((pattern): [RegExp, Run[]] => [pattern, runsOf(pattern, shadow)])];
  for (const [pattern, found] of runs) {
    const spaced = pattern === SPACED_RUN;
    for (const run of found) {
      const digits = digitsSaid(run.text).replace(/\D/g, "");
      if (digits.length < (spaced ? 6 : 4) || isCount(run.text, digits)) continue;
      if (pattern === KANJI_RUN && !/^0\d{9,10}$/.test(digits)) continue;
      const context = turnBefore(shadow, run.start);
      const kind = /^0\d{9,10}$/.test(digits) && !spaced ? "PHONE" : SECRET_CUE.test(context) ? "SECRET" : "PERSONAL_ID";
      // Spaced characters are a value only where a number was asked for; words for digits are one wherever they stand.
      if (spaced && kind === "PERSONAL_ID" && !NUMBER_CUE.test(context)) continue;
      spans.get(kind)!.push({ start: run.start, end: run.end }, ...(spaced ? [] : readBacks(shadow, run, figureStartsOnce)));
    }
  }
  return spans;
}

const GATE = /ドット|アット|つづり|綴り|スペル|アルファベット|[Ss]pell|〇[〇零一二三四五六七八九]|ゼロ|レイ|マル|イチ|サン|ヨン|ロク|ナナ|ハチ|キュ|ぜろ|れい|まる|いち|さん|よん|ろく|なな|はち|きゅ|[A-Z0-9] [A-Z0-9] [A-Z0-9]|(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)[\s,-]+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)/i;

export const SPOKEN_DIGIT_DETECTORS: readonly PiiDetector[] = detectorsOverOneFinding(["EMAIL", "PHONE", "SECRET", "PERSONAL_ID", "PERSON"], spokenNumbers).map((detector) => gated(GATE, detector));
