import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { KurabeError } from "../../src/errors.js";
import { cyclePrompts, readPromptFile, syntheticPrompts } from "../../src/load/prompts.js";
import { parseLevels, parseRates, requestsFor } from "../../src/load/run-load.js";
import { useTempDirs } from "../support/temp-dir.js";

const textOf = (content: unknown) => String(content);

describe("syntheticPrompts", () => {
  const prompts = syntheticPrompts(64);

  it("gives every request its own prompt, the same one every time", () => {
    const texts = Array.from({ length: 50 }, (_, i) => textOf(prompts(i).messages[0]?.content));
    expect(new Set(texts).size).toBe(50);
    expect(textOf(syntheticPrompts(64)(7).messages[0]?.content)).toBe(texts[7]);
  });

  it("makes prompts of about the asked number of words", () => {
    const words = textOf(prompts(0).messages[0]?.content).split(/\s+/).length;
    expect(words).toBeGreaterThanOrEqual(60);
    expect(words).toBeLessThanOrEqual(68);
  });

  it("refuses a length below one token", () => {
    expect(() => syntheticPrompts(0)).toThrow(KurabeError);
  });
});

describe("readPromptFile", () => {
  const tempDir = useTempDirs();
  const write = (lines: string[]) => {
    const file = path.join(tempDir(), "prompts.jsonl");
    fs.writeFileSync(file, lines.join("\n"));
    return file;
  };

  it("reads strings, prompt or input objects and message lists, skipping blank lines", () => {
    const file = write([
      JSON.stringify("plain text"),
      JSON.stringify({ prompt: "with a cap", maxTokens: 16 }),
      "",
      JSON.stringify({ input: "suite-style" }),
      JSON.stringify({ messages: [{ role: "system", content: "Be brief." }, { role: "user", content: "Hi" }] }),
    ]);
    expect(readPromptFile(file)).toEqual([
      { messages: [{ role: "user", content: "plain text" }] },
      { messages: [{ role: "user", content: "with a cap" }], maxTokens: 16 },
      { messages: [{ role: "user", content: "suite-style" }] },
      { messages: [{ role: "system", content: "Be brief." }, { role: "user", content: "Hi" }] },
    ]);
  });

  it.each([
    ["a line that is not JSON", ['"ok"', "{oops"], 2, /not a JSON value/],
    ["an object without text", ['{"text": "x"}'], 1, /`prompt`/],
    ["a bad role", ['{"messages": [{"role": "tool", "content": "x"}]}'], 1, /messages\[0\]/],
    ["a bad maxTokens", ['{"prompt": "x", "maxTokens": 0}'], 1, /maxTokens/],
  ])("names the line of %s", (_, lines, line, message) => {
    const file = write(lines);
    expect(() => readPromptFile(file)).toThrow(message);
    try {
      readPromptFile(file);
    } catch (error) {
      expect((error as KurabeError).location).toEqual({ file, line });
    }
  });

  it("cycles through the prompts in order", () => {
    const prompts = cyclePrompts([{ messages: [{ role: "user", content: "a" }] }, { messages: [{ role: "user", content: "b" }] }]);
    expect([0, 1, 2, 3].map((i) => prompts(i).messages[0]?.content)).toEqual(["a", "b", "a", "b"]);
  });
});

describe("parseLevels and requestsFor", () => {
  it("reads a comma-separated list of levels, each once", () => {
    expect(parseLevels("1, 2,4,4,16").map((level) => level.kind === "concurrency" && level.concurrency)).toEqual([1, 2, 4, 16]);
  });

  it.each(["0", "1,a", "2.5", "", "2000"])("refuses %j", (text) => {
    expect(() => parseLevels(text)).toThrow(KurabeError);
  });

  it("reads request rates, fractions included, each once", () => {
    expect(parseRates("0.5, 2,2,8", "constant")).toEqual([
      { kind: "rate", requestsPerSecond: 0.5, arrivals: "constant" },
      { kind: "rate", requestsPerSecond: 2, arrivals: "constant" },
      { kind: "rate", requestsPerSecond: 8, arrivals: "constant" },
    ]);
  });

  it.each(["0", "-1", "x", "", "20000"])("refuses the rate %j", (text) => {
    expect(() => parseRates(text, "poisson")).toThrow(/request rates must be numbers per second/);
  });

  it("sends at least 16 requests per level and four per concurrent stream", () => {
    const level = (concurrency: number) => ({ kind: "concurrency" as const, concurrency });
    expect([1, 4, 8, 16].map((c) => requestsFor({}, level(c)))).toEqual([16, 16, 32, 64]);
    expect(requestsFor({ requestsPerLevel: 10 }, level(16))).toBe(10);
  });

  it("sends at least 16 requests at a rate, or 20 seconds of them", () => {
    const rate = (requestsPerSecond: number) => ({ kind: "rate" as const, requestsPerSecond, arrivals: "poisson" as const });
    expect([0.5, 1, 2.5, 10].map((r) => requestsFor({}, rate(r)))).toEqual([16, 20, 50, 200]);
  });
});
