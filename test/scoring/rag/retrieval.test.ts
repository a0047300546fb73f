import { describe, expect, it } from "vitest";
import type { RetrievedPassage } from "../../../src/rag/augment-messages.js";
import { createScorer } from "../../../src/scoring/registry.js";
import type { Scorer } from "../../../src/scoring/types.js";
import type { Item } from "../../../src/suites/types.js";

const item: Item = { id: "q", input: "?", fields: { sources: ["returns.md", "policy.md"] }, line: 1 };
const passage = (id: string): RetrievedPassage => ({ id, file: id.split("#")[0]!, title: "", headings: [], text: "", score: 1 });
// Documents in rank order: shipping.md, returns.md (twice: counted once), policy.md.
const passages = ["shipping.md#1", "returns.md#1", "returns.md#2", "policy.md#3"].map(passage);

async function score(spec: string | { type: string; k: number }, withPassages = true) {
  const scorer = (await createScorer(spec)) as Scorer;
  return scorer(item, { text: "answer", ...(withPassages ? { passages } : {}) });
}

describe("retrieval scorers over the passages stored with an answer", () => {
  it("recall@k counts gold documents among the first k distinct documents", async () => {
    expect((await score({ type: "retrieval-recall", k: 2 })).value).toBe(0.5);
    expect((await score({ type: "retrieval-recall", k: 3 })).value).toBe(1);
  });

  it("MRR is one over the rank of the first gold document", async () => {
    expect((await score("retrieval-mrr")).value).toBe(0.5);
  });

  it("nDCG@k over distinct documents, binary gains", async () => {
    // gold at document ranks 2 and 3: (1/log2(3) + 1/2) / (1 + 1/log2(3)).
    expect((await score({ type: "retrieval-ndcg", k: 3 })).value).toBeCloseTo((1 / Math.log2(3) + 0.5) / (1 + 1 / Math.log2(3)), 12);
  });

  it("a model without rag: retrieved nothing and scores 0", async () => {
    expect(await score("retrieval-recall", false)).toMatchObject({ value: 0, passed: false, detail: { code: "no-retrieval" } });
  });
});
