import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDataset, DEFAULT_BUILD_OPTIONS, type BuildOptions } from "../../src/finetune/build-dataset.js";
import { datasetFiles } from "../../src/finetune/dataset-files.js";
import type { FileContent } from "../../src/finetune/write-outputs.js";
import { checkHeldOut, holdOutInquiries, leaveOutDocuments } from "../../src/finetune/eval-split.js";
import type { Example } from "../../src/finetune/types.js";
import { writeCorpus } from "./support/corpus.js";

let corpus: { docsDir: string; inquiries: string };
const options = (extra: Partial<BuildOptions> = {}): BuildOptions => ({
  ...DEFAULT_BUILD_OPTIONS,
  docsDir: corpus.docsDir,
  inquiriesFiles: [corpus.inquiries],
  maxTokens: 512,
  seed: 7,
  ...extra,
});

beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kurabe-eval-split-"));
  corpus = writeCorpus(dir);
  return () => fs.rmSync(dir, { recursive: true, force: true });
});

const inquiry = (line: number, question: string, answer: string, category = "返品"): Example => ({
  id: `log.csv:${line}`,
  source: { kind: "inquiry", file: "log.csv", line },
  messages: [
    { role: "user", content: question },
    { role: "assistant", content: answer },
  ],
  category,
});

/** Every text of every training and validation file, as written. */
async function trainingText(files: Record<string, FileContent>): Promise<string> {
  let text = "";
  for (const [name, content] of Object.entries(files)) {
    if (!/^(train|validation)\./.test(name) || typeof content === "string") continue;
    for await (const piece of content()) text += piece;
  }
  return text;
}

describe("the held-out evaluation suite of dataset build", () => {
  it("writes eval.jsonl from inquiry rows that are in no training or validation file", async () => {
    const built = await buildDataset(options({ evalRatio: 0.3 }));
    const items = built.evaluation!.items;
    expect(items.length).toBeGreaterThan(0);
    const files = datasetFiles(built, ["openai"]);
    expect(Object.keys(files)).toContain("eval.jsonl");
    const text = await trainingText(files);
    expect(text.length).toBeGreaterThan(1000);
    for (const item of items) {
      expect(item.id).toMatch(/^inquiries\.csv:\d+$/);
      expect(text).not.toContain(JSON.stringify(item.input).slice(1, -1));
    }
    const heldIds = new Set(items.map((item) => item.id));
    expect([...built.examples.train, ...built.examples.validation].filter((example) => heldIds.has(example.id))).toEqual([]);
    expect(built.evaluation!.check.removed).toEqual([]);
  });

  it("holds out nothing and writes no eval.jsonl without --eval-ratio", async () => {
    const built = await buildDataset(options());
    expect(built.evaluation).toBeUndefined();
    expect(Object.keys(datasetFiles(built, ["openai"]))).not.toContain("eval.jsonl");
  });

  it("takes a repeated question out of training with the held-out row, however it is spaced", () => {
    const rows = [
      inquiry(1, "返品はいつまでできますか？", "30日以内です。"),
      inquiry(2, "返品は いつまで できますか", "到着から30日です。"),
      inquiry(3, "送料はいくらですか？", "550円です。", "配送"),
      inquiry(4, "配送日数は？", "3〜5営業日です。", "配送"),
    ];
    // One row of each category is held out; the other 返品 row repeats its question and leaves training too.
    const { heldOut, training } = holdOutInquiries(rows, 0.5, 1);
    expect(heldOut).toHaveLength(2);
    const heldQuestions = heldOut.map((example) => example.messages[0]!.content.replace(/[\s？]/g, ""));
    for (const example of training) expect(heldQuestions).not.toContain(example.messages[0]!.content.replace(/[\s？]/g, ""));
    expect(training.length).toBe(1);
  });

  it("the contamination check finds a training example that quotes a held-out inquiry", () => {
    const held = [inquiry(1, "パスワード再設定のリンクはいつまで有効ですか？教えてください。", "24時間です。")];
    const kept = [
      inquiry(5, "質問: パスワード再設定のリンクはいつまで有効ですか？教えてください。よろしく", "24時間"),
      inquiry(6, "ポイントの有効期限は？", "1年間です。"),
    ];
    expect(checkHeldOut(held, kept)).toEqual({ checkedByNgrams: 1, boilerplate: { ngrams: 0, foundInOver: 10 }, removed: ["log.csv:5"] });
  });

  it("leaves aside a log's boilerplate: a span in more than 10 training rows is no leak, a rarer one is", () => {
    const greeting = "いつもご利用いただき誠にありがとうございます。";
    const held = [inquiry(1, `${greeting}注文番号の変更方法を教えてください。`, "マイページからです。")];
    const templated = (line: number) => inquiry(line, `${greeting}領収書の宛名 ${line} について。`, "はい。");
    const quoting = inquiry(100, "注文番号の変更方法を教えてください。至急お願いします。", "マイページからです。");
    const eleven = Array.from({ length: 11 }, (_, index) => templated(10 + index));
    const ten = eleven.slice(0, 10);
    const withEleven = checkHeldOut(held, [...eleven, quoting]);
    expect(withEleven.removed).toEqual(["log.csv:100"]);
    // The greeting's 22 characters hold 10 13-grams, each found in the eleven rows.
    expect(withEleven.boilerplate).toEqual({ ngrams: 10, foundInOver: 10 });
    // In ten rows a shared span may still be a leak: all ten leave training.
    expect(checkHeldOut(held, [...ten, quoting]).removed).toEqual([...ten.map((example) => example.id), "log.csv:100"]);
  });
});

