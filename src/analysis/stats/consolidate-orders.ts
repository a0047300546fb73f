import { KurabeError } from "../../errors.js";
import type { PairwiseOutcome } from "../types.js";

/** A stored verdict with the item it was given on. */
export interface ItemPairwiseOutcome extends PairwiseOutcome {
  item: string;
}

/** One verdict per (item, pair), from the orders it was shown in. */
export interface ConsolidatedOutcome extends ItemPairwiseOutcome {
  /** Every order named the same winner (or every order tied); false when a swap changed the verdict. */
  consistent: boolean;
  /** How many stored verdicts (orders shown) were merged: normally 2. */
  orders: number;
}

/**
 * Merges the verdicts one (item, pair) got in its different orders (the position-bias rule of Zheng et al. 2023,
 * "Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena", §3.4: a win counts only if it survives the swap): when
 * all orders name the same winner it stands, strong only if every order said so; any disagreement — opposite
 * winners, or a win against a tie — becomes a tie. A pair shown once keeps its one verdict. Each result is in the
 * orientation of the pair's first row, in order of first appearance.
 */
export function consolidateOrders(rows: readonly ItemPairwiseOutcome[]): ConsolidatedOutcome[] {
  const groups = new Map<string, ItemPairwiseOutcome[]>();
  for (const row of rows) {
    if (row.modelA === row.modelB) {
      throw new KurabeError("input", `a pairwise verdict compares ${row.modelA} with itself`);
    }
    const [first, second] = row.modelA < row.modelB ? [row.modelA, row.modelB] : [row.modelB, row.modelA];
    const key = JSON.stringify([row.item, first, second]);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()].map(consolidate);
}

function consolidate(group: readonly ItemPairwiseOutcome[]): ConsolidatedOutcome {
  const head = group[0] as ItemPairwiseOutcome;
  const winners = new Set(group.map(winnerOf));
  const consistent = winners.size === 1;
  const winner = consistent ? ([...winners][0] as string | null) : null;
  const verdict = winner === null ? "tie" : winner === head.modelA ? "a" : "b";
  const strong = winner !== null && group.every((row) => row.strong);
  const { item, modelA, modelB } = head;
  return { item, modelA, modelB, verdict, strong, consistent, orders: group.length };
}

/** The winning model's name, or null for a tie. */
function winnerOf(row: PairwiseOutcome): string | null {
  return row.verdict === "a" ? row.modelA : row.verdict === "b" ? row.modelB : null;
}
