import type { RetrievalRecord } from "../rag/augment-messages.js";
import { applyScorers, type NamedScorer } from "../scoring/apply-scorers.js";
import type { ScoredResponse, ScoringContext } from "../scoring/types.js";
import type { Item } from "../suites/types.js";
import type { ScoreRecord, StoredAnswer } from "../store/run-writer.js";
import type { PlannedSuite } from "./plan.js";

/** The scorers of an item: its own when it names them, else its suite's. */
export function scorersOf(suite: Pick<PlannedSuite, "scorers" | "itemScorers">, item: Item): readonly NamedScorer[] {
  return suite.itemScorers.get(item.id) ?? suite.scorers;
}

/** Every score of one answer, the first scorer's marked primary. */
export async function scoresFor(
  scorers: readonly NamedScorer[],
  item: Item,
  answer: ScoredResponse,
  context: ScoringContext,
): Promise<ScoreRecord[]> {
  const response = {
    text: answer.text,
    ...(answer.reasoning ? { reasoning: answer.reasoning } : {}),
    ...(answer.passages ? { passages: answer.passages } : {}),
  };
  const { all } = await applyScorers(scorers, item, response, context);
  return all.map((score, index) => ({ ...score, isPrimary: index === 0 }));
}

/** A stored answer as scorers see it: the text, the reasoning, and a RAG model's passages from its retrieval record. */
export function storedResponse(stored: StoredAnswer): ScoredResponse {
  const { retrievalJson, ...answer } = stored;
  const passages = retrievalJson ? (JSON.parse(retrievalJson) as RetrievalRecord).passages : undefined;
  return { ...answer, ...(passages ? { passages } : {}) };
}