describe("the unanswerable slice: documents left out of the collection", () => {
  const cites = (line: number, question: string, sources: string[]): Example => ({ ...inquiry(line, question, "答え"), sources });
  const documentExample = (file: string): Example => ({
    id: `${file}#1`,
    source: { kind: "document", file, headings: [], part: 1, parts: 1 },
    messages: [{ role: "user", content: file }, { role: "assistant", content: "本文" }],
  });
  const examples = [
    cites(2, "返品は？", ["returns.md"]),
    cites(3, "送料は？", ["shipping.md"]),
    cites(4, "返品の送料は？", ["returns.md", "shipping.md"]),
    cites(5, "保証は？", ["warranty.md"]),
    cites(6, "出典のない質問", []),
    cites(7, "存在しない文書", ["nowhere.md"]),
    documentExample("returns.md"),
    documentExample("shipping.md"),
    documentExample("warranty.md"),
    documentExample("about.md"),
  ];
  const files = ["returns.md", "shipping.md", "warranty.md", "about.md"];

  it("leaves out a share of the cited documents, and sorts every example by what that does to it", () => {
    for (let seed = 1; seed <= 10; seed++) {
      const slice = leaveOutDocuments(examples, files, 0.34, seed);
      // Of the three cited documents that exist, round(0.34 × 3) = 1 is left out; about.md is cited by none.
      expect(slice.files).toHaveLength(1);
      const [left] = slice.files;
      expect(["returns.md", "shipping.md", "warranty.md"]).toContain(left);
      expect(slice.documentExamples.map((example) => example.id)).toEqual([`${left}#1`]);
      for (const example of slice.unanswerable) expect(example.sources!.every((file) => file === left)).toBe(true);
      for (const example of slice.partly) expect(example.sources).toContain(left);
      for (const example of slice.rest) expect(example.sources ?? [example.source.kind === "document" ? example.source.file : ""]).not.toContain(left);
      expect(slice.unanswerable.length + slice.partly.length + slice.documentExamples.length + slice.rest.length).toBe(examples.length);
    }
    const returns = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => leaveOutDocuments(examples, files, 0.34, seed)).find((slice) => slice.files[0] === "returns.md")!;
    expect(returns.unanswerable.map((example) => example.id)).toEqual(["log.csv:2"]);
    expect(returns.partly.map((example) => example.id)).toEqual(["log.csv:4"]);
  });

  it("always keeps one cited document, and leaves nothing out without two or with ratio 0", () => {
    expect(leaveOutDocuments(examples, files, 0.99, 3).files).toHaveLength(2);
    expect(leaveOutDocuments(examples, files, 0, 3).files).toEqual([]);
    expect(leaveOutDocuments(examples.slice(0, 1), files, 0.5, 3).files).toEqual([]);
  });

  it("writes eval-unanswerable.jsonl, and neither its questions nor the left-out documents reach a training file", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kurabe-unanswerable-"));
    try {
      const docs = path.join(dir, "docs");
      fs.mkdirSync(docs);
      const pages: Record<string, string> = {
        "returns.md": "# 返品\n\n返品は商品到着から30日以内に受け付けます。開封済みの商品は返品できません。",
        "shipping.md": "# 配送\n\n通常配送は3〜5営業日でお届けします。送料は全国一律550円です。",
        "points.md": "# ポイント\n\nポイントは購入金額100円につき1ポイント貯まり、有効期限は1年間です。",
        "warranty.md": "# 保証\n\n製品保証は購入日から1年間です。保証書と購入証明をご用意ください。",
      };
      for (const [name, text] of Object.entries(pages)) fs.writeFileSync(path.join(docs, name), text);
      const topics = Object.keys(pages);
      const rows = Array.from({ length: 40 }, (_, n) => {
        const file = topics[n % topics.length]!;
        return { question: `${file.replace(".md", "")}について質問その${n + 1}をお願いします`, answer: `${file}によれば、回答${n + 1}です。`, category: file, sources: [file] };
      });
      fs.writeFileSync(path.join(dir, "log.jsonl"), rows.map((row) => JSON.stringify(row)).join("\n"));
      const built = await buildDataset({ ...options(), docsDir: docs, inquiriesFiles: [path.join(dir, "log.jsonl")], evalRatio: 0.2, unanswerableRatio: 0.25 });
      const evaluation = built.evaluation!;
      expect(evaluation.leftOut).toHaveLength(1);
      const [left] = evaluation.leftOut;
      expect(evaluation.unanswerable).toHaveLength(10);
      for (const item of evaluation.unanswerable) expect(item).toMatchObject({ answerable: false, category: left });
      expect(evaluation.items.length).toBeGreaterThan(0);
      for (const item of evaluation.items) expect(item.sources).toEqual([item.category]);
      expect(evaluation.items.some((item) => item.sources!.includes(left!))).toBe(false);
      expect(evaluation.check.removed).toEqual([]);

      const files = datasetFiles(built, ["openai"]);
      expect(Object.keys(files)).toEqual(expect.arrayContaining(["eval.jsonl", "eval-unanswerable.jsonl"]));
      const text = await trainingText(files);
      for (const item of [...evaluation.items, ...evaluation.unanswerable]) expect(text).not.toContain(item.input);
      // The left-out page is in no example, as a document or as an answer quoting it.
      expect(text).not.toContain(pages[left!]!.split("\n\n")[1]!.slice(0, 20));
      expect(text).not.toContain(`${left}によれば`);
      expect([...built.examples.train, ...built.examples.validation].every((example) => !(example.sources ?? []).includes(left!))).toBe(true);
      expect(built.report.entries.all().filter((entry) => entry.reason === "left-out").map((entry) => entry.id)).toEqual([left]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
