import type { CheckerFailure, CodeRunDetail, ExtractedWords, ScoreDetail } from "../../scoring/score-detail.js";
import type { ReportLanguage } from "./messages.js";

type Code<C extends ScoreDetail["code"]> = Extract<ScoreDetail, { code: C }>;

/** How a scorer's detail reads in one language: one entry per code, plus the words for how an answer was found. */
interface DetailWords {
  /** How the option or number was found (src/scoring/choice-extraction.ts, number-extraction.ts, math-answer-extraction.ts). */
  via: Record<string, string>;
  or: string;
  /** Between the items of a list of values: ", " / "、". */
  comma: string;
  picked(got: string, via: string | null, expected: string | null): string;
  notFound: Record<Code<"not-found">["what"], string>;
  ambiguous(options: string): string;
  match: Record<Code<"match">["how"], string>;
  notExpected(got: string | null, expected: string): string;
  contains(answers: string): string;
  noneOf(answers: string): string;
  missing(answers: string): string;
  json: {
    valid(from: string): string;
    schema(errors: string): string;
    equal(equal: boolean): string;
    fields(matched: number, total: number, wrong: string | null): string;
  };
  mathEqual(got: string, via: string, gold: string, how: Code<"math-equal">["how"]): string;
  unusableExpected(scorer: string): string;
  scorerFailed(message: string): string;
  charF1(f1: string, answers: string): string;
  citations(kind: Code<"citations">["kind"], hits: number, of: number): string;
  retrieval(found: number, gold: number, k: number): string;
  noRetrieval(key: string): string;
  claims(unsupported: string | null): string;
  refusal(refused: boolean, shouldRefuse: boolean): string;
  /** A RAG scorer's extracted value when it is words (ExtractedWords). */
  extracted: {
    nothingRetrieved: string;
    noCitation: string;
    refused(refused: boolean): string;
    claimsSupported(supported: number, total: number): string;
  };
  ifeval(followed: number, total: number, failed: string | null, looseOnly: string | null): string;
  /** EM and F1 of a span: "EM 1, F1 0.800". */
  qa(exact: boolean, f1: string): string;
  /** The extractive-QA note after the span's figures: which span was kept, how the other did. */
  qaKept(span: "raw" | "cleaned", other: { text: string | null; figures: string } | null): string;
  code: {
    passed: string;
    noCode: string;
    skipped(packages: string): string;
    timeout(cpu: boolean, limitMs: number): string;
    memory(of: "program" | "answers"): string;
    outputLimit(mib: number, stream: "stdout" | "stderr" | "answers"): string;
    failure: Record<CheckerFailure, string>;
    /** A checker's failure and its message (may be empty). */
    failed(what: string, message: string | null): string;
  };
}

