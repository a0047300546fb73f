// M-IFEval's Japanese instruction checkers, ported from lightblue-tech/M-IFEval `instructions/ja_instructions.py`
// (check_following of each class, with build_description's kwarg handling) and registered under the `ja:` ids of
// its instructions_registry.py JA_INSTRUCTION_DICT.
import { z } from "zod";
import {
  countPlaceholders,
  countStarParagraphs,
  hasTwoResponses,
  isJsonResponse,
  type NthParagraphArgs,
} from "./ifeval-instructions.js";
import { compare, count, instruction, plainInstruction, type Instruction } from "./instruction.js";
import { tokenizeJapanese, type Morpheme } from "./japanese-morphology.js";
import { splitJapaneseSentences } from "./japanese-sentences.js";
import { isInLanguage } from "./language-detection.js";
import { PY_SPACE, escapeRegExp, pyLength, pyLstrip, pyPattern, pyRstrip, pyStrip } from "./python-strings.js";

const relation = z.enum(["未満", "以上"]);
const text = z.string().min(1);

const LINE_START = "(?<![^\\n])";
const LINE_END = "(?=\\n|$)";
const BULLET = new RegExp(`${LINE_START}[${PY_SPACE}]*・[^・][^\\n]*${LINE_END}`, "gu");
const NUMBERED_ITEM = new RegExp(`${LINE_START}[${PY_SPACE}]*\\p{Nd}+\\.[${PY_SPACE}][^\\n]*${LINE_END}`, "gu");
const HIGHLIGHT = /《[^\n《》]*》/g;
const TITLE = /『[^\n]+』/g;
const KANJI = /[\u4e00-\u9faf]/g;
const KANJI_RUN = /[\u4e00-\u9faf]+/g;
const KANJI_RUN_WITH_FURIGANA = /[\u4e00-\u9faf]+（[ぁ-ん]+）/g;
const DIGIT = /\p{Nd}/u;
const QUOTED = [/「[^\n]*?」/g, /『[^\n]*?』/g];
const SENTENCE_END = /[。！？]/;
const LETTER = /^\p{L}/u;
const CONSTRAINED_OPTIONS = ["はい、そうです。", "いいえ、違います。", "どちらとも言えません。"];

function countMatches(pattern: RegExp, value: string): number {
  return [...value.matchAll(pattern)].length;
}

function withoutQuotes(value: string): string {
  return QUOTED.reduce((rest, quote) => rest.replace(quote, ""), value);
}

function surfaces(value: string): string[] {
  return tokenizeJapanese(value).map((morpheme) => morpheme.surface);
}

/** Every character passes `allowed`, or is not a letter (unicodedata.category not L*). */
function onlyLetters(value: string, allowed: (char: string) => boolean): boolean {
  return [...value].every((char) => allowed(char) || !LETTER.test(char));
}

function inRange(char: string, first: string, last: string): boolean {
  return char >= first && char <= last;
}

function postscriptPattern(marker: string): RegExp {
  if (marker === "P.P.S") return new RegExp(`[${PY_SPACE}]*p\\.[${PY_SPACE}]?p\\.[${PY_SPACE}]?s`, "iu");
  if (marker === "P.S.") return new RegExp(`[${PY_SPACE}]*p\\.[${PY_SPACE}]?s\\.`, "iu");
  return new RegExp(`[${PY_SPACE}]*${escapeRegExp(marker)}`, "iu");
}

/** NominalEndingChecker (体言止め): a noun right before 。！？, outside 「」 and 『』 quotations. */
function countNominalEndings(value: string): number {
  const morphemes = tokenizeJapanese(withoutQuotes(value));
  let endings = 0;
  for (let i = 1; i < morphemes.length; i++) {
    const { surface } = morphemes[i] as Morpheme;
    const previous = morphemes[i - 1] as Morpheme;
    // Python's `surface in "。！？"` is a substring test: "！？" as one symbol token counts too.
    if ("。！？".includes(surface) && previous.partOfSpeech.startsWith("名詞")) {
      endings++;
    }
  }
  return endings;
}

