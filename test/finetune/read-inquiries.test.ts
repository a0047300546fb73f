import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors.js";
import { readInquiries, type InquiryColumns } from "../../src/finetune/read-inquiries.js";
import { useTempDirs } from "../support/temp-dir.js";

const tempDir = useTempDirs();
const columns: InquiryColumns = { question: "question", answer: "answer" };

async function read(name: string, content: string | Buffer, cols: InquiryColumns = columns) {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return readInquiries(file, name, cols);
}

async function failure(name: string, content: string | Buffer, cols: InquiryColumns = columns): Promise<string> {
  try {
    await read(name, content, cols);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).describe();
  }
  throw new Error("expected a ConfigError");
}

describe("readInquiries: CSV", () => {
  it("reads rows with the line each starts on, quoted cells across lines included", async () => {
    const { rows, encoding, categoryColumn } = await read("q.csv", 'question,answer,category\n"a","b\nc",x\n\nd,e,\n');
    expect(encoding).toBe("utf-8");
    expect(categoryColumn).toBe("category");
    expect(rows).toEqual([
      { line: 2, question: "a", answer: "b\nc", category: "x" },
      { line: 5, question: "d", answer: "e" },
    ]);
  });

  it("uses the columns it is told to", async () => {
    const { rows } = await read("q.csv", "質問,回答,分類\nq,a,c\n", { question: "質問", answer: "回答", category: "分類" });
    expect(rows).toEqual([{ line: 2, question: "q", answer: "a", category: "c" }]);
  });

  it("decodes Shift_JIS (CP932) and says so", async () => {
    const sjis = Buffer.from([
      ...[0x8e, 0xbf, 0x96, 0xe2, 0x2c, 0x89, 0xf1, 0x93, 0x9a, 0x0a], // 質問,回答\n
      ...[0x87, 0x40, 0x82, 0xcd, 0x81, 0x48, 0x2c, 0x82, 0xcd, 0x82, 0xa2, 0x0a], // ①は？,はい\n
    ]);
    const { rows, encoding } = await read("sjis.csv", sjis, { question: "質問", answer: "回答" });
    expect(encoding).toBe("shift_jis (cp932)");
    expect(rows).toEqual([{ line: 2, question: "①は？", answer: "はい" }]);
  });

  it("strips a UTF-8 BOM before the header", async () => {
    const { rows, encoding } = await read("bom.csv", "\uFEFFquestion,answer\nq,a\n");
    expect(encoding).toBe("utf-8 (BOM)");
    expect(rows).toEqual([{ line: 2, question: "q", answer: "a" }]);
  });

  it.each([
    ["an unclosed quote, at the row where it opens", 'question,answer\nq,a\n"open,x\nmore\n', /^q\.csv:3: a quoted cell starting in this row is never closed/],
    ["a row with too many cells", "question,answer\nq,a\nq,a,extra\n", /^q\.csv:3: wrong number of cells/],
    ["a stray quote inside a quoted cell", 'question,answer\n"q"x,a\n', /^q\.csv:2: a quote inside a quoted cell must be doubled/],
    ["a missing column, listing those that exist", "質問,回答\nq,a\n", /^q\.csv:1: --question-column: no column "question"; the header has "質問", "回答"$/],
    ["an empty file", "", /^q\.csv: the inquiry file is empty$/],
    ["a file of blank lines", "\n\n  \n", /^q\.csv: the inquiry file is empty$/],
    ["a header without rows", "question,answer\n", /^q\.csv:1: the inquiry file has a header but no rows$/],
  ])("reports %s", async (_name, content, message) => {
    expect(await failure("q.csv", content)).toMatch(message);
  });

  it("reports a named category column that does not exist", async () => {
    expect(await failure("q.csv", "question,answer\nq,a\n", { ...columns, category: "genre" })).toMatch(
      /^q\.csv:1: --category-column: no column "genre"/,
    );
  });
});

describe("readInquiries: JSONL", () => {
  it("reads objects with their line numbers, skipping blank lines", async () => {
    const { rows } = await read("q.jsonl", '{"question":"q","answer":"a","category":"c"}\n\n{"question":"r","answer":"b"}\n');
    expect(rows).toEqual([
      { line: 1, question: "q", answer: "a", category: "c" },
      { line: 3, question: "r", answer: "b" },
    ]);
  });

  it.each([
    ["invalid JSON", '{"question":"q","answer":"a"}\n{"question": \n', /^q\.jsonl:2: invalid JSON/],
    ["a non-object", "[1,2]\n", /^q\.jsonl:1: expected a JSON object/],
    ["a missing key, listing the keys there are", '{"q":"x","a":"y"}\n', /^q\.jsonl:1: question: missing; this line has "q", "a" \(choose with --question-column\)/],
    ["a non-string answer", '{"question":"q","answer":3}\n', /^q\.jsonl:1: answer: expected a string, got 3/],
  ])("reports %s", async (_name, content, message) => {
    expect(await failure("q.jsonl", content)).toMatch(message);
  });
});
