import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { SuiteConfig } from "../../src/config/schema.js";
import { ConfigError } from "../../src/errors.js";
import { loadItems } from "../../src/suites/load-items.js";

function suiteWith(data: string | Buffer, options: Partial<SuiteConfig> = {}): SuiteConfig {
  const dir = mkdtempSync(join(tmpdir(), "kurabe-items-"));
  const path = join(dir, "items.jsonl");
  writeFileSync(path, data);
  return { name: "echo", path, category: "domain", scorer: "exact", shots: 0, params: {}, ...options };
}

const lines = (...records: unknown[]) => records.map((r) => (typeof r === "string" ? r : JSON.stringify(r))).join("\n");

async function loadError(suite: SuiteConfig): Promise<ConfigError> {
  try {
    await loadItems(suite);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected loadItems to throw a ConfigError");
}

describe("loadItems on valid data", () => {
  it("reads one item per line, with its line number, keeping unknown fields for templates and scorers", async () => {
    const suite = suiteWith(
      lines(
        { id: "q1", input: "2+2?", expected: "4" },
        "",
        { id: 7, input: "Capital of Japan?", expected: ["Tokyo", "東京"], source: "geo", difficulty: 2 },
        { id: "q3", input: "Pick", choices: ["red", "blue"], expected: "B", system: "Be brief.", scorer: "choice" },
      ),
    );
    expect(await loadItems(suite)).toEqual([
      { id: "q1", input: "2+2?", expected: "4", fields: {}, line: 1 },
      {
        id: "7",
        input: "Capital of Japan?",
        expected: ["Tokyo", "東京"],
        fields: { source: "geo", difficulty: 2 },
        line: 3,
      },
      {
        id: "q3",
        input: "Pick",
        choices: ["red", "blue"],
        expected: "B",
        system: "Be brief.",
        scorer: "choice",
        fields: {},
        line: 4,
      },
    ]);
  });

  it("tolerates a byte order mark, Windows line endings and blank lines", async () => {
    const [a, b] = [JSON.stringify({ id: "a", input: "x" }), JSON.stringify({ id: "b", input: "y" })];
    const text = `\uFEFF${a}\r\n\r\n   \r\n${b}\r\n`;
    const items = await loadItems(suiteWith(text));
    expect(items.map((item) => [item.id, item.line])).toEqual([
      ["a", 1],
      ["b", 4],
    ]);
  });

  it("ends lines where readline does: a \\r\\n cut between two reads of the file is one break, a lone \\r is one too", async () => {
    // The file is read 64 KiB at a time: the first line ends with its \r as the first read's last byte.
    const first = JSON.stringify({ id: "a", input: "x", pad: "" });
    const padded = first.replace('"pad":""', `"pad":"${"p".repeat(64 * 1024 - 1 - first.length)}"`);
    const text = `${padded}\r\n${JSON.stringify({ id: "b", input: "y" })}\r${JSON.stringify({ id: "c", input: "z" })}\n`;
    expect(Buffer.byteLength(padded)).toBe(64 * 1024 - 1);
    const items = await loadItems(suiteWith(text));
    expect(items.map((item) => [item.id, item.line])).toEqual([
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ]);
  });

  it("keeps a field named __proto__ as a plain field", async () => {
    const [item] = await loadItems(suiteWith('{"id": "p", "input": "x", "__proto__": {"polluted": true}}'));
    expect(Object.getPrototypeOf(item?.fields)).toBe(Object.prototype);
    expect(Object.hasOwn(item?.fields ?? {}, "__proto__")).toBe(true);
  });

  it("keeps only the first `limit` items", async () => {
    const suite = suiteWith(lines({ id: 1, input: "a" }, { id: 2, input: "b" }, { id: 3, input: "c" }), { limit: 2 });
    expect((await loadItems(suite)).map((item) => item.id)).toEqual(["1", "2"]);
  });

  it("resolves image paths against the data file's folder", async () => {
    const suite = suiteWith(lines({ id: "img", input: "What is shown?", images: ["chart.png"] }));
    const dir = join(suite.path, "..");
    writeFileSync(join(dir, "chart.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    expect((await loadItems(suite))[0]?.images).toEqual([join(dir, "chart.png")]);
  });

  it("loads 100,000 items", async () => {
    const records = Array.from({ length: 100_000 }, (_, i) => ({
      id: `q${i}`,
      input: `What is ${i} + 1?`,
      expected: `${i + 1}`,
    }));
    const items = await loadItems(suiteWith(lines(...records)));
    expect(items).toHaveLength(100_000);
    expect(items[99_999]).toEqual({
      id: "q99999",
      input: "What is 99999 + 1?",
      expected: "100000",
      fields: {},
      line: 100_000,
    });
  });
});

describe("loadItems on conversations", () => {
  it("takes a list of turns as input: the last user turn is the question, the earlier ones its conversation", async () => {
    const turns = [
      { role: "user", content: "有給休暇について教えてください。" },
      { role: "assistant", content: "何を知りたいですか？" },
      { role: "user", content: "申請はどこから？" },
    ];
    expect(await loadItems(suiteWith(lines({ id: "c", input: turns, expected: "勤怠システム" })))).toEqual([
      { id: "c", input: "申請はどこから？", turns: turns.slice(0, 2), expected: "勤怠システム", fields: {}, line: 1 },
    ]);
  });
});

// Each case: the data file's lines, then the error as `line: field: message` (the file is prepended).
const BAD_DATA: Array<{ name: string; data: string; expected: string }> = [
  {
    name: "a conversation that ends with the assistant",
    data: lines({ id: "c", input: [{ role: "user", content: "a" }, { role: "assistant", content: "b" }] }),
    expected: ":1: input: a conversation must end with a user turn: the one the model answers",
  },
  {
    name: "a turn with an unknown role",
    data: lines({ id: "c", input: [{ role: "system", content: "a" }, { role: "user", content: "b" }] }),
    expected: ':1: input[0].role: expected "user" or "assistant", got "system"',
  },
  {
    name: "a line that is not an object",
    data: lines({ id: "q1", input: "a" }, '["q2", "b"]'),
    expected: ":2: expected a JSON object, got array",
  },
  {
    name: "a missing id",
    data: lines({ id: "q1", input: "a" }, { input: "b" }),
    expected: ':2: id: missing; every item needs an "id" (a string or number)',
  },
  {
    name: "an id of the wrong type",
    data: lines({ id: true, input: "a" }),
    expected: ":1: id: expected a string or number, got boolean",
  },
  {
    name: "an empty id",
    data: lines({ id: " ", input: "a" }),
    expected: ":1: id: must not be empty",
  },
  {
    name: "a missing input",
    data: lines({ id: "q1", question: "a" }),
    expected: ':1: input: missing; every item needs an "input" string, or a list of turns for a conversation',
  },
  {
    name: "an input of the wrong type",
    data: lines(...Array.from({ length: 11 }, (_, i) => ({ id: i, input: "a" })), { id: "q12", input: 12 }),
    expected: ":12: input: expected a string, got number",
  },
  {
    name: "choices that are not a list",
    data: lines({ id: "q1", input: "a", choices: "A, B" }),
    expected: ":1: choices: expected a list of strings, got string",
  },
  {
    name: "a choice that is not a string",
    data: lines({ id: "q1", input: "a", choices: ["x", null] }),
    expected: ":1: choices[1]: expected a string, got null",
  },
  {
    name: "a system prompt of the wrong type",
    data: lines({ id: "q1", input: "a", system: { text: "x" } }),
    expected: ":1: system: expected a string, got object",
  },
  {
    name: "an invalid per-item scorer",
    data: lines({ id: "q1", input: "a", scorer: 3 }),
    expected: ':1: scorer: expected a scorer name or {"type": name, ...options}, got number',
  },
  {
    name: "a duplicate id, naming the first line",
    data: lines(
      { id: "q1", input: "a" },
      { id: "q3", input: "b" },
      ...Array.from({ length: 6 }, (_, i) => ({ id: `x${i}`, input: "c" })),
      { id: "q3", input: "d" },
    ),
    expected: ':9: id: duplicate id "q3" (first on line 2)',
  },
  {
    name: "a numeric id colliding with a string id",
    data: lines({ id: "1", input: "a" }, { id: 1, input: "b" }),
    expected: ':2: id: duplicate id "1" (first on line 1)',
  },
  {
    name: "a missing image",
    data: lines({ id: "q1", input: "a", images: ["missing.png"] }),
    expected: ":1: images[0]: image file not found: <dir>/missing.png",
  },
  {
    name: "an unsupported image type",
    data: lines({ id: "q1", input: "a", images: ["scan.tiff"] }),
    expected: ':1: images[0]: unsupported image type "scan.tiff"; use .png, .jpg, .jpeg, .gif, .webp',
  },
  {
    name: "an empty file",
    data: "",
    expected: ': no items: the data file of suite "echo" is empty',
  },
  {
    name: "a file of blank lines",
    data: "\n  \n\n",
    expected: ': no items: the data file of suite "echo" is empty',
  },
];

describe("loadItems on invalid data", () => {
  it.each(BAD_DATA)("reports $name at the file, line and field", async ({ data, expected }) => {
    const suite = suiteWith(data);
    const error = await loadError(suite);
    const dir = join(suite.path, "..");
    expect(error.code).toBe("config");
    expect(error.describe()).toBe(`${suite.path}${expected.replace("<dir>", dir)}`);
  });

  it("reports invalid JSON at its line with the parser's reason", async () => {
    const suite = suiteWith(lines({ id: "q1", input: "a" }, '{"id": "q2", "input": }'));
    // The reason is V8's own wording, which changes between Node versions; its start does not.
    expect((await loadError(suite)).describe()).toMatch(
      new RegExp(`^${suite.path}:2: invalid JSON: Unexpected token '}'`),
    );
  });

  it("reports the first problem in the file: a record without input before a line that is not JSON", async () => {
    const suite = suiteWith(`${lines({ id: "q1" }, '{"id": "q2", "input": }', { id: "q3", input: "c" })}\n`);
    expect((await loadError(suite)).describe()).toMatch(new RegExp(`^${suite.path}:1: input: missing`));
  });

  it("names the missing data file and its suite", async () => {
    const suite = { ...suiteWith(""), path: join(tmpdir(), "kurabe-no-such-dir", "items.jsonl") };
    expect((await loadError(suite)).describe()).toBe(`${suite.path}: data file not found (suite "echo")`);
  });

  it("checks the suite's template against every item while loading", async () => {
    const suite = suiteWith(lines({ id: "q1", input: "a", context: "c" }, { id: "q2", input: "b" }), {
      template: "{{context}}\n\nQ: {{input}}",
    });
    expect((await loadError(suite)).describe()).toBe(
      `${suite.path}:2: template: suite "echo" uses {{context}}, but item "q2" has no field "context" ` +
        "(placeholders for this item: {{input}}, {{id}})",
    );
  });
});
