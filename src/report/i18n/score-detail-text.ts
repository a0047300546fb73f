import type { ScoreDetail } from "../../scoring/score-detail.js";
import type { ReportLanguage } from "./messages.js";

type Code<C extends ScoreDetail["code"]> = Extract<ScoreDetail, { code: C }>;

/** How a scorer's detail reads in one language: one entry per code, plus the words for how an answer was found. */
interface DetailWords {
  /** How the option or number was found (src/scoring/choice-extraction.ts, number-extraction.ts, math-answer-extraction.ts). */
  via: Record<string, string>;
  or: string;
  picked(got: string, via: string | null, expected: string | null): string;
  notFound: Record<Code<"not-found">["what"], string>;
  ambiguous(options: string): string;
  match: Record<Code<"match">["how"], string>;
  notExpected(got: string | null, expected: string): string;
  contains(answers: string): string;
  noneOf(answers: string): string;
  missing(answers: string): string;
}

const en: DetailWords = {
  via: {},
  or: " or ",
  picked: (got, via, expected) => `picked ${got}${via ? ` (${via})` : ""}${expected ? `, expected ${expected}` : ""}`,
  notFound: {
    choice: "no choice found",
    option: "no option found",
    number: "no number found",
    answer: "no answer found",
    "gsm8k-marker": "no #### answer",
    match: "no match",
  },
  ambiguous: (options) => `ambiguous: ${options}`,
  match: {
    exact: "exact match",
    normalized: "normalized match",
    regex: "match equals expected",
    pattern: "matched",
    "gsm8k-strict": "strict match",
    "gsm8k-flexible": "flexible match",
  },
  notExpected: (got, expected) => `${got ? `${got}: ` : ""}not ${expected}`,
  contains: (answers) => `contains ${answers}`,
  noneOf: (answers) => `none of ${answers}`,
  missing: (answers) => `missing ${answers}`,
};

const ja: DetailWords = {
  via: {
    "answer phrase": "答えの文言",
    label: "記号",
    number: "番号",
    "choice text": "選択肢の文",
    "final label": "最後の記号",
    boxed: "\\boxed",
    "####": "####",
    "last number": "最後の数値",
    "whole answer": "回答全体",
    "last formula": "最後の式",
  },
  or: " または ",
  picked: (got, via, expected) => `${got} を選択${via ? `（${via}）` : ""}${expected ? `、正解は ${expected}` : ""}`,
  notFound: {
    choice: "選択肢が見つからない",
    option: "選択肢が見つからない",
    number: "数値が見つからない",
    answer: "答えが見つからない",
    "gsm8k-marker": "#### の答えがない",
    match: "一致する箇所がない",
  },
  ambiguous: (options) => `複数の選択肢（${options}）で決まらない`,
  match: {
    exact: "完全一致",
    normalized: "正規化して一致",
    regex: "抽出した値が正解と一致",
    pattern: "一致",
    "gsm8k-strict": "厳密な抽出で一致",
    "gsm8k-flexible": "緩い抽出で一致",
  },
  notExpected: (got, expected) => `${got ? `${got}：` : ""}正解（${expected}）と異なる`,
  contains: (answers) => `${answers} を含む`,
  noneOf: (answers) => `${answers} のいずれも含まない`,
  missing: (answers) => `${answers} が含まれない`,
};

const WORDS: Record<ReportLanguage, DetailWords> = { en, ja };

/** A scorer's detail in the report's language; values from the answer and the item are quoted as they are. */
export function scoreDetailText(detail: ScoreDetail, language: ReportLanguage): string {
  return scoreDetailParts(detail, language)
    .map((part) => part.text)
    .join("");
}

// Values are marked while the sentence is worded, then the sentence is cut at the marks.
const OPEN = "\u0001";
const CLOSE = "\u0002";

/**
 * The detail cut into words and values: `data` parts are what the answer or the item held (a label, a number, an
 * expected answer), so a page can set them apart from the language around them.
 */
export function scoreDetailParts(detail: ScoreDetail, language: ReportLanguage): Array<{ data: boolean; text: string }> {
  const value = (text: string) => `${OPEN}${text.replace(/[\u0001\u0002]/g, "")}${CLOSE}`;
  const sentence = worded(detail, WORDS[language], value);
  return sentence
    .split(CLOSE)
    .flatMap((chunk) => {
      const [words = "", data] = chunk.split(OPEN);
      return [{ data: false, text: words }, ...(data === undefined ? [] : [{ data: true, text: data }])];
    })
    .filter((part) => part.text !== "");
}

function worded(detail: ScoreDetail, w: DetailWords, value: (text: string) => string): string {
  const list = (answers: readonly string[]) => answers.map((answer) => value(JSON.stringify(answer))).join(w.or);
  switch (detail.code) {
    case "picked":
      return w.picked(value(detail.got), detail.via ? (w.via[detail.via] ?? detail.via) : null, detail.expected ? detail.expected.map(value).join(w.or) : null);
    case "not-found":
      return w.notFound[detail.what];
    case "ambiguous":
      return w.ambiguous(detail.options.map(value).join(", "));
    case "match":
      return w.match[detail.how];
    case "not-expected":
      return w.notExpected(detail.got === undefined ? null : value(detail.got), list(detail.expected));
    case "contains":
      return w.contains(list(detail.answers));
    case "none-of":
      return w.noneOf(list(detail.answers));
    case "missing":
      return w.missing(list(detail.answers));
  }
}
