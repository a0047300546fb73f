import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/errors.js";
import { readDocuments } from "../../../src/finetune/documents/read-documents.js";
import { pdfPages } from "../../../src/finetune/documents/pdf-text.js";
import { useTempDirs } from "../../support/temp-dir.js";
import { minimalPdf, nonEmbeddedJapanesePdf } from "../support/minimal-pdf.js";

const tempDir = useTempDirs();

function docs(files: Record<string, string | Buffer>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe("pdfPages", () => {
  it("extracts the text of a hand-made English PDF", async () => {
    expect(await pdfPages(minimalPdf(["Setup manual", "Hold the button (5 s)."]))).toEqual(["Setup manual\nHold the button (5 s)."]);
  });

  it("extracts Japanese through the font's ToUnicode map", async () => {
    expect(await pdfPages(minimalPdf(["営業時間", "平日9時から18時まで。"]))).toEqual(["営業時間\n平日9時から18時まで。"]);
  });
});

describe("readDocuments", () => {
  it("chunks each supported file, in name order, recursing into folders and skipping hidden ones", async () => {
    const dir = docs({
      "b.md": "# B title\n\n## S1\n\nOne.\n\n## S2\n\nTwo.\n",
      "a.txt": "Plain text.\n",
      "sub/c.html": "<title>C page</title><h2>Part</h2><p>Three.</p>",
      "d.pdf": minimalPdf(["Four."]),
      ".git/config": "[core]",
      "image.png": Buffer.from([0x89, 0x50]),
    });
    const { chunks, notes } = await readDocuments(dir, "docs", 1500);
    expect(chunks).toEqual([
      { file: "a.txt", title: "a", headings: [], text: "Plain text.", part: 1, parts: 1 },
      { file: "b.md", title: "B title", headings: ["S1"], text: "One.", part: 1, parts: 1 },
      { file: "b.md", title: "B title", headings: ["S2"], text: "Two.", part: 1, parts: 1 },
      { file: "d.pdf", title: "d", headings: [], text: "Four.", part: 1, parts: 1 },
      { file: "sub/c.html", title: "C page", headings: ["Part"], text: "Three.", part: 1, parts: 1 },
    ]);
    expect(notes).toEqual([{ file: "image.png", note: expect.stringMatching(/^not read: not a supported document type/), unread: true }]);
  });

  it("titles an HTML page by its <title>, its <h1> then a heading, so that neither is lost; one <h1> like its <title> is the title alone", async () => {
    const dir = docs({
      "log.html": "<title>日報 2026-12-01</title><h1>予約センター日報</h1><h2>受付</h2><p>One.</p>",
      "same.html": "<title>Price list</title><h1>Price list</h1><p>Two.</p>",
      "h1.html": "<h1>Only a heading</h1><p>Three.</p>",
    });
    const { chunks } = await readDocuments(dir, "docs", 1500);
    expect(chunks.map(({ file, title, headings }) => [file, title, headings])).toEqual([
      ["h1.html", "Only a heading", []],
      ["log.html", "日報 2026-12-01", ["予約センター日報", "受付"]],
      ["same.html", "Price list", []],
    ]);
  });

  it("numbers the parts of a section split by length", async () => {
    const dir = docs({ "long.md": `## Long\n\n${"a".repeat(30)}\n\n${"b".repeat(30)}\n` });
    const { chunks } = await readDocuments(dir, "docs", 40);
    expect(chunks.map((chunk) => [chunk.part, chunk.parts, chunk.text.length])).toEqual([
      [1, 2, 30],
      [2, 2, 30],
    ]);
  });

  it("decodes a Shift_JIS text file and notes it", async () => {
    const dir = docs({ "sjis.txt": Buffer.from([0x95, 0xd4, 0x95, 0x69]) }); // 返品
    const { chunks, notes } = await readDocuments(dir, "docs", 100);
    expect(chunks[0]?.text).toBe("返品");
    expect(notes).toEqual([{ file: "sjis.txt", note: "decoded as shift_jis (cp932)" }]);
  });

  it("notes an empty document instead of making an example of it", async () => {
    const { chunks, notes } = await readDocuments(docs({ "empty.md": "# Only a title\n" }), "docs", 100);
    expect(chunks).toEqual([]);
    expect(notes[0]).toEqual({ file: "empty.md", note: expect.stringMatching(/^not read: no text found/), unread: true });
  });

  it.each([
    ["a missing folder", (dir: string) => path.join(dir, "nope"), /documents folder not found/],
    ["an empty folder", (dir: string) => dir, /holds no files/],
  ])("reports %s", async (_name, pick, message) => {
    const promise = readDocuments(pick(tempDir()), "docs", 100);
    await expect(promise).rejects.toBeInstanceOf(ConfigError);
    await expect(promise).rejects.toThrow(message);
  });

  it("reads a Japanese PDF whose font is not embedded (text coded through Adobe's UniJIS-UCS2-H CMap)", async () => {
    const { chunks, notes } = await readDocuments(docs({ "案内.pdf": nonEmbeddedJapanesePdf(["営業時間のご案内", "平日は午前9時から午後6時まで営業しています。"]) }), "docs", 1500);
    expect(notes).toEqual([]);
    expect(chunks.map((chunk) => chunk.text)).toEqual(["営業時間のご案内\n平日は午前9時から午後6時まで営業しています。"]);
  });

  it("names a broken PDF and an unsupported file, and reads the rest", async () => {
    const { chunks, notes } = await readDocuments(
      docs({ "broken.pdf": "%PDF-1.4\nnot really", "letter.docx": "PK\u0003\u0004", "memo.rtf": "{\\rtf1 hi}", "ok.md": "Fine." }),
      "docs",
      100,
    );
    expect(chunks.map((chunk) => chunk.file)).toEqual(["ok.md"]);
    expect(notes).toEqual([
      { file: "broken.pdf", note: expect.stringMatching(/^not read: cannot read this PDF/), unread: true },
      { file: "letter.docx", note: expect.stringMatching(/^not read: not a supported document type/), unread: true },
      { file: "memo.rtf", note: expect.stringMatching(/^not read: not a supported document type/), unread: true },
    ]);
  });

  it("gives every text to the filter before it is cut: a value split by a chunk boundary is filtered whole", async () => {
    const text = `${"a".repeat(30)} src=10.6.161.116 ${"b".repeat(30)}`;
    const { chunks } = await readDocuments(docs({ "log.txt": text }), "docs", 36, (values) => values.map((value) => value.replace("10.6.161.116", "[IP_ADDRESS]")));
    expect(chunks.filter((chunk) => chunk.file === "log.txt").map((chunk) => chunk.text).join(" ")).not.toMatch(/10\.6|6\.161|161\.116/);
  });
});
