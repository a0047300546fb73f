import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { configSchema } from "../../../src/config/schema.js";
import { ConfigError } from "../../../src/errors.js";
import { BUILTIN_SUITE_NAMES } from "../../../src/suites/builtin/names.js";
import { builtinSuite } from "../../../src/suites/builtin/registry.js";
import { BUILTIN_DATA_DIR } from "../../../src/suites/effective-suite.js";
import { prepareSuite } from "../../../src/suites/prepare-suite.js";
import { useTempDirs } from "../../support/temp-dir.js";

const tempDir = useTempDirs();
const suiteInput = (suite: Record<string, unknown>) =>
  configSchema.parse({ models: [{ provider: "openai-compatible", baseURL: "http://127.0.0.1:9/v1", model: "m" }], suites: [suite] })
    .suites[0]!;
const userText = (content: unknown) => (typeof content === "string" ? content : JSON.stringify(content));

describe.each(BUILTIN_SUITE_NAMES)("the built-in %s suite", (name) => {
  it("reads its bundled data, records its source and license, and renders a prompt for every item", async () => {
    const builtin = builtinSuite(name);
    expect(builtin.source.license).not.toBe("");
    expect(fs.readFileSync(path.join(BUILTIN_DATA_DIR, name, "SOURCE.md"), "utf8")).toContain(builtin.source.license.split(" ")[0]!);
    const suite = await prepareSuite(suiteInput({ builtin: name }));
    expect(suite.config).toMatchObject({ name, category: builtin.category });
    expect(suite.items.length).toBeGreaterThanOrEqual(10);
    for (const item of suite.items) {
      const messages = suite.messagesFor(item);
      const user = messages.at(-1)!;
      expect(user.role).toBe("user");
      expect(userText(user.content)).not.toMatch(/\{\{/);
      // What the scorer needs: a gold answer, the instructions to check, or the tests to run.
      expect(item.expected ?? item.fields.instruction_id_list ?? item.fields.test ?? item.fields.test_list).toBeDefined();
    }
  });
});

describe("built-in suites", () => {
  it("mark a code problem that needs a package the sandbox lacks as unavailable, so it is skipped, not failed", async () => {
    // HumanEval-X 162 (not in the bundled subset) requires js-md5, as this record does.
    const [first] = fs.readFileSync(path.join(BUILTIN_DATA_DIR, "humaneval-x-js", "data.jsonl"), "utf8").split("\n");
    const record = JSON.parse(first!) as Record<string, string>;
    const md5 = { ...record, task_id: "JavaScript/162", canonical_solution: `const md5 = require('js-md5');\n${record.canonical_solution}` };
    const file = path.join(tempDir(), "humaneval-x-js.jsonl");
    fs.writeFileSync(file, `${first}\n${JSON.stringify(md5)}\n`);
    const suite = await prepareSuite(suiteInput({ builtin: "humaneval-x-js", path: file }));
    expect(suite.items.map((item) => [item.id, item.unavailable])).toEqual([
      [record.task_id, undefined],
      ["JavaScript/162", "needs js-md5, which the sandbox does not have"],
    ]);
  });

  it("read the user's full data file in the upstream layout, with line-precise errors", async () => {
    const dir = tempDir();
    const file = path.join(dir, "mmlu-test.jsonl");
    const record = { id: "mmlu/x/test/0", subject: "anatomy", question: "Q?", choices: ["a", "b", "c", "d"], answer: "C" };
    fs.writeFileSync(file, `${JSON.stringify(record)}\n${JSON.stringify({ ...record, id: "mmlu/x/test/1", answer: "Z" })}\n`);
    const error = await prepareSuite(suiteInput({ builtin: "mmlu", path: file })).catch((e: ConfigError) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).describe()).toMatch(/mmlu-test\.jsonl:2: answer: expected a letter A–D, got "Z"$/);
  });

  it("put few-shot examples from the same MMLU subject first, never the item itself, as earlier turns", async () => {
    const suite = await prepareSuite(suiteInput({ builtin: "mmlu", shots: 5 }));
    const item = suite.items.find((i) => i.id === "mmlu/anatomy/dev/2")!;
    const messages = suite.messagesFor(item);
    expect(messages.map((m) => m.role)).toEqual([...Array(5).fill(["user", "assistant"]).flat(), "user"]);
    const examples = messages.filter((m) => m.role === "user").slice(0, 5).map((m) => userText(m.content));
    expect(examples.slice(0, 4).every((text) => text.includes("about anatomy"))).toBe(true);
    expect(examples.some((text) => text.includes(item.input))).toBe(false);
    expect(messages[1]!.content).toMatch(/^[ABCD]$/);
  });

  it("show GSM8K worked solutions without calculator annotations as few-shot answers", async () => {
    const suite = await prepareSuite(suiteInput({ builtin: "gsm8k", shots: 2 }));
    const messages = suite.messagesFor(suite.items[0]!);
    const answer = userText(messages[1]!.content);
    expect(answer).toMatch(/#### \d/);
    expect(answer).not.toContain("<<");
  });

  it("let a suite override a built-in's template and scorer", async () => {
    const suite = await prepareSuite(suiteInput({ builtin: "jnli", name: "jnli-short", template: "{{input}} / {{hypothesis}}", scorer: "normalized" }));
    expect(suite.config).toMatchObject({ name: "jnli-short", scorer: "normalized", category: "nlu" });
    const item = suite.items[0]!;
    expect(suite.messagesFor(item).at(-1)!.content).toBe(`${item.input} / ${String(item.fields.hypothesis)}`);
  });
});
