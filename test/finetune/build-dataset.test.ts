import { beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildDataset, DEFAULT_BUILD_OPTIONS, type BuildOptions, type BuiltDataset } from "../../src/finetune/build-dataset.js";
import type { DocumentChunk } from "../../src/finetune/documents/read-documents.js";
import type { ReportEntry } from "../../src/finetune/report.js";
import type { Example } from "../../src/finetune/types.js";
import { CORPUS_ROWS, jcommonsenseqaItems, rowLines, writeCorpus } from "./support/corpus.js";

let corpus: { docsDir: string; inquiries: string };
const options = (extra: Partial<BuildOptions> = {}): BuildOptions => ({
  ...DEFAULT_BUILD_OPTIONS,
  docsDir: corpus.docsDir,
  inquiriesFiles: [corpus.inquiries],
  maxTokens: 512,
  seed: 7,
  evalItems: jcommonsenseqaItems(),
  ...extra,
});

beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kurabe-corpus-"));
  corpus = writeCorpus(dir);
  return () => fs.rmSync(dir, { recursive: true, force: true });
});

const lines = rowLines();
const rowId = (index: number) => `inquiries.csv:${lines[index]}`;
const all = (built: BuiltDataset): Example[] => [...built.examples.train, ...built.examples.validation];
const byId = (built: BuiltDataset) => new Map(all(built).map((example) => [example.id, example]));
const summary = (entry: ReportEntry) => ({
  id: entry.id,
  action: entry.action,
  reason: entry.reason,
  ...(entry.pii ? { pii: entry.pii } : {}),
  ...(entry.duplicateOf ? { duplicateOf: entry.duplicateOf } : {}),
  ...(entry.contamination ? { items: entry.contamination.map((hit) => `${hit.suite}/${hit.itemId}`) } : {}),
});

/** What the corpus says must happen to its inquiry rows, as report entries. */
function expectedRowEntries(dropContaminated: boolean): ReturnType<typeof summary>[] {
  return CORPUS_ROWS.flatMap((row, index) => {
    const entries: ReturnType<typeof summary>[] = [];
    if (row.pii) entries.push({ id: rowId(index), action: "masked", reason: "pii", pii: row.pii });
    if (row.dropped) {
      entries.push({
        id: rowId(index),
        action: "dropped",
        reason: row.dropped,
        ...(row.duplicateOf === undefined ? {} : { duplicateOf: rowId(row.duplicateOf) }),
      });
    }
    if (row.contaminates) {
      entries.push({
        id: rowId(index),
        action: dropContaminated ? "dropped" : "flagged",
        reason: "contamination",
        items: row.contaminates.map((id) => `jcommonsenseqa/${id}`),
      });
    }
    return entries;
  });
}

const expectedDocumentEntries = [
  { id: "logo.png", action: "note", reason: "file" },
  { id: "company.html", action: "masked", reason: "pii", pii: { POSTAL_CODE: 1, ADDRESS: 1, PHONE: 1 } },
  { id: "返品ポリシー.md", action: "masked", reason: "pii", pii: { EMAIL: 1 } },
  { id: "shipping/archive.md#1", action: "dropped", reason: "exact-duplicate", duplicateOf: "shipping.md#1" },
  { id: "shipping/archive.md#2", action: "dropped", reason: "exact-duplicate", duplicateOf: "shipping.md#2" },
];

const sortEntries = <T extends { id: string; action: string; reason: string }>(entries: T[]) =>
  [...entries].sort((a, b) => `${a.id} ${a.action} ${a.reason}`.localeCompare(`${b.id} ${b.action} ${b.reason}`));

