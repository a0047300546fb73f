import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/errors.js";
import { checkAlpaca, checkOpenAi, checkShareGpt, detectFormat, RECORD_CHECKERS } from "../../../src/finetune/formats/check-records.js";
import { EXPORT_FORMATS, renderJsonl } from "../../../src/finetune/formats/export-formats.js";
import { validateTrainingFile } from "../../../src/finetune/formats/validate-training-file.js";
import type { TrainingMessage } from "../../../src/finetune/types.js";
import { useTempDirs } from "../../support/temp-dir.js";

const tempDir = useTempDirs();

const withSystem: TrainingMessage[] = [
  { role: "system", content: "丁寧に答えてください。" },
  { role: "user", content: "返品できますか？" },
  { role: "assistant", content: "はい、30日以内なら可能です。" },
];

describe("export formats", () => {
  it("writes OpenAI chat records", () => {
    expect(EXPORT_FORMATS.openai.render(withSystem)).toEqual({ messages: withSystem });
  });

  it("writes Alpaca records, with the system prompt and earlier turns in LLaMA-Factory's fields", () => {
    expect(EXPORT_FORMATS.alpaca.render(withSystem)).toEqual({
      instruction: "返品できますか？",
      input: "",
      output: "はい、30日以内なら可能です。",
      system: "丁寧に答えてください。",
    });
    const twoTurns: TrainingMessage[] = [
      { role: "user", content: "a" },
      { role: "assistant", content: "b" },
      { role: "user", content: "c" },
      { role: "assistant", content: "d" },
    ];
    expect(EXPORT_FORMATS.alpaca.render(twoTurns)).toEqual({ instruction: "c", input: "", output: "d", history: [["a", "b"]] });
  });

  it("writes ShareGPT records", () => {
    expect(EXPORT_FORMATS.sharegpt.render(withSystem)).toEqual({
      conversations: [
        { from: "human", value: "返品できますか？" },
        { from: "gpt", value: "はい、30日以内なら可能です。" },
      ],
      system: "丁寧に答えてください。",
    });
  });

  it("writes the Llama 3 rendering as text", () => {
    expect(EXPORT_FORMATS["llama3-text"].render(withSystem).text).toMatch(/^<\|begin_of_text\|><\|start_header_id\|>system/);
  });

  it.each(["openai", "alpaca", "sharegpt"] as const)("round-trips %s through the validator to the same conversation", async (format) => {
    const file = path.join(tempDir(), `train.${format}.jsonl`);
    fs.writeFileSync(file, renderJsonl(format, [withSystem, withSystem.slice(1)]));
    const validated = await validateTrainingFile(file, "train.jsonl");
    expect(validated.format).toBe(format);
    expect(validated.conversations).toEqual([withSystem, withSystem.slice(1)]);
  });
});

describe("record checkers", () => {
  it.each([
    [{ messages: [] }, "messages", "expected a non-empty list"],
    [{ messages: [{ role: "bot", content: "x" }, { role: "assistant", content: "y" }] }, "messages[0].role", "expected one of system, user, assistant, tool, function"],
    [{ messages: [{ role: "user", content: 3 }, { role: "assistant", content: "y" }] }, "messages[0].content", "expected text, got 3"],
    [{ messages: [{ role: "user", content: "x", extra: 1 }, { role: "assistant", content: "y" }] }, "messages[0].extra", "unrecognized key"],
    [{ messages: [{ role: "user", content: "x", weight: 1 }, { role: "assistant", content: "y" }] }, "messages[0].weight", "expected 0 or 1"],
    [{ messages: [{ role: "user", content: "x" }] }, "messages", "no assistant message"],
  ])("openai: %j → %s", (record, field, message) => {
    const result = checkOpenAi(record);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual({ field, message: expect.stringContaining(message) });
  });

  it("openai: accepts a tool-call turn with null content and an assistant weight", () => {
    const record = {
      messages: [
        { role: "user", content: "weather?" },
        { role: "assistant", content: null, tool_calls: [{ id: "1", type: "function", function: { name: "w", arguments: "{}" } }] },
        { role: "tool", content: "sunny", tool_call_id: "1" },
        { role: "assistant", content: "Sunny.", weight: 1 },
      ],
    };
    expect(checkOpenAi(record).ok).toBe(true);
  });

  it.each([
    [{ instruction: "", output: "x" }, "instruction", "expected non-empty text"],
    [{ instruction: "x" }, "output", "the key is missing"],
    [{ instruction: "x", output: "y", input: 5 }, "input", "expected text"],
    [{ instruction: "x", output: "y", history: [["a"]] }, "history[0]", "expected [instruction, output]"],
  ])("alpaca: %j → %s", (record, field, message) => {
    const result = checkAlpaca(record);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual({ field, message: expect.stringContaining(message) });
  });

  it("alpaca: puts a non-empty input after the instruction", () => {
    expect(checkAlpaca({ instruction: "Translate", input: "猫", output: "cat" })).toEqual({
      ok: true,
      messages: [
        { role: "user", content: "Translate\n\n猫" },
        { role: "assistant", content: "cat" },
      ],
    });
  });

  it.each([
    [{ conversations: [] }, "conversations", "expected a non-empty list"],
    [{ conversations: [{ from: "user", value: "x" }, { from: "gpt", value: "y" }] }, "conversations[0].from", 'ShareGPT says "human" and "gpt"'],
    [{ conversations: [{ from: "gpt", value: "x" }] }, "conversations[0].from", "expected a human turn here"],
    [{ conversations: [{ from: "human", value: "x" }] }, "conversations", "the last turn is not from gpt"],
    [{ conversations: [{ from: "human", value: 1 }, { from: "gpt", value: "y" }] }, "conversations[0].value", "expected text"],
  ])("sharegpt: %j → %s", (record, field, message) => {
    const result = checkShareGpt(record);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual({ field, message: expect.stringContaining(message) });
  });

  it("guesses the format from the keys", () => {
    expect([detectFormat({ messages: [] }), detectFormat({ conversations: [] }), detectFormat({ instruction: "" }), detectFormat({ text: "" })]).toEqual([
      "openai",
      "sharegpt",
      "alpaca",
      undefined,
    ]);
    expect(detectFormat({ text: "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nq<|eot_id|>" })).toBe("llama3-text");
  });

  it("reads back a Llama 3 rendered conversation, and names where a broken one stops following the template", () => {
    const messages = [
      { role: "system", content: "be brief" },
      { role: "user", content: "返品は？" },
      { role: "assistant", content: "30日以内です。" },
    ] as const;
    const text = EXPORT_FORMATS["llama3-text"].render(messages).text as string;
    expect(RECORD_CHECKERS["llama3-text"]({ text })).toEqual({ ok: true, messages });
    expect(RECORD_CHECKERS["llama3-text"]({ text: text.replace(/<\|eot_id\|>$/, "") })).toEqual({
      ok: false,
      problems: [{ field: "text", message: expect.stringMatching(/^expected <\|start_header_id\|>role.* at character \d+$/) }],
    });
  });
});

