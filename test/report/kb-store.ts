import path from "node:path";
import type { ScoreRecord } from "../../src/store/run-writer.js";
import { writeReportStore } from "./report-store.js";

const score = (scorer: string, value: number, isPrimary = false): ScoreRecord => ({ scorer, isPrimary, value, passed: value >= 0.5 });

/** Four systems on four answerable inquiries and two unanswerable ones; the RAG systems cite and refuse better. */
export function kbStore(dir: string): { file: string; runId: string } {
  const file = path.join(dir, "kb.db");
  const quality: Record<string, { f1: number; cites: number; refuses: boolean }> = {
    plain: { f1: 0.2, cites: 0, refuses: false },
    "plain-rag": { f1: 0.7, cites: 1, refuses: true },
    tuned: { f1: 0.5, cites: 0, refuses: false },
    "tuned-rag": { f1: 0.8, cites: 1, refuses: true },
  };
  const runId = writeReportStore(file, {
    models: Object.keys(quality).map((id) => ({ id, price: { input: 1, output: 2 } })),
    suites: [
      { name: "kb-answerable", category: "domain", items: 4 },
      { name: "kb-unanswerable", category: "domain", items: 2 },
    ],
    result(model, suite, i) {
      const q = quality[model]!;
      const scores =
        suite === "kb-answerable"
          ? [score("char-f1", q.f1 + i * 0.01, true), score("citation-recall", q.cites), score("citation-precision", q.cites), score("refusal", 1)]
          : [score("refusal", q.refuses ? 1 : 0, true)];
      const retrieval = {
        query: "q",
        passages: [{ id: "returns.md#1", file: "returns.md", title: "返品", headings: [], text: '<script>alert("x")</script>30日以内', score: 1.5 }],
        // plain-rag searches BM25 (no embedding); tuned-rag embeds each question (3 or 4 tokens, the unanswerable ones
        // 6) and embedded its index once.
        embeddingTokens: model === "tuned-rag" ? (suite === "kb-unanswerable" ? 6 : 3 + (i % 2)) : 0,
        ms: 1,
        index: model === "tuned-rag" ? { passages: 12, embeddingTokens: 4000, costUsd: 0.08 } : { passages: 12, embeddingTokens: 0, costUsd: 0 },
      };
      return {
        text: `<b>answer ${i}</b>`,
        scores,
        totalMs: 100 + i,
        inputTokens: 500,
        outputTokens: 50,
        costUsd: 0.001,
        ...(model.endsWith("-rag") ? { retrievalJson: JSON.stringify(retrieval) } : {}),
      };
    },
  });
  return { file, runId };
}
