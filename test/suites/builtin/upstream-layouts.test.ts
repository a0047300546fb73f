import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { configSchema } from "../../../src/config/schema.js";
import { ConfigError } from "../../../src/errors.js";
import { BUILTIN_DATA_DIR } from "../../../src/suites/effective-suite.js";
import { prepareSuite } from "../../../src/suites/prepare-suite.js";
import { useTempDirs } from "../../support/temp-dir.js";
import { codeProblemFromItem, scoreCodeSample } from "../../../src/scoring/code/score-code-sample.js";
import { sandboxAvailable } from "../../scoring/sandbox/sandbox-available.js";

// Issue 10 §1: every built-in reads its upstream file as downloaded (test/fixtures/upstream/SOURCE.md).
const UPSTREAM = fileURLToPath(new URL("../../fixtures/upstream/", import.meta.url));
const tempDir = useTempDirs();
const suiteInput = (suite: Record<string, unknown>) =>
  configSchema.parse({ models: [{ provider: "openai-compatible", baseURL: "http://127.0.0.1:9/v1", model: "m" }], suites: [suite] })
    .suites[0]!;

async function loadError(suite: Record<string, unknown>): Promise<string> {
  const error = await prepareSuite(suiteInput(suite)).catch((e: unknown) => e);
  if (!(error instanceof ConfigError)) throw new Error(`expected a ConfigError, got ${String(error)}`);
  return error.describe();
}

