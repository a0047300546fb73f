import { describe, expect, it } from "vitest";
import { indexSpend } from "../../../src/report/model/index-cost.js";

describe("indexSpend (what an index cost once, read by the knowledge-base section and the recommendation)", () => {
  it.each([
    ["no index recorded", null, { kind: "unknown" }],
    ["an index whose tokens were not recorded", { passages: 12, embeddingTokens: null, costUsd: null }, { kind: "unknown" }],
    ["BM25 alone: nothing embedded, not $0 for 0 tokens", { passages: 12, embeddingTokens: 0, costUsd: 0 }, { kind: "nothing-embedded" }],
    ["embedded passages with a price", { passages: 12, embeddingTokens: 4000, costUsd: 0.08 }, { kind: "embedded", tokens: 4000, costUsd: 0.08 }],
    ["embedded passages without a price", { passages: 12, embeddingTokens: 4000, costUsd: null }, { kind: "embedded", tokens: 4000, costUsd: null }],
  ] as const)("%s", (_name, index, spend) => {
    expect(indexSpend(index)).toEqual(spend);
  });
});