describe("validateTrainingFile", () => {
  async function problems(content: string | Buffer, format?: "openai" | "alpaca" | "sharegpt"): Promise<string[]> {
    const file = path.join(tempDir(), "train.jsonl");
    fs.writeFileSync(file, content);
    try {
      await validateTrainingFile(file, "train.jsonl", format);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as ConfigError).describe().split("\n");
    }
    return [];
  }

  it("lists every problem as file:line: field: what was expected, in one pass", async () => {
    const good = JSON.stringify({ messages: [{ role: "user", content: "q" }, { role: "assistant", content: "a" }] });
    const content = [good, '{"messages": [', "", JSON.stringify({ messages: [{ role: "bot", content: "x" }] }), "[1]", good].join("\n");
    expect(await problems(content)).toEqual([
      "train.jsonl:2: invalid JSON: Unexpected end of JSON input",
      "train.jsonl:4: messages[0].role: expected one of system, user, assistant, tool, function; got \"bot\"",
      "train.jsonl:4: messages: no assistant message: nothing to learn from this example",
      "train.jsonl:5: expected a JSON object",
    ]);
  });

  it("checks against the format it is told, not the one it would guess", async () => {
    const openai = JSON.stringify({ messages: [{ role: "user", content: "q" }, { role: "assistant", content: "a" }] });
    expect(await problems(`${openai}\n`, "alpaca")).toEqual([
      "train.jsonl:1: instruction: expected non-empty text, got nothing (the key is missing)",
      "train.jsonl:1: output: expected non-empty text, got nothing (the key is missing)",
    ]);
  });

  it.each([
    ["an empty file", "", ["train.jsonl: the file is empty"]],
    ["a JSON array", '[{"instruction": "a", "output": "b"}]', ["train.jsonl:1: this is a JSON array; expected JSONL, one example per line (convert with `jq -c '.[]'`)"]],
    ["unknown keys", '{"text": "x"}\n', ["train.jsonl:1: cannot tell the format from the keys text; pass --format openai|alpaca|sharegpt|llama3-text"]],
    ["Shift_JIS text", Buffer.from([0x7b, 0x22, 0x8e, 0xbf, 0x22, 0x7d]), ["train.jsonl:1: the file is shift_jis (cp932); training files must be UTF-8"]],
  ])("refuses %s", async (_name, content, expected) => {
    expect(await problems(content)).toEqual(expected);
  });

  it("accepts a UTF-8 BOM and CRLF line ends", async () => {
    const file = path.join(tempDir(), "bom.jsonl");
    fs.writeFileSync(file, `\uFEFF${JSON.stringify({ instruction: "a", output: "b" })}\r\n${JSON.stringify({ instruction: "c", output: "d" })}\r\n`);
    expect((await validateTrainingFile(file, "bom.jsonl")).conversations).toHaveLength(2);
  });

  it("stops listing after 50 problems and counts the rest", async () => {
    const lines = await problems("x\n".repeat(60));
    expect(lines).toHaveLength(51);
    expect(lines.at(-1)).toBe("… and 10 more problems");
  });
});
