import { z } from "zod";
import { ndcgAtK, recallAtK, reciprocalRank } from "../../rag/retrieval-metrics.js";
import type { Item } from "../../suites/types.js";
import { storedExtracted } from "../score-detail.js";
import type { ScoredResponse, ScorerDefinition } from "../types.js";
import { goldSources, requireSources } from "./gold-sources.js";

const options = z.object({ k: z.number().int().min(1).max(100).default(5) }).strict();

type Metric = "recall" | "mrr" | "ndcg";

/** The retrieved passages' documents, best first, each once (a document's later passages add nothing). */
function rankedDocuments(response: ScoredResponse): string[] {
  return [...new Set((response.passages ?? []).map((passage) => passage.file))];
}

const compute: Record<Metric, (ranked: string[], gold: Set<string>, k: number) => number> = {
  recall: recallAtK,
  mrr: (ranked, gold) => reciprocalRank(ranked, gold),
  ndcg: ndcgAtK,
};

const describe: Record<Metric, string> = {
  recall: "share of the item's gold source documents among the first k retrieved documents (recall@k)",
  mrr: "one over the rank of the first retrieved gold source document (averaged: MRR)",
  ndcg: "nDCG@k of the retrieved documents against the gold sources (binary gains)",
};

/**
 * Retrieval quality at document level, from the passages stored with a RAG model's answer. A model without `rag:`
 * retrieved nothing: no score beside the primary (needsRetrieval), 0 as the primary.
 */
function retrievalScorer(metric: Metric): ScorerDefinition<typeof options> {
  const name = `retrieval-${metric}`;
  return {
    name,
    description: describe[metric],
    options,
    checkItem: requireSources(name),
    needsRetrieval: true,
    create:
      ({ k }) =>
      (item: Item, response) => {
        const gold = new Set(goldSources(item) ?? []);
        const ranked = rankedDocuments(response);
        const value = compute[metric](ranked, gold, k);
        const found = ranked.slice(0, k).filter((file) => gold.has(file));
        return {
          value,
          passed: value > 0,
          extracted: ranked.slice(0, k).join(", ") || storedExtracted({ code: "nothing-retrieved" }),
          detail: response.passages ? { code: "retrieval", found: found.length, gold: gold.size, k } : { code: "no-retrieval" },
        };
      },
  };
}

export const retrievalRecallScorer = retrievalScorer("recall");
export const retrievalMrrScorer = retrievalScorer("mrr");
export const retrievalNdcgScorer = retrievalScorer("ndcg");