/** SentenceEndingUnification: every piece between 。！？ (quotations removed) ends with `ending`. */
function hasUnifiedEndings(value: string, ending: string): boolean {
  return withoutQuotes(value)
    .split(SENTENCE_END)
    .every((sentence) => sentence === "" || sentence.endsWith(ending));
}

/** FuriganaForKanji: every run of kanji is directly followed by its reading in full-width brackets （ふりがな）. */
function hasFuriganaForAllKanji(value: string): boolean {
  return countMatches(KANJI_RUN, value) === countMatches(KANJI_RUN_WITH_FURIGANA, value);
}

function followsNthParagraphFirstWord(value: string, args: NthParagraphArgs): boolean {
  const paragraphs = value.split("\n\n");
  const found = paragraphs.filter((paragraph) => pyStrip(paragraph) !== "").length;
  if (args.nth_paragraph > found) return false;
  const paragraph = pyLstrip(pyLstrip(pyStrip(paragraphs[args.nth_paragraph - 1] as string), "「"), "『");
  if (paragraph === "") return false;
  const firstWord = [...paragraph].slice(0, pyLength(args.first_word)).join("");
  return found === args.num_paragraphs && firstWord === args.first_word;
}

export const JAPANESE_INSTRUCTIONS: Readonly<Record<string, Instruction>> = {
  "ja:keywords:existence": instruction(z.object({ keywords: z.array(z.string()) }), (value, { keywords }) => {
    const words = surfaces(value);
    return keywords.every((keyword) => words.includes(keyword));
  }),
  "ja:keywords:frequency": instruction(
    z.object({ keyword: text.transform((keyword) => pyStrip(keyword)), frequency: count, relation }),
    (value, args) => {
      const occurrences = surfaces(value).filter((surface) => surface === args.keyword).length;
      return compare(occurrences, args.relation, args.frequency);
    },
  ),
  "ja:keywords:forbidden_words": instruction(z.object({ forbidden_words: z.array(z.string()) }), (value, args) => {
    const words = surfaces(value);
    return args.forbidden_words.every((word) => !words.includes(word));
  }),
  "ja:keywords:letter_frequency": instruction(
    z.object({
      letter: z.string().refine((letter) => letter.length === 1 && inRange(letter, "ぁ", "ん"), "one hiragana letter"),
      let_frequency: count,
      let_relation: relation,
    }),
    (value, args) => {
      const katakana = String.fromCharCode(args.letter.charCodeAt(0) + 96);
      const occurrences = [...value].filter((char) => char === args.letter || char === katakana).length;
      return compare(occurrences, args.let_relation, args.let_frequency);
    },
  ),
  "ja:language:response_language": instruction(z.object({ language: z.string() }), (value, { language }) =>
    isInLanguage(value, language),
  ),
  "ja:length_constraints:number_sentences": instruction(z.object({ num_sentences: count, relation }), (value, args) =>
    compare(splitJapaneseSentences(value).length, args.relation, args.num_sentences),
  ),
  "ja:length_constraints:number_paragraphs": instruction(z.object({ num_paragraphs: count }), (value, args) => {
    return countStarParagraphs(value) === args.num_paragraphs;
  }),
  "ja:length_constraints:number_letters": instruction(z.object({ num_letters: count, relation }), (value, args) =>
    compare(pyLength(value), args.relation, args.num_letters),
  ),
  "ja:length_constraints:nth_paragraph_first_word": instruction(
    z
      .object({ num_paragraphs: count, nth_paragraph: z.number().int().positive(), first_word: z.string() })
      .refine((args) => args.nth_paragraph <= args.num_paragraphs, "nth_paragraph is past num_paragraphs")
      .transform((args) => ({ ...args, first_word: args.first_word.toLowerCase() })),
    followsNthParagraphFirstWord,
  ),
  "ja:detectable_content:number_placeholders": instruction(z.object({ num_placeholders: count }), (value, args) =>
    countPlaceholders(value) >= args.num_placeholders,
  ),
  "ja:detectable_content:postscript": instruction(
    z.object({ postscript_marker: text.transform((marker) => pyStrip(marker)) }),
    (value, args) => postscriptPattern(args.postscript_marker).test(value),
  ),
  "ja:detectable_format:number_bullet_lists": instruction(z.object({ num_bullets: count }), (value, args) =>
    countMatches(BULLET, value) === args.num_bullets,
  ),
  "ja:detectable_format:number_numbered_lists": instruction(z.object({ num_items: count }), (value, args) =>
    countMatches(NUMBERED_ITEM, value) === args.num_items,
  ),
  "ja:detectable_format:constrained_response": plainInstruction((value) => {
    const answer = pyStrip(value);
    return CONSTRAINED_OPTIONS.some((option) => answer.includes(option));
  }),
  "ja:detectable_format:number_highlighted_sections": instruction(z.object({ num_highlights: count }), (value, args) => {
    const highlights = [...value.matchAll(HIGHLIGHT)].filter((m) => pyStrip(pyStrip(m[0], "《》")) !== "");
    return highlights.length >= args.num_highlights;
  }),
  "ja:detectable_format:multiple_sections": instruction(
    z.object({ section_spliter: text.transform((spliter) => pyStrip(spliter)), num_sections: count }),
    (value, args) => {
      const marker = pyPattern(`\\s?第[\\d\\uFF10-\\uFF19]+${args.section_spliter}\\s?`, "g");
      return countMatches(marker, value) >= args.num_sections;
    },
  ),
  "ja:detectable_format:json_format": plainInstruction(isJsonResponse),
  "ja:detectable_format:title": plainInstruction((value) =>
    [...value.matchAll(TITLE)].some((m) => pyStrip(pyRstrip(pyLstrip(m[0], "『"), "』")) !== ""),
  ),
  "ja:detectable_format:nominal_ending": instruction(z.object({ count }), (value, args) =>
    countNominalEndings(value) >= args.count,
  ),
  "ja:combination:two_responses": plainInstruction(hasTwoResponses),
  "ja:combination:repeat_prompt": instruction(z.object({ prompt_to_repeat: text }), (value, args) =>
    pyStrip(value).startsWith(pyStrip(args.prompt_to_repeat)),
  ),
  "ja:startend:end_checker": instruction(
    z.object({ end_phrase: text.transform((phrase) => pyStrip(phrase)) }),
    (value, args) => pyStrip(pyStrip(value), "」』").endsWith(pyStrip(args.end_phrase, "」』")),
  ),
  "ja:startend:sentence_unified_end": instruction(z.object({ ending: z.string() }), (value, args) =>
    hasUnifiedEndings(value, args.ending),
  ),
  "ja:startend:quotation": plainInstruction((value) => {
    const answer = pyStrip(value);
    return pyLength(answer) > 1 && answer.startsWith("「") && answer.endsWith("」");
  }),
  "ja:letters:furigana": plainInstruction(hasFuriganaForAllKanji),
  "ja:letters:kansuuji": plainInstruction((value) => !DIGIT.test(value)),
  "ja:letters:no_katakana": plainInstruction(
    (value) => ![...value].some((char) => inRange(char, "ァ", "ヺ") || inRange(char, "ｦ", "ﾟ")),
  ),
  "ja:letters:katakana_only": plainInstruction((value) =>
    onlyLetters(value, (char) => inRange(char, "ァ", "ン") || char === "ー" || char === "・" || inRange(char, "ｦ", "ﾟ")),
  ),
  "ja:letters:no_hiragana": plainInstruction((value) => ![...value].some((char) => inRange(char, "ぁ", "ゖ"))),
  "ja:letters:hiragana_only": plainInstruction((value) =>
    onlyLetters(value, (char) => inRange(char, "ぁ", "ん") || char === "ー"),
  ),
  "ja:letters:kanji": instruction(z.object({ kanji_limit: count, relation }), (value, args) =>
    compare(countMatches(KANJI, value), args.relation, args.kanji_limit),
  ),
  "ja:punctuation:no_comma": plainInstruction((value) => !value.includes("、")),
  "ja:punctuation:no_period": plainInstruction((value) => !value.includes("。")),
};
