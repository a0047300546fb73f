import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { SuiteConfig } from "../../src/config/schema.js";
import { ConfigError } from "../../src/errors.js";
import { checkTemplate, renderChoices, renderPrompt } from "../../src/suites/template.js";
import type { Item } from "../../src/suites/types.js";

const suite = (options: Partial<SuiteConfig> = {}): SuiteConfig => ({
  name: "quiz",
  path: "/data/quiz.jsonl",
  category: "nlu",
  scorer: "exact",
  shots: 0,
  params: {},
  ...options,
});

const item = (options: Partial<Item> = {}): Item => ({
  id: "q1",
  input: "What is 2+2?",
  fields: {},
  line: 1,
  ...options,
});

describe("renderPrompt", () => {
  it("sends the input as it is when the suite has no template", () => {
    expect(renderPrompt(suite(), item())).toEqual([{ role: "user", content: "What is 2+2?" }]);
  });

  it("appends lettered choices to the input when the suite has no template", () => {
    expect(renderPrompt(suite(), item({ choices: ["3", "4"] }))).toEqual([
      { role: "user", content: "What is 2+2?\n\nA. 3\nB. 4" },
    ]);
  });

  it("puts the suite's system prompt first, and lets an item's own system prompt replace it", () => {
    const withSystem = suite({ system: "Answer with a number." });
    expect(renderPrompt(withSystem, item())[0]).toEqual({ role: "system", content: "Answer with a number." });
    expect(renderPrompt(withSystem, item({ system: "Answer in Japanese." }))[0]).toEqual({
      role: "system",
      content: "Answer in Japanese.",
    });
  });

  it("fills {{input}}, {{id}}, {{choices}} and any item field, with or without spaces inside the braces", () => {
    const template = "[{{id}}] {{ context }}\nQ: {{input}}\n{{choices}}\nTags: {{tags}} Level: {{level}}";
    const rendered = renderPrompt(
      suite({ template }),
      item({ choices: ["3", "4", "5"], fields: { context: "Arithmetic.", tags: ["math", "easy"], level: 1 } }),
    );
    expect(rendered).toEqual([
      { role: "user", content: '[q1] Arithmetic.\nQ: What is 2+2?\nA. 3\nB. 4\nC. 5\nTags: ["math","easy"] Level: 1' },
    ]);
  });

  it("leaves text that is not a placeholder alone", () => {
    const template = "Return {\"answer\": …} for {{input}} — not {{ two words }}";
    expect(renderPrompt(suite({ template }), item())[0]?.content).toBe(
      "Return {\"answer\": …} for What is 2+2? — not {{ two words }}",
    );
  });

  it("sends images as bytes before the text, with the media type taken from the extension", () => {
    const dir = mkdtempSync(join(tmpdir(), "kurabe-template-"));
    const png = join(dir, "chart.png");
    const jpeg = join(dir, "photo.JPG");
    writeFileSync(png, Buffer.from([0x89, 0x50]));
    writeFileSync(jpeg, Buffer.from([0xff, 0xd8]));
    const [message] = renderPrompt(suite(), item({ images: [png, jpeg] }));
    expect(message).toEqual({
      role: "user",
      content: [
        { type: "image", data: Buffer.from([0x89, 0x50]), mediaType: "image/png" },
        { type: "image", data: Buffer.from([0xff, 0xd8]), mediaType: "image/jpeg" },
        { type: "text", text: "What is 2+2?" },
      ],
    });
  });
});

describe("renderChoices", () => {
  it("labels choices A, B, C… one per line", () => {
    expect(renderChoices(["ロビー", "受付", "駐車場"])).toBe("A. ロビー\nB. 受付\nC. 駐車場");
  });
});

describe("checkTemplate", () => {
  const check = (template: string, items: Item[]) => () => checkTemplate(suite({ template }), items);

  it("accepts placeholders every item can fill", () => {
    const items = [item({ choices: ["a"], fields: { topic: "t" } })];
    expect(check("{{input}} {{id}} {{choices}} {{topic}}", items)).not.toThrow();
  });

  it("does not offer the expected answer as a placeholder", () => {
    expect(check("{{input}} (answer: {{expected}})", [item({ expected: "4" })])).toThrow(ConfigError);
  });

  it.each([
    [
      "an unknown placeholder",
      "Q: {{question}}",
      [item({ fields: { topic: "t" } })],
      '/data/quiz.jsonl:1: template: suite "quiz" uses {{question}}, but item "q1" has no field "question" ' +
        "(placeholders for this item: {{input}}, {{id}}, {{topic}})",
    ],
    [
      "a field only some items have",
      "{{input}} ({{hint}})",
      [item({ fields: { hint: "even" } }), item({ id: "q2", line: 5 })],
      '/data/quiz.jsonl:5: template: suite "quiz" uses {{hint}}, but item "q2" has no field "hint" ' +
        "(placeholders for this item: {{input}}, {{id}})",
    ],
    [
      "{{choices}} for an item without choices",
      "{{input}}\n{{choices}}",
      [item()],
      '/data/quiz.jsonl:1: template: suite "quiz" uses {{choices}}, but item "q1" has no field "choices" ' +
        "(placeholders for this item: {{input}}, {{id}})",
    ],
  ])("rejects %s, naming the suite, the placeholder and the item", (_name, template, items, expected) => {
    try {
      check(template, items)();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).describe()).toBe(expected);
      return;
    }
    throw new Error("expected checkTemplate to throw");
  });
});
