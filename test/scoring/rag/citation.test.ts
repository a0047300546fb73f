import { describe, expect, it } from "vitest";
import { createScorer } from "../../../src/scoring/registry.js";
import { citedIds, fileOf } from "../../../src/scoring/rag/citations.js";
import { parseExtractedWords, storedExtracted } from "../../../src/scoring/score-detail.js";
import type { Scorer } from "../../../src/scoring/types.js";
import type { Item } from "../../../src/suites/types.js";

const item = (sources?: string[]): Item => ({ id: "q", input: "?", fields: sources ? { sources } : {}, line: 1 });

describe("citedIds", () => {
  it("reads passage ids and file names in brackets, each once, in order of first mention", () => {
    expect(citedIds("30日以内です[returns.md#1]。レシートも必要です [returns.md#2, hr/leave.md#1]。再掲[returns.md#1]")).toEqual([
      "returns.md#1",
      "returns.md#2",
      "hr/leave.md#1",
    ]);
    expect(citedIds("See [faq.md].")).toEqual(["faq.md"]);
  });

  it("ignores bracketed text that is not a document id", () => {
    expect(citedIds("[注意] 詳細は[こちら]、[1]、[see above]")).toEqual([]);
  });

  it("maps a passage id to its document", () => {
    expect(fileOf("hr/leave.md#12")).toBe("hr/leave.md");
    expect(fileOf("faq.md")).toBe("faq.md");
  });
});

describe("citation precision and recall", () => {
  const score = async (type: string, text: string, sources: string[]) => ((await createScorer(type)) as Scorer)(item(sources), { text });

  it("precision: share of cited documents that are gold sources", async () => {
    const result = await score("citation-precision", "A [returns.md#1] B [shipping.md#2] C [returns.md#3]", ["returns.md"]);
    expect(result).toMatchObject({ value: 0.5, passed: false, extracted: "returns.md, shipping.md" });
  });

  it("recall: share of gold sources cited", async () => {
    expect((await score("citation-recall", "A [returns.md#1]", ["returns.md", "leave.md"])).value).toBe(0.5);
    expect((await score("citation-recall", "A [returns.md#1][leave.md#4]", ["returns.md", "leave.md"])).value).toBe(1);
  });

  it("an answer that cites nothing scores 0 on both", async () => {
    expect((await score("citation-precision", "30日以内です。", ["returns.md"])).value).toBe(0);
    expect((await score("citation-recall", "30日以内です。", ["returns.md"])).value).toBe(0);
  });

  it("an answer that cites nothing stores that as words, not as a document list", async () => {
    const { extracted } = await score("citation-recall", "30日以内です。", ["returns.md"]);
    expect(extracted).toBe(storedExtracted({ code: "no-citation" }));
    expect(parseExtractedWords(extracted!, { code: "citations", kind: "recall", hits: 0, of: 1 })).toEqual({ code: "no-citation" });
  });

  it("stops the run before any request when an item has no gold sources", async () => {
    const { getScorerDefinition } = await import("../../../src/scoring/registry.js");
    const definition = await getScorerDefinition("citation-recall");
    expect(definition?.checkItem?.(item(), {})).toMatchObject({ field: "sources" });
    expect(definition?.checkItem?.(item(["a.md"]), {})).toBeUndefined();
  });
});