const en: DetailWords = {
  via: {},
  or: " or ",
  comma: ", ",
  picked: (got, via, expected) => `picked ${got}${via ? ` (${via})` : ""}${expected ? `, expected ${expected}` : ""}`,
  notFound: {
    choice: "no choice found",
    option: "no option found",
    number: "no number found",
    answer: "no answer found",
    "gsm8k-marker": "no #### answer",
    match: "no match",
    json: "no JSON found",
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
  json: {
    valid: (from) => `valid JSON (${from})`,
    schema: (errors) => `schema: ${errors}`,
    equal: (equal) => (equal ? "equals expected" : "differs from expected"),
    fields: (matched, total, wrong) => `${matched}/${total} fields match${wrong ? `; wrong: ${wrong}` : ""}`,
  },
  mathEqual: (got, via, gold, how) => `${got} (${via}) equals ${gold} ${{ text: "as text", tuple: "element by element", value: "by value" }[how]}`,
  unusableExpected: (scorer) => `item has no expected answer that ${scorer} can use`,
  scorerFailed: (message) => `scorer failed: ${message}`,
  charF1: (f1, answers) => `char F1 ${f1} against ${answers}`,
  citations: (kind, hits, of) => (kind === "precision" ? `${hits} of ${of} cited documents are gold sources` : `${hits} of ${of} gold sources cited`),
  retrieval: (found, gold, k) => `${found} of ${gold} gold sources in the first ${k} documents`,
  noRetrieval: (key) => `no retrieval (a model without ${key})`,
  claims: (unsupported) => (unsupported === null ? "every claim is supported by the passages" : `unsupported: ${unsupported}`),
  refusal: (refused, shouldRefuse) =>
    shouldRefuse
      ? refused ? "refused an unanswerable question" : "answered a question the documents cannot answer"
      : refused ? "refused an answerable question" : "answered an answerable question",
  extracted: {
    nothingRetrieved: "(nothing retrieved)",
    noCitation: "(no citation)",
    refused: (refused) => (refused ? "refused" : "answered"),
    claimsSupported: (supported, total) => `${supported}/${total} claims supported`,
  },
  ifeval: (followed, total, failed, looseOnly) =>
    `${followed}/${total} instructions followed${failed ? `; failed: ${failed}` : ""}${looseOnly ? ` (loosely followed: ${looseOnly})` : ""}`,
  qa: (exact, f1) => `EM ${exact ? 1 : 0}, F1 ${f1}`,
  qaKept: (span, other) =>
    span === "raw"
      ? `; raw answer kept${other ? ` (cleaned${other.text ? ` ${other.text}` : ""}: ${other.figures})` : ""}`
      : `; cleaned span${other ? ` (raw answer: ${other.figures})` : ""}`,
  code: {
    passed: "all tests passed",
    noCode: "no code found",
    skipped: (packages) => `skipped: needs ${packages}, which the sandbox does not have (no network to install it)`,
    timeout: (cpu, limitMs) => `timeout: ${cpu ? "CPU-time" : "time"} limit of ${limitMs} ms`,
    memory: (of) => (of === "program" ? "memory limit: the program ran out of memory" : "memory limit: the program's answers did not fit in memory"),
    outputLimit: (mib, stream) => `output limit: more than ${mib} MiB on ${stream === "answers" ? "its answers" : stream}`,
    failure: {
      "syntax-error": "syntax error",
      "runtime-error": "runtime error",
      "assertion-failed": "assertion failed",
      "wrong-result": "wrong result",
      "exited-early": "exited early",
      memory: "memory limit",
    },
    failed: (what, message) => (message ? `${what}: ${message}` : what),
  },
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
    "code fence": "コードブロック",
    embedded: "文中",
  },
  or: " または ",
  comma: "、",
  picked: (got, via, expected) => `${got} を選択${via ? `（${via}）` : ""}${expected ? `、正解は ${expected}` : ""}`,
  notFound: {
    choice: "選択肢が見つからない",
    option: "選択肢が見つからない",
    number: "数値が見つからない",
    answer: "答えが見つからない",
    "gsm8k-marker": "#### の答えがない",
    match: "一致する箇所がない",
    json: "JSON が見つからない",
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
  json: {
    valid: (from) => `有効な JSON（${from}）`,
    schema: (errors) => `スキーマに合わない：${errors}`,
    equal: (equal) => (equal ? "正解と一致" : "正解と異なる"),
    fields: (matched, total, wrong) => `${total} 項目中 ${matched} 項目が一致${wrong ? `。異なる項目：${wrong}` : ""}`,
  },
  mathEqual: (got, via, gold, how) => `${got}（${via}）は正解 ${gold} と${{ text: "表記が", tuple: "要素ごとに", value: "値が" }[how]}一致`,
  unusableExpected: (scorer) => `この問題には ${scorer} が使える正解がない`,
  scorerFailed: (message) => `採点器がエラーで止まった：${message}`,
  charF1: (f1, answers) => `文字単位の F1 ${f1}（正解 ${answers}）`,
  citations: (kind, hits, of) => (kind === "precision" ? `引用した文書 ${of} 件のうち ${hits} 件が正解の出典` : `正解の出典 ${of} 件のうち ${hits} 件を引用`),
  retrieval: (found, gold, k) => `上位 ${k} 件の文書に正解の出典 ${gold} 件のうち ${found} 件`,
  noRetrieval: (key) => `検索なし（${key} のないモデル）`,
  claims: (unsupported) => (unsupported === null ? "すべての主張が文書で裏付けられている" : `裏付けのない主張：${unsupported}`),
  refusal: (refused, shouldRefuse) =>
    shouldRefuse
      ? refused ? "答えられない質問を断った" : "文書では答えられない質問に回答した"
      : refused ? "答えられる質問を断った" : "答えられる質問に回答した",
  extracted: {
    nothingRetrieved: "（検索結果なし）",
    noCitation: "（引用なし）",
    refused: (refused) => (refused ? "回答を断った" : "回答した"),
    claimsSupported: (supported, total) => `主張 ${total} 件中 ${supported} 件が裏付けあり`,
  },
  ifeval: (followed, total, failed, looseOnly) =>
    `指示 ${total} 件中 ${followed} 件に従った${failed ? `。従わなかった指示：${failed}` : ""}${looseOnly ? `（緩い判定では従った：${looseOnly}）` : ""}`,
  qa: (exact, f1) => `EM ${exact ? 1 : 0}、F1 ${f1}`,
  qaKept: (span, other) =>
    span === "raw"
      ? `。整形前の回答を採用${other ? `（整形後${other.text ? ` ${other.text}` : ""}：${other.figures}）` : ""}`
      : `。整形した部分を採用${other ? `（整形前の回答：${other.figures}）` : ""}`,
  code: {
    passed: "すべてのテストに合格",
    noCode: "コードが見つからない",
    skipped: (packages) => `スキップ：${packages} が必要だがサンドボックスにない（ネットワークがないため導入できない）`,
    timeout: (cpu, limitMs) => `時間切れ：${cpu ? "CPU 時間" : "実行時間"}の上限 ${limitMs} ms`,
    memory: (of) => (of === "program" ? "メモリ上限：プログラムがメモリを使い切った" : "メモリ上限：プログラムの答えがメモリに収まらなかった"),
    outputLimit: (mib, stream) => `出力上限：${{ stdout: "標準出力", stderr: "標準エラー出力", answers: "答え" }[stream]}が ${mib} MiB を超えた`,
    failure: {
      "syntax-error": "構文エラー",
      "runtime-error": "実行時エラー",
      "assertion-failed": "アサーション失敗",
      "wrong-result": "結果が違う",
      "exited-early": "途中で終了",
      memory: "メモリ上限",
    },
    failed: (what, message) => (message ? `${what}：${message}` : what),
  },
};

const WORDS: Record<ReportLanguage, DetailWords> = { en, ja };

/** A scorer's detail in the report's language; values from the answer and the item are quoted as they are. */
export function scoreDetailText(detail: ScoreDetail, language: ReportLanguage): string {
  return scoreDetailParts(detail, language)
    .map((part) => part.text)
    .join("");
}

/** A RAG scorer's extracted value that is words ("(no citation)"), in the report's language. */
export function extractedText(words: ExtractedWords, language: ReportLanguage): string {
  const w = WORDS[language].extracted;
  switch (words.code) {
    case "nothing-retrieved":
      return w.nothingRetrieved;
    case "no-citation":
      return w.noCitation;
    case "refusal":
      return w.refused(words.refused);
    case "claims-supported":
      return w.claimsSupported(words.supported, words.total);
  }
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
      return w.ambiguous(detail.options.map(value).join(w.comma));
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
    case "json-valid":
      return w.json.valid(w.via[detail.from] ?? detail.from);
    case "json-schema":
      return w.json.schema(value(detail.errors));
    case "json-equal":
      return w.json.equal(detail.equal);
    case "json-fields":
      return w.json.fields(detail.matched, detail.total, detail.wrong.length === 0 ? null : detail.wrong.map(value).join(w.comma));
    case "math-equal":
      return w.mathEqual(value(detail.got), w.via[detail.via] ?? detail.via, value(JSON.stringify(detail.gold)), detail.how);
    case "unusable-expected":
      return w.unusableExpected(value(detail.scorer));
    case "scorer-failed":
      return w.scorerFailed(value(detail.message));
    case "char-f1":
      return w.charF1(detail.f1.toFixed(3), list(detail.answers));
    case "citations":
      return w.citations(detail.kind, detail.hits, detail.of);
    case "retrieval":
      return w.retrieval(detail.found, detail.gold, detail.k);
    case "no-retrieval":
      return w.noRetrieval(value("rag:"));
    case "claims":
      return w.claims(detail.unsupported.length === 0 ? null : detail.unsupported.map(value).join(" / "));
    case "refusal":
      return w.refusal(detail.refused, detail.shouldRefuse);
    case "ifeval": {
      const ids = (list: readonly string[]) => (list.length === 0 ? null : list.map(value).join(w.comma));
      return w.ifeval(detail.followed, detail.total, ids(detail.failed), ids(detail.looseOnly));
    }
    case "extractive-qa": {
      const figures = w.qa(detail.exact, detail.f1.toFixed(3));
      if (!detail.span) return figures;
      const other = detail.other
        ? { text: detail.other.text === undefined ? null : value(JSON.stringify(detail.other.text)), figures: w.qa(detail.other.exact, detail.other.f1.toFixed(3)) }
        : null;
      return figures + w.qaKept(detail.span, other);
    }
    case "code-run":
      return codeRun(detail, w, value);
  }
}

function codeRun(detail: CodeRunDetail, w: DetailWords, value: (text: string) => string): string {
  const c = w.code;
  if ("message" in detail) return c.failed(c.failure[detail.outcome], detail.message ? value(detail.message) : null);
  switch (detail.outcome) {
    case "passed":
      return c.passed;
    case "no-code":
      return c.noCode;
    case "skipped":
      return c.skipped(detail.packages.map(value).join(w.comma));
    case "timeout":
      return c.timeout(detail.cpu, detail.limitMs);
    case "memory":
      return c.memory(detail.of);
    case "output-limit":
      return c.outputLimit(detail.mib, detail.stream);
  }
}
