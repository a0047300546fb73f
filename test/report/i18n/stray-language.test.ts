import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messagesFor, type ReportLanguage } from "../../../src/report/i18n/messages.js";
import { extractedText, scoreDetailText } from "../../../src/report/i18n/score-detail-text.js";
import { renderReportToString } from "../../../src/report/render-report.js";
import { parseExtractedWords, storedExtracted, type ExtractedWords, type ScoreDetail } from "../../../src/scoring/score-detail.js";
import { openDatabase } from "../../../src/store/open-store.js";
import { startViewServer, type ViewServer } from "../../../src/view/view-server.js";
import { request } from "../../view/http-get.js";
import { FOUR_MODEL_STORE } from "../four-model-store.js";
import { itemId, writeReportStore, type StoreSpec } from "../report-store.js";

/**
 * Issue 9: the Japanese report and dashboard carry no English words, the English ones no Japanese, outside data. Data
 * is what the store holds (questions, answers, evidence, judge reasons: <pre>, previews, ids) and what the user named
 * (model ids, suite names, scorer names, the run's id and description); code (<code>: configuration keys, commands)
 * and a short list of units and proper names are the same in both languages.
 */
const MODELS = FOUR_MODEL_STORE.models.map((model) => model.id);
const SUITES = FOUR_MODEL_STORE.suites.map((suite) => suite.name);
/**
 * Every other kind of built-in scorer detail, as the scorers store them (src/scoring/score-detail.ts): shown on the
 * first two items of each suite as secondary scores, so the report and the item pages word each one.
 */
const MORE_DETAILS: Array<[string, ScoreDetail, ExtractedWords?]> = [
  ["math-answer", { code: "math-equal", got: "2\\sqrt{3}", via: "answer phrase", gold: "2\\sqrt{3}", how: "text" }],
  ["math-answer", { code: "math-equal", got: "0.5", via: "boxed", gold: "1/2", how: "value" }],
  ["exact", { code: "unusable-expected", scorer: "exact" }],
  ["json", { code: "not-found", what: "json" }],
  ["json", { code: "json-valid", from: "code fence" }],
  ["json", { code: "json-schema", errors: "/age must be integer" }],
  ["json", { code: "json-equal", equal: false }],
  ["json", { code: "json-fields", matched: 2, total: 4, wrong: ["name", "address.floor"] }],
  ["module", { code: "scorer-failed", message: "TypeError: cannot read properties of undefined" }],
  ["char-f1", { code: "char-f1", f1: 0.667, answers: ["30日以内", "30 日"] }],
  ["citation-precision", { code: "citations", kind: "precision", hits: 1, of: 2 }],
  ["citation-recall", { code: "citations", kind: "recall", hits: 2, of: 3 }],
  ["citation-recall", { code: "citations", kind: "recall", hits: 0, of: 2 }, { code: "no-citation" }],
  ["retrieval-recall", { code: "retrieval", found: 1, gold: 2, k: 5 }],
  ["retrieval-mrr", { code: "no-retrieval" }, { code: "nothing-retrieved" }],
  ["faithfulness", { code: "claims", unsupported: ["送料は無料です", "返品は 60 日以内"] }, { code: "claims-supported", supported: 1, total: 3 }],
  ["faithfulness", { code: "claims", unsupported: [] }],
  ["refusal", { code: "refusal", refused: true, shouldRefuse: true }, { code: "refusal", refused: true }],
  ["refusal", { code: "refusal", refused: false, shouldRefuse: true }, { code: "refusal", refused: false }],
  ["refusal", { code: "refusal", refused: true, shouldRefuse: false }],
  ["refusal", { code: "refusal", refused: false, shouldRefuse: false }],
  ["ifeval", { code: "ifeval", followed: 1, total: 3, failed: ["detectable_content:postscript", "length_constraints:number_words"], looseOnly: ["length_constraints:number_words"] }],
  ["jsquad", { code: "extractive-qa", exact: false, f1: 0.8 }],
  ["jsquad", { code: "extractive-qa", exact: true, f1: 1, span: "cleaned", other: { exact: false, f1: 0.667 } }],
  ["squad", { code: "extractive-qa", exact: false, f1: 0.5, span: "raw", other: { text: "Denver", exact: false, f1: 0.4 } }],
  ["squad", { code: "extractive-qa", exact: true, f1: 1, span: "cleaned" }],
  ["humaneval", { code: "code-run", outcome: "passed" }],
  ["humaneval", { code: "code-run", outcome: "no-code" }],
  ["humaneval", { code: "code-run", outcome: "skipped", packages: ["numpy", "js-md5"] }],
  ["humaneval", { code: "code-run", outcome: "timeout", cpu: true, limitMs: 4000 }],
  ["humaneval", { code: "code-run", outcome: "timeout", cpu: false, limitMs: 4000 }],
  ["humaneval", { code: "code-run", outcome: "memory", of: "program" }],
  ["humaneval", { code: "code-run", outcome: "memory", of: "answers" }],
  ["humaneval", { code: "code-run", outcome: "output-limit", mib: 8, stream: "answers" }],
  ["humaneval", { code: "code-run", outcome: "output-limit", mib: 8, stream: "stderr" }],
  ["humaneval", { code: "code-run", outcome: "assertion-failed", message: "assert candidate(3) == 1" }],
  ["humaneval", { code: "code-run", outcome: "syntax-error", message: "" }],
  ["humaneval", { code: "code-run", outcome: "exited-early", message: "SystemExit: 0" }],
];
const SCORERS = ["choice", "numeric", "gsm8k-strict", "contains", ...new Set(MORE_DETAILS.map(([scorer]) => scorer))];
/** What else the fixture named: the provider, each model's name at it, the judge, the run's description. */
const OTHER_DATA = ["openai-compatible", ...MODELS.map((id) => `${id}-model`), "judge", FOUR_MODEL_STORE.description!];
const UNITS_AND_NAMES = [
  "USD", "ms", "p50", "p95", "pt", "n", "CI", "TTFT", "API", "GPU", "h100", "l4", "HTML", "CSV", "JSON", "IFEval",
  "Bradley", "Terry", "UTC", "kurabe", "kurabe.yaml", "A", "B", "p", "α", "M", "K", "$", "/h",
  // Metrics and units of the scorers' details; \boxed is LaTeX, named as the answer wrote it.
  "EM", "F1", "MiB", "CPU", "boxed",
];

