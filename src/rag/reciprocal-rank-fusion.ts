/**
 * Reciprocal rank fusion (Cormack, Clarke & Büttcher, SIGIR 2009): each list adds 1 / (k + rank) for every id it
 * holds, rank 1-based; k = 60 as in the paper. Returns ids by fused score, best first; ties keep first-seen order.
 */
export function reciprocalRankFusion(lists: readonly (readonly string[])[], k = 60): Array<{ id: string; score: number }> {
  const scores = new Map<string, number>();
  for (const list of lists) {
    list.forEach((id, index) => scores.set(id, (scores.get(id) ?? 0) + 1 / (k + index + 1)));
  }
  return [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}