describe("built-in suites read upstream files as downloaded", () => {
  it("GSM8K test.jsonl has no ids: they come from the line, as the bundled subset's do", async () => {
    const suite = await prepareSuite(suiteInput({ builtin: "gsm8k", path: path.join(UPSTREAM, "gsm8k/test.jsonl") }));
    expect(suite.items.map((item) => [item.id, item.expected])).toEqual([
      ["gsm8k/test/0", "18"],
      ["gsm8k/test/1", "3"],
      ["gsm8k/test/2", "70000"],
    ]);
    expect(suite.items[0]?.input).toMatch(/^Janet’s ducks lay 16 eggs per day\./);
  });

  it("HumanEval.jsonl.gz is gunzipped as it is read", async () => {
    const lines = fs.readFileSync(path.join(BUILTIN_DATA_DIR, "humaneval/data.jsonl"), "utf8").split("\n").slice(0, 2);
    const file = path.join(tempDir(), "HumanEval.jsonl.gz");
    fs.writeFileSync(file, gzipSync(`${lines.join("\n")}\n`));
    const suite = await prepareSuite(suiteInput({ builtin: "humaneval", path: file }));
    expect(suite.items.map((item) => item.id)).toEqual(lines.map((line) => (JSON.parse(line) as { task_id: string }).task_id));
    expect(suite.items[0]?.fields.entry_point).toEqual(expect.any(String));
  });

  it("a file named .gz that is not gzip is one line", async () => {
    const file = path.join(tempDir(), "HumanEval.jsonl.gz");
    fs.writeFileSync(file, '{"task_id": "HumanEval/0"}\n');
    expect(await loadError({ builtin: "humaneval", path: file })).toMatch(/HumanEval\.jsonl\.gz: cannot gunzip the file \(incorrect header check\)$/);
  });

  it("JSQuAD as JGLUE ships it, one SQuAD-format JSON document, is flattened to its questions", async () => {
    const suite = await prepareSuite(suiteInput({ builtin: "jsquad", path: path.join(UPSTREAM, "jsquad/valid-v1.3.json") }));
    expect(suite.items.map((item) => [item.id, item.input, item.expected])).toEqual([
      ["a10336p0q0", "日本で梅雨がないのは北海道とどこか。", ["小笠原諸島", "小笠原諸島を除く日本", "小笠原諸島"]],
      ["a10336p0q1", "梅雨とは何季の一種か?", ["雨季", "雨季", "雨季"]],
    ]);
    expect(suite.items[0]?.fields.context).toMatch(/^梅雨 \[SEP\] /);
  });

  it("MBPP's sanitized-mbpp.json, one JSON array whose records name the task \"prompt\", is read as downloaded", async () => {
    const suite = await prepareSuite(suiteInput({ builtin: "mbpp", path: path.join(UPSTREAM, "mbpp/sanitized-mbpp.json") }));
    expect(suite.items.map((item) => item.id)).toEqual(["2", "3", "82"]);
    expect(suite.items[2]?.input).toBe(
      "Write a function to find the volume of a sphere. Your code should pass these tests:\n\n" +
        "assert math.isclose(volume_sphere(10), 4188.790204786391, rel_tol=0.001)\n" +
        "assert math.isclose(volume_sphere(25), 65449.84694978735, rel_tol=0.001)\n" +
        "assert math.isclose(volume_sphere(20), 33510.32163829113, rel_tol=0.001)",
    );
    // The tests' own imports (math.isclose) run before them, whatever the answer imports.
    expect(codeProblemFromItem("mbpp", suite.items[2]!).tests[0]).toEqual({ name: "setup.py", source: "import math\n" });
  });

  it.skipIf(!sandboxAvailable)("MBPP sanitized: an answer that never imports math passes task 82's math.isclose tests in the sandbox", async () => {
    const suite = await prepareSuite(suiteInput({ builtin: "mbpp", path: path.join(UPSTREAM, "mbpp/sanitized-mbpp.json") }));
    const problem = codeProblemFromItem("mbpp", suite.items[2]!);
    const answer = (body: string) => `\`\`\`python\ndef volume_sphere(r):\n  return ${body}\n\`\`\``;
    const options = { timeLimitMs: 30_000 };
    expect(await scoreCodeSample(problem, answer("(4 / 3) * 3.141592653589793 * r ** 3"), options)).toMatchObject({ passed: true });
    expect(await scoreCodeSample(problem, answer("r ** 3"), options)).toMatchObject({ passed: false, reason: "assertion-failed" });
  }, 120_000);

  it("MMLU's header-less CSV data/test/<subject>_test.csv: subject from the file name, ids from the row", async () => {
    const suite = await prepareSuite(suiteInput({ builtin: "mmlu", path: path.join(UPSTREAM, "mmlu/college_biology_test.csv") }));
    expect(suite.items.map((item) => [item.id, item.line, item.expected, item.fields.subject])).toEqual([
      ["mmlu/college_biology/test/0", 1, "C", "college_biology"],
      ["mmlu/college_biology/test/1", 2, "D", "college_biology"], // a question of four lines
      ["mmlu/college_biology/test/2", 6, "A", "college_biology"],
    ]);
    expect(suite.items[1]).toMatchObject({
      input: "A cell nucleus contains which of the following?\nI. DNA\nII. Protein\nIII. RNA",
      choices: ["I only", "II only", "III only", "I, II, and III"],
    });
    const user = suite.messagesFor(suite.items[1]!).at(-1)!;
    expect(user.content).toContain("The following is a multiple choice question about college biology.");
  });

  it("MMLU's data/test folder: every <subject>_test.csv in name order, nothing else", async () => {
    const dir = path.join(tempDir(), "data", "test");
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(path.join(UPSTREAM, "mmlu/college_biology_test.csv"), path.join(dir, "college_biology_test.csv"));
    // The first two rows of abstract_algebra_test.csv (see test/fixtures/datasets/mmlu/SOURCE.md).
    fs.writeFileSync(
      path.join(dir, "abstract_algebra_test.csv"),
      '"Find the degree for the given field extension Q(sqrt(2), sqrt(3), sqrt(18)) over Q.",0,4,2,6,B\n' +
        '"Let p = (1, 2, 5, 4)(2, 3) in S_5 . Find the index of <p> in S_5.",8,2,24,120,C\n',
    );
    fs.writeFileSync(path.join(dir, "README.txt"), "not a subject\n");
    const suite = await prepareSuite(suiteInput({ builtin: "mmlu", path: dir }));
    expect(suite.items.map((item) => [item.id, item.expected])).toEqual([
      ["mmlu/abstract_algebra/test/0", "B"],
      ["mmlu/abstract_algebra/test/1", "C"],
      ["mmlu/college_biology/test/0", "C"],
      ["mmlu/college_biology/test/1", "D"],
      ["mmlu/college_biology/test/2", "A"],
    ]);
    expect(await loadError({ builtin: "gsm8k", path: dir })).toMatch(/: expected a data file \(JSONL, CSV or YAML\) for suite "gsm8k", found a folder$/);
  });

  it("MATH-Vision as cloned: data/test.jsonl with its figures in images/ at the repository root", async () => {
    const root = tempDir();
    const [line] = fs.readFileSync(path.join(BUILTIN_DATA_DIR, "mathvision/data.jsonl"), "utf8").split("\n");
    const record = JSON.parse(line!) as { id: string; image: string };
    expect(record.image).toBe(`images/${record.id}.jpg`);
    fs.mkdirSync(path.join(root, "data"));
    fs.mkdirSync(path.join(root, "images"));
    fs.writeFileSync(path.join(root, "data", "test.jsonl"), `${line}\n`);
    fs.copyFileSync(path.join(BUILTIN_DATA_DIR, "mathvision", record.image), path.join(root, record.image));
    const suite = await prepareSuite(suiteInput({ builtin: "mathvision", path: path.join(root, "data", "test.jsonl") }));
    expect(suite.items[0]?.images).toEqual([path.join(root, record.image)]);
    fs.rmSync(path.join(root, record.image));
    expect(await loadError({ builtin: "mathvision", path: path.join(root, "data", "test.jsonl") })).toBe(
      `${path.join(root, "data", "test.jsonl")}:1: images[0]: image file not found: ${path.join(root, "data", record.image)}`,
    );
  });

  it.each([
    [
      "mmlu",
      "mmlu.csv",
      "question,choice0,choice1,choice2,choice3,answer\nWhat?,a,b,c,d,1\n",
      "not in a layout this suite reads; it reads the original header-less CSVs as downloaded (data/test/<subject>_test.csv, or " +
        'the data/test folder: question, A, B, C, D, answer letter); or JSON lines as kurabe bundles them ("id", "subject", "question", "choices", "answer" A–D)',
    ],
    [
      "gsm8k",
      "gsm8k.jsonl",
      '{"id": 1, "input": "2 + 2?", "expected": "4"}\n',
      'not in a layout this suite reads; it reads GSM8K JSON lines as downloaded (grade_school_math/data/test.jsonl: "question", "answer" ending in "#### N")',
    ],
    [
      "jsquad",
      "jsquad.json",
      '[{"qid": 1, "text": "x"}]',
      "not in a layout this suite reads; it reads JGLUE's SQuAD-format JSON document as downloaded " +
        '(datasets/jsquad-v1.3/valid-v1.3.json: data[].paragraphs[].qas[]); or JSON lines, one question each ("id", "question", "context", "answers")',
    ],
  ])("%s: a file in an unknown layout is one line naming the layouts accepted", async (builtin, name, text, message) => {
    const file = path.join(tempDir(), name);
    fs.writeFileSync(file, text);
    expect(await loadError({ builtin, path: file })).toBe(`${file}:1: ${message}`);
  });
});
