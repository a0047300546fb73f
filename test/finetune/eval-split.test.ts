import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDataset, DEFAULT_BUILD_OPTIONS, type BuildOptions } from "../../src/finetune/build-dataset.js";
import { datasetFiles } from "../../src/finetune/dataset-files.js";
import { checkHeldOut, holdOutInquiries } from "../../src/finetune/eval-split.js";
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
function trainingText(files: Record<string, unknown>): string {
  return Object.entries(files)
    .filter(([name]) => /^(train|validation)\./.test(name))
    .map(([, content]) => [...(content as () => Iterable<string>)()].join(""))
    .join("");
}

describe("the held-out evaluation suite of dataset build", () => {
  it("writes eval.jsonl from inquiry rows that are in no training or validation file", async () => {
    const built = await buildDataset(options({ evalRatio: 0.3 }));
    const items = built.evaluation!.items;
    expect(items.length).toBeGreaterThan(0);
    const files = datasetFiles(built, ["openai"]);
    expect(Object.keys(files)).toContain("eval.jsonl");
    const text = trainingText(files);
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
    expect(checkHeldOut(held, kept)).toEqual({ checkedByNgrams: 1, removed: ["log.csv:5"] });
  });
});