describe("buildDataset on a Japanese/English corpus", () => {
  let built: BuiltDataset;
  beforeAll(async () => {
    built = await buildDataset(options());
  });

  it("reports exactly what was masked, dropped and flagged, and nothing else", () => {
    expect(sortEntries(built.report.entries.all().map(summary))).toEqual(sortEntries([...expectedRowEntries(false), ...expectedDocumentEntries]));
  });

  it("masks exactly the PII of each row and leaves every other character as it was", () => {
    const kept = byId(built);
    CORPUS_ROWS.forEach((row, index) => {
      const example = kept.get(rowId(index));
      if (row.dropped) {
        expect(example, rowId(index)).toBeUndefined();
        return;
      }
      expect(example?.messages, rowId(index)).toEqual([
        { role: "user", content: row.maskedQuestion ?? row.question },
        { role: "assistant", content: row.maskedAnswer ?? row.answer },
      ]);
      if (row.category) expect(example?.category).toBe(row.category);
    });
  });

  it("turns document sections into questions about them, answered by the section text", () => {
    const kept = byId(built);
    expect(kept.get("返品ポリシー.md#2")?.messages).toEqual([
      { role: "user", content: "「返品ポリシー」の「返品の条件」について教えてください。" },
      { role: "assistant", content: "商品到着後30日以内で、未使用かつタグが付いた状態の商品に限り返品を承ります。セール品は返品の対象外です。" },
    ]);
    expect(kept.get("返品ポリシー.md#3")?.messages[1]?.content).toBe(
      "1. マイページから返品を申請します。\n2. 届いたラベルを貼って発送します。\n\n```text\n# これは見出しではありません\nRMA-0001\n```\n\nご不明点は [EMAIL] までお問い合わせください。",
    );
    expect(kept.get("shipping.md#2")?.messages).toEqual([
      { role: "user", content: 'What does "Shipping Guide" say about "International shipping"?' },
      { role: "assistant", content: "We ship to 30 countries. Customs duties are paid by the recipient." },
    ]);
    expect(kept.get("company.html#1")?.messages[1]?.content).toBe("〒[POSTAL_CODE] [ADDRESS]\n電話 [PHONE]");
    expect(kept.get("company.html#2")?.messages[1]?.content).toBe("- 家電製品の販売\n- 修理サービス & サポート");
    expect(kept.get("manual.pdf#1")?.messages[1]?.content).toBe(
      "Setup manual\nConnect the device to power and hold the button for five seconds.\nThe light turns green when the device is ready.",
    );
    expect(kept.get("案内.pdf#1")?.messages).toEqual([
      { role: "user", content: "「案内」について教えてください。" },
      { role: "assistant", content: "営業時間のご案内\n平日は午前9時から午後6時まで営業しています。" },
    ]);
    expect([...kept.keys()].filter((id) => !id.startsWith("inquiries")).sort()).toEqual(
      ["company.html#1", "company.html#2", "manual.pdf#1", "notes.txt#1", "shipping.md#1", "shipping.md#2", "案内.pdf#1", "返品ポリシー.md#1", "返品ポリシー.md#2", "返品ポリシー.md#3"].sort(),
    );
  });

  it("tags languages by script and counts tokens with the Llama 3 tokenizer", () => {
    const kept = byId(built);
    expect(kept.get(rowId(0))?.language).toBe("ja");
    expect(kept.get(rowId(3))?.language).toBe("en");
    expect(kept.get("manual.pdf#1")?.language).toBe("en");
    for (const example of all(built)) expect(example.tokens).toBeGreaterThan(0);
    expect(built.report.counts.tokens.max).toBeLessThanOrEqual(512);
  });

  it("splits the kept examples 90/10, each once, with counts that add up", () => {
    const { counts } = built.report;
    const ids = all(built).map((example) => example.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(counts.validation).toBe(Math.round(counts.kept * 0.1));
    expect(counts.train + counts.validation).toBe(counts.kept);
    const dropped = Object.values(counts.dropped).reduce((sum, value) => sum + (value ?? 0), 0);
    expect(counts.examplesIn).toBe(counts.kept + dropped);
    expect(counts.inquiryRows).toBe(CORPUS_ROWS.length);
    expect(counts.documentChunks).toBe(12);
  });

  it("is the same build for the same seed", async () => {
    const again = await buildDataset(options());
    expect(all(again).map((example) => example.id)).toEqual(all(built).map((example) => example.id));
    expect(again.examples.validation.map((example) => example.id)).toEqual(built.examples.validation.map((example) => example.id));
  });
});

describe("buildDataset options", () => {
  it("drops contaminated examples when asked", async () => {
    const built = await buildDataset(options({ dropContaminated: true }));
    const entries = built.report.entries.all().filter((entry) => entry.reason === "contamination");
    expect(entries.map((entry) => [entry.id, entry.action])).toEqual([
      [rowId(17), "dropped"],
      [rowId(18), "dropped"],
    ]);
    expect(byId(built).has(rowId(17))).toBe(false);
  });

  it("truncates an over-long answer instead of dropping it under --truncate truncate", async () => {
    const built = await buildDataset(options({ truncate: "truncate" }));
    const entry = built.report.entries.all().find((candidate) => candidate.id === rowId(16));
    expect(entry).toMatchObject({ action: "truncated", reason: "too-long", tokens: { max: 512 } });
    const example = byId(built).get(rowId(16))!;
    expect(example.tokens).toBeLessThanOrEqual(512);
    expect(CORPUS_ROWS[16]!.answer.startsWith(example.messages[1]!.content)).toBe(true);
  });

  it("puts a system prompt first in every example", async () => {
    const built = await buildDataset(options({ system: "あなたはExample社のサポート担当です。" }));
    for (const example of all(built)) expect(example.messages[0]).toEqual({ role: "system", content: "あなたはExample社のサポート担当です。" });
  });

  it("hands each document chunk to a custom example maker (the hook for teacher-model synthesis)", async () => {
    const seen: DocumentChunk[] = [];
    const built = await buildDataset(
      options({
        inquiriesFiles: [],
        makeDocumentExamples: async (chunk) => {
          seen.push(chunk);
          if (chunk.file === "notes.txt") return [];
          return [
            [
              { role: "user", content: `Q1 about ${chunk.file} ${chunk.headings.join("/")}` },
              { role: "assistant", content: `A1 ${chunk.text}` },
            ],
            [
              { role: "user", content: `How long is the section ${chunk.headings.join("/")} of ${chunk.file}?` },
              { role: "assistant", content: `${chunk.text.length} characters.` },
            ],
          ];
        },
      }),
    );
    expect(seen).toHaveLength(12);
    const ids = all(built).map((example) => example.id);
    expect(ids).toContain("shipping.md#1.1");
    expect(ids).toContain("shipping.md#1.2");
    expect(built.report.entries.all()).toContainEqual(expect.objectContaining({ id: "notes.txt#1", action: "dropped", reason: "no-examples" }));
    expect(built.report.settings.documentExamples).toBe("custom maker");
  });

  it("stratifies the split by category", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kurabe-strata-"));
    try {
      const rows = Array.from({ length: 100 }, (_, index) => {
        const category = index < 60 ? "orders" : index < 90 ? "billing" : "tech";
        return `"question number ${index} about ${category} and a distinct topic ${index * 7919}","answer ${index} ${"lorem ".repeat(index % 5)}",${category}`;
      });
      fs.writeFileSync(path.join(dir, "q.csv"), ["question,answer,category", ...rows].join("\n"));
      const built = await buildDataset({ ...DEFAULT_BUILD_OPTIONS, inquiriesFiles: [path.join(dir, "q.csv")], nearDuplicateThreshold: 1 });
      expect(built.report.counts.categories).toEqual({
        orders: { train: 54, validation: 6 },
        billing: { train: 27, validation: 3 },
        tech: { train: 9, validation: 1 },
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports its progress stage by stage, for the bar of a large build", async () => {
    const seen: string[] = [];
    await buildDataset(options({ onProgress: (stage, done, total) => seen.push(`${stage} ${done}/${total}`) }));
    expect(seen).toEqual([expect.stringMatching(/^reading and masking (\d+)\/\1$/), expect.stringMatching(/^deduplicating 0\/\d+$/), expect.stringMatching(/^counting tokens 0\/\d+$/)]);
  });

  it("needs documents or inquiries", async () => {
    await expect(buildDataset({ ...DEFAULT_BUILD_OPTIONS })).rejects.toThrow(/nothing to build from/);
  });
});
