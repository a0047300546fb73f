// M-IFEval ja's count_sentences (instruction_utils/ja_instructions_util.py): the ja_sentence_segmenter pipeline
// normalize → split_newline → concatenate lines ending in の → split_punctuation("。!?"), counted.
import { pyStrip } from "./python-strings.js";

/** Runs of these are NFKC-normalised first: full-width alphanumerics and half-width katakana. */
const WIDE_ALPHANUMERIC = /([０-９Ａ-Ｚａ-ｚ｡-ﾟ]+)/u;
/** …and these at the end, after ASCII punctuation was widened (＝・「」 stay wide). */
const WIDE_PUNCTUATION = /([！”＃＄％＆’（）＊＋，－．／：；＜＞？＠［￥］＾＿｀｛｜｝〜]+)/u;
const ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[¥]^_`{|}~｡､･｢｣";
const WIDE_EQUIVALENTS = "！”＃＄％＆’（）＊＋，－．／：；＜＝＞？＠［￥］＾＿｀｛｜｝〜。、・「」";
const JAPANESE_BLOCKS = "\\u4e00-\\u9fff\\u3040-\\u309f\\u30a0-\\u30ff\\u3000-\\u303f\\uff00-\\uffef";
const BASIC_LATIN = "\\u0000-\\u007f";
/** Python's str.splitlines() boundaries. */
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;
const PUNCTUATION = "。!?";
const ESCAPE = "∯";
const UNPROTECTED_END = new RegExp(`(?<!${ESCAPE})([${PUNCTUATION}])(?!${ESCAPE})`, "gu");
const PROTECTED_END = new RegExp(`(${ESCAPE})([${PUNCTUATION}])(${ESCAPE})`, "gu");

function normalizeRuns(text: string, runs: RegExp): string {
  return text
    .split(runs)
    .map((part, i) => (i % 2 === 1 ? part.normalize("NFKC") : part))
    .join("")
    .replaceAll("－", "-");
}

function removeSpaceBetween(first: string, second: string, text: string): string {
  const pattern = new RegExp(`([${first}]) ([${second}])`, "gu");
  let result = text;
  while (pattern.test(result)) {
    pattern.lastIndex = 0;
    result = result.replace(pattern, "$1$2");
  }
  return result;
}

/** neologd_normalizer.normalize (mecab-ipadic-neologd's rules as ja_sentence_segmenter adapts them). */
export function normalizeNeologd(text: string): string {
  let s = normalizeRuns(pyStrip(text), WIDE_ALPHANUMERIC);
  s = s.replace(/[˗֊‐‑‒–⁃⁻₋−]+/gu, "-");
  s = s.replace(/[﹣－ｰ—―─━ー]+/gu, "ー");
  s = s.replace(/[~∼∾〜〰～]/gu, "～");
  s = [...s].map((char) => WIDE_EQUIVALENTS[ASCII_PUNCTUATION.indexOf(char)] ?? char).join("");
  s = s.replace(/[ 　]+/gu, " ");
  s = removeSpaceBetween(JAPANESE_BLOCKS, JAPANESE_BLOCKS, s);
  s = removeSpaceBetween(JAPANESE_BLOCKS, BASIC_LATIN, s);
  s = removeSpaceBetween(BASIC_LATIN, JAPANESE_BLOCKS, s);
  s = normalizeRuns(s, WIDE_PUNCTUATION);
  return s.replaceAll("’", "'").replaceAll("”", '"');
}

function splitLines(text: string): string[] {
  const lines = text.split(LINE_BREAK);
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

/** concatenate_matching with former rule `^(?P<result>.+)(の)$`: a line ending in の runs on into the next. */
function joinLinesEndingInNo(lines: string[]): string[] {
  const joined: string[] = [];
  let former: string | undefined;
  for (const line of lines) {
    if (former === undefined) former = line;
    else if (/^.+の$/u.test(former)) former += line;
    else {
      joined.push(former);
      former = line;
    }
  }
  if (former !== undefined) joined.push(former);
  return joined;
}

/** split_punctuation: after each 。!? not inside 「…」 or (…). */
function splitPunctuation(line: string): string[] {
  const protect = (span: string) => span.replace(UNPROTECTED_END, `${ESCAPE}$1${ESCAPE}`);
  const escaped = line.replace(/「[^「」]*」/gu, protect).replace(/\([^()]*\)/gu, protect);
  const split = escaped.replace(UNPROTECTED_END, "$1\n").replace(PROTECTED_END, "$2");
  return splitLines(split);
}

/** The sentences ja_sentence_segmenter finds, as M-IFEval's count_sentences counts them. */
export function splitJapaneseSentences(text: string): string[] {
  return joinLinesEndingInNo(splitLines(normalizeNeologd(text))).flatMap(splitPunctuation);
}