/** The fixture of the four-model screenshots, with the scorer details real scorers give and a judge's pairwise verdicts. */
const SPEC: StoreSpec = {
  ...FOUR_MODEL_STORE,
  runId: "20261203-090000-words",
  result(model, suite, i, sample) {
    const result = FOUR_MODEL_STORE.result(model, suite, i, sample)!;
    const passed = result.passed ?? true;
    const [scorer, detail]: [string, ScoreDetail] =
      suite === "gsm8k"
        ? ["numeric", { code: "picked", got: passed ? "72" : "70", via: "last number", ...(passed ? {} : { expected: ["72"] }) }]
        : suite === "support-ja"
          ? ["contains", passed ? { code: "contains", answers: ["返品"] } : { code: "none-of", answers: ["返品", "返金"] }]
          : ["choice", passed ? { code: "picked", got: "B", via: "answer phrase" } : { code: "picked", got: "A", expected: ["B"] }];
    const strict: ScoreDetail = passed ? { code: "match", how: "gsm8k-strict" } : { code: "not-found", what: "gsm8k-marker" };
    return {
      ...result,
      scores: [
        { scorer, isPrimary: true, value: passed ? 1 : 0, passed, extracted: passed ? "B" : "A", detail },
        ...(suite === "gsm8k" ? [{ scorer: "gsm8k-strict", isPrimary: false, value: passed ? 1 : 0, passed, detail: strict }] : []),
        // Scorer names must differ within an answer: the n-th detail goes under "scorer#n".
        ...(i < 2
          ? MORE_DETAILS.map(([name, more, words], n) => ({
              scorer: `${name}#${n}`,
              isPrimary: false,
              value: 0,
              passed: false,
              detail: more,
              ...(words ? { extracted: storedExtracted(words) } : {}),
            }))
          : []),
      ],
    };
  },
  pairwise: [0, 1, 2].flatMap((i) => [
    { suite: "support-ja", itemId: itemId("support-ja", i), modelA: "gpt-4o", modelB: "gpt-4o-mini", shownFirst: "a" as const, verdict: "a" as const, strong: true },
    { suite: "support-ja", itemId: itemId("support-ja", i), modelA: "gpt-4o", modelB: "gpt-4o-mini", shownFirst: "b" as const, verdict: "tie" as const, strong: false },
  ]),
};

/** The words of a page a reader reads as the page's language: its text less data, code and the allowlist. */
function wordsOutsideData(page: string): string {
  // Neighbouring cells are separate words.
  const root = parse(page.replace(/></g, "> <"));
  for (const element of root.querySelectorAll("pre, code, script, style, .preview, .preview-cell, .item-id, dl.run dd, .data")) element.remove();
  let text = (root.querySelector("body") ?? root).textContent;
  // Longest first, so "gpt-4o-mini" goes before "gpt-4o".
  for (const name of [...OTHER_DATA, ...MODELS, ...SUITES, ...SCORERS, SPEC.runId!, "20261203-090000-four"].sort((a, b) => b.length - a.length)) {
    text = text.split(name).join(" ");
  }
  return text;
}

