import type { IndexCost } from "./index-cost.js";
import type { ModelOverview, ReportEntry, RetrievalSpend } from "./report-types.js";
import type { UseCaseRecommendation } from "./recommendation.js";

/** The scorers of a knowledge-base chatbot comparison (src/scoring/rag), in the section's column order. */
export const KB_METRICS = ["correctness", "faithfulness", "citationPrecision", "citationRecall", "refusal"] as const;
export type KbMetric = (typeof KB_METRICS)[number];

/** Which scorer stands for each metric, best first: a judge's rubric grade before character F1. */
const SCORERS: Record<KbMetric, readonly string[]> = {
  correctness: ["rubric", "char-f1"],
  faithfulness: ["faithfulness"],
  citationPrecision: ["citation-precision"],
  citationRecall: ["citation-recall"],
  refusal: ["refusal"],
};
const RAG_SCORERS = new Set(["char-f1", "faithfulness", "citation-precision", "citation-recall", "refusal", "retrieval-recall", "retrieval-mrr", "retrieval-ndcg"]);

interface KnowledgeBaseRow {
  modelId: string;
  /** Mean over the suites that have the metric's scorer, each suite weighing the same; null where none has. */
  metrics: Record<KbMetric, number | null>;
  /** The run's figures for the model, read from the overview (one source): USD per 1,000 answers, p50 ms. */
  costPer1kUsd: number | null;
  latencyP50Ms: number | null;
  /** Mean embedding tokens of a question's retrieval, part of costPer1kUsd; null without retrieval. */
  queryEmbeddingTokens: number | null;
  /** The index the model searched and what embedding it took, once (not in costPer1kUsd); null without retrieval. */
  index: IndexCost | null;
}

export interface KnowledgeBaseSection {
  /** The suites scored by RAG scorers: the chatbot's inquiries. */
  suites: string[];
  rows: KnowledgeBaseRow[];
  /** The report's own recommendation over the run (the same rule as everywhere else), not a second one. */
  choice: string | null;
}

/** A scorer's mean on an entry: the primary score when it is the suite's primary scorer, else a secondary one. */
function scorerMean(entry: ReportEntry, scorer: string, primaryScorers: ReadonlyMap<string, string>): number | undefined {
  if (primaryScorers.get(entry.suite) === scorer) return entry.score ?? undefined;
  return entry.secondary?.[scorer];
}

/**
 * The "knowledge-base chatbot" view of a run — each system (plain, RAG, fine-tuned, both) with correctness,
 * faithfulness, citation accuracy, refusals, cost per 1,000 inquiries and p50 latency — or null when no suite is
 * scored by a RAG scorer. Every figure is one the report already holds: suite means, the overview's cost and latency,
 * and what retrieval recorded with the answers (query embedding tokens; the index's one-time embedding cost).
 */
export function knowledgeBaseSection(
  entries: readonly ReportEntry[],
  overview: readonly ModelOverview[],
  recommendation: UseCaseRecommendation,
  primaryScorers: ReadonlyMap<string, string>,
  retrieval: ReadonlyMap<string, RetrievalSpend>,
): KnowledgeBaseSection | null {
  const usesRag = (entry: ReportEntry) =>
    RAG_SCORERS.has(primaryScorers.get(entry.suite) ?? "") || Object.keys(entry.secondary ?? {}).some((name) => RAG_SCORERS.has(name));
  const kbEntries = entries.filter(usesRag);
  if (kbEntries.length === 0) return null;
  const rows = overview.map((model): KnowledgeBaseRow => {
    const own = kbEntries.filter((entry) => entry.modelId === model.modelId);
    const metrics = Object.fromEntries(
      KB_METRICS.map((metric) => {
        const values = own.flatMap((entry) => {
          const scorer = SCORERS[metric].find((name) => scorerMean(entry, name, primaryScorers) !== undefined);
          return scorer === undefined ? [] : [scorerMean(entry, scorer, primaryScorers)!];
        });
        return [metric, values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length];
      }),
    ) as Record<KbMetric, number | null>;
    const spend = retrieval.get(model.modelId);
    return {
      modelId: model.modelId,
      metrics,
      costPer1kUsd: model.costPer1kAnswersUsd,
      latencyP50Ms: model.latency?.p50 ?? null,
      queryEmbeddingTokens: spend?.queryEmbeddingTokens ?? null,
      index: spend?.index ?? null,
    };
  });
  return { suites: [...new Set(kbEntries.map((entry) => entry.suite))], rows, choice: recommendation.choice };
}