function strayEnglish(text: string): string[] {
  const allowed = new Set(UNITS_AND_NAMES);
  return [...new Set(text.match(/[A-Za-z][A-Za-z0-9'’-]*/g) ?? [])].filter((word) => !allowed.has(word));
}

/** An ASCII ": " joining a label to its value on a Japanese page, which writes the full-width "：" (with a little context). */
function asciiColons(text: string): string[] {
  return [...new Set([...text.matchAll(/\S{0,12}:\s/g)].map((match) => match[0]))];
}

/** An ASCII ", " on a Japanese page, which lists and joins with "、" (with a little context). */
function asciiCommas(text: string): string[] {
  return [...new Set([...text.matchAll(/\S{0,12},\s\S{0,12}/g)].map((match) => match[0]))];
}

/** ASCII brackets on a Japanese page, which writes the full-width （）, around words or figures (with a little context). */
function asciiBrackets(text: string): string[] {
  return [...new Set([...text.matchAll(/\S{0,8}\([^()]*\)/g)].map((match) => match[0]))];
}

function strayJapanese(text: string): string[] {
  return [...new Set(text.match(/[\u3040-\u30ff\u3400-\u9fff\uff01-\uff60]+/g) ?? [])];
}

describe("no stray language in the four-model report and dashboard", () => {
  let dir: string;
  let file: string;
  const servers = new Map<ReportLanguage, ViewServer>();

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kurabe-words-"));
    file = path.join(dir, "k.db");
    writeReportStore(file, FOUR_MODEL_STORE);
    writeReportStore(file, SPEC);
    for (const language of ["en", "ja"] as const) servers.set(language, await startViewServer({ db: openDatabase(file), language, port: 0, log: () => undefined }));
  });
  afterAll(async () => {
    for (const server of servers.values()) await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const check = (language: ReportLanguage, page: string) => {
    const words = wordsOutsideData(page);
    return language === "ja" ? [...strayEnglish(words), ...asciiColons(words), ...asciiCommas(words), ...asciiBrackets(words)] : strayJapanese(words);
  };

  for (const language of ["en", "ja"] as const) {
    it(`the HTML report in ${language}, every item shown`, () => {
      const db = openDatabase(file);
      try {
        const page = renderReportToString(db, SPEC.runId!, { format: "html", language, itemsPerSuite: null });
        // The scorers' details are on the page, worded in its language.
        expect(page).toContain(language === "ja" ? '<span class="data">A</span> を選択、正解は <span class="data">B</span>' : 'picked <span class="data">A</span>, expected <span class="data">B</span>');
        expect(page).toContain(language === "ja" ? "時間切れ：CPU 時間の上限 4000 ms" : "timeout: CPU-time limit of 4000 ms");
        expect(page).toContain(language === "ja" ? "指示 3 件中 1 件に従った" : "1/3 instructions followed");
        // So are the RAG scorers' extracted values that are words, not data.
        expect(page).toContain(language === "ja" ? "<td>（引用なし）</td>" : "<td>(no citation)</td>");
        expect(page).toContain(language === "ja" ? "<td>主張 3 件中 1 件が裏付けあり</td>" : "<td>1/3 claims supported</td>");
        expect(check(language, page)).toEqual([]);
      } finally {
        db.close();
      }
    });

    it(`the Markdown report in ${language}: its labels joined as the language writes it`, () => {
      const db = openDatabase(file);
      try {
        const markdown = renderReportToString(db, SPEC.runId!, { format: "md", language, itemsPerSuite: null });
        // Up to the items, whose answers and scorer messages are data; code spans are configuration keys.
        const tables = markdown.slice(0, markdown.indexOf(`## ${messagesFor(language).sections.items}\n`)).replace(/`[^`\n]*`/g, " ");
        expect(tables).toContain(language === "ja" ? "判定数：6 · 入替後も同じ：" : "Verdicts: 6 · Same after swap: ");
        expect(language === "ja" ? [...asciiColons(tables), ...asciiCommas(tables), ...asciiBrackets(tables.replace(/\\(.)/g, "$1").split(SPEC.description!).join(" "))] : strayJapanese(tables.replace(/よくある質問[^|]*|support-ja/g, ""))).toEqual([]);
      } finally {
        db.close();
      }
    });

    it(`every dashboard page in ${language}`, async () => {
      const base = servers.get(language)!.url;
      const run = encodeURIComponent(SPEC.runId!);
      const pages = [
        "",
        `runs/${run}`,
        `runs/${run}/items`,
        `runs/${run}/items?model=gpt-4o&model=gpt-4o-mini&outcome=fail`,
        `runs/${run}/items?disagree=1&outcome=fail`,
        `runs/${run}/item?suite=support-ja&id=support-ja-000`,
        `runs/${run}/item?suite=gsm8k&id=gsm8k-001`,
        "compare",
        `compare?base=20261203-090000-four&cand=${run}`,
        `pair?run=${run}&a=gpt-4o&b=gpt-4o-mini`,
        `pair?run=${run}&a=gpt-4o&b=gpt-4o-mini&page=3`,
      ];
      const found: Record<string, string[]> = {};
      for (const page of pages) {
        const reply = await request(`${base}${page}`);
        expect(reply.status, page).toBe(200);
        const words = check(language, reply.body);
        if (words.length > 0) found[page] = words;
      }
      expect(found).toEqual({});
    });
  }
});

describe("a built-in scorer's detail in each language", () => {
  it("is worded by the page's language, the answer's and the item's values kept as they are", () => {
    const wrong: ScoreDetail = { code: "picked", got: "A", expected: ["B"] };
    expect(scoreDetailText(wrong, "en")).toBe("picked A, expected B");
    expect(scoreDetailText(wrong, "ja")).toBe("A を選択、正解は B");
    expect(scoreDetailText({ code: "picked", got: "72", via: "last number" }, "ja")).toBe("72 を選択（最後の数値）");
    expect(scoreDetailText({ code: "not-found", what: "gsm8k-marker" }, "en")).toBe("no #### answer");
    expect(scoreDetailText({ code: "not-found", what: "gsm8k-marker" }, "ja")).toBe("#### の答えがない");
    expect(scoreDetailText({ code: "match", how: "gsm8k-flexible" }, "ja")).toBe("緩い抽出で一致");
    expect(scoreDetailText({ code: "none-of", answers: ["返品", "返金"] }, "en")).toBe('none of "返品" or "返金"');
    expect(scoreDetailText({ code: "none-of", answers: ["返品", "返金"] }, "ja")).toBe('"返品" または "返金" のいずれも含まない');
    expect(scoreDetailText({ code: "math-equal", got: "0.5", via: "boxed", gold: "1/2", how: "value" }, "ja")).toBe('0.5（\\boxed）は正解 "1/2" と値が一致');
    expect(scoreDetailText({ code: "unusable-expected", scorer: "exact" }, "ja")).toBe("この問題には exact が使える正解がない");
    expect(scoreDetailText({ code: "scorer-failed", message: "boom" }, "ja")).toBe("採点器がエラーで止まった：boom");
    expect(scoreDetailText({ code: "citations", kind: "recall", hits: 2, of: 3 }, "ja")).toBe("正解の出典 3 件のうち 2 件を引用");
    const qa: ScoreDetail = { code: "extractive-qa", exact: false, f1: 0.5, span: "raw", other: { text: "Denver", exact: false, f1: 0.4 } };
    expect(scoreDetailText(qa, "en")).toBe('EM 0, F1 0.500; raw answer kept (cleaned "Denver": EM 0, F1 0.400)');
    expect(scoreDetailText(qa, "ja")).toBe('EM 0、F1 0.500。整形前の回答を採用（整形後 "Denver"：EM 0、F1 0.400）');
    const assertion: ScoreDetail = { code: "code-run", outcome: "assertion-failed", message: "assert f(3) == 1" };
    expect(scoreDetailText(assertion, "en")).toBe("assertion failed: assert f(3) == 1");
    expect(scoreDetailText(assertion, "ja")).toBe("アサーション失敗：assert f(3) == 1");
    expect(scoreDetailText({ code: "code-run", outcome: "output-limit", mib: 8, stream: "answers" }, "en")).toBe("output limit: more than 8 MiB on its answers");
  });

  it("a RAG scorer's extracted words too; another scorer's extracted JSON stays data", () => {
    expect(extractedText({ code: "nothing-retrieved" }, "en")).toBe("(nothing retrieved)");
    expect(extractedText({ code: "nothing-retrieved" }, "ja")).toBe("（検索結果なし）");
    expect(extractedText({ code: "refusal", refused: false }, "en")).toBe("answered");
    expect(extractedText({ code: "refusal", refused: true }, "ja")).toBe("回答を断った");
    expect(extractedText({ code: "claims-supported", supported: 2, total: 3 }, "en")).toBe("2/3 claims supported");
    const stored = storedExtracted({ code: "no-citation" });
    expect(parseExtractedWords(stored, { code: "citations", kind: "precision", hits: 0, of: 0 })).toEqual({ code: "no-citation" });
    expect(parseExtractedWords(stored, { code: "json-valid", from: "whole answer" })).toBeNull();
    expect(parseExtractedWords("returns.md, faq.md", { code: "retrieval", found: 1, gold: 1, k: 5 })).toBeNull();
  });
});
