/**
 * Retrieval metrics over a ranked list of ids against the set of relevant ids (binary relevance), as trec_eval
 * defines them. An empty relevant set has nothing to find: the caller skips such items rather than score them.
 */

/** Share of the relevant ids found in the first k. */
export function recallAtK(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  if (relevant.size === 0) return 0;
  const found = new Set(ranked.slice(0, k).filter((id) => relevant.has(id)));
  return found.size / relevant.size;
}

/** Reciprocal rank of the first relevant id (0 when none is ranked): averaged over items, MRR. */
export function reciprocalRank(ranked: readonly string[], relevant: ReadonlySet<string>): number {
  const at = ranked.findIndex((id) => relevant.has(id));
  return at < 0 ? 0 : 1 / (at + 1);
}

/**
 * nDCG@k with binary gains (Järvelin & Kekäläinen 2002, log2 discount as in trec_eval's ndcg_cut): DCG of the first k
 * over the DCG of an ideal list that ranks min(k, |relevant|) relevant ids first. A repeated id gains once.
 */
export function ndcgAtK(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  if (relevant.size === 0) return 0;
  const seen = new Set<string>();
  let dcg = 0;
  ranked.slice(0, k).forEach((id, index) => {
    if (relevant.has(id) && !seen.has(id)) dcg += 1 / Math.log2(index + 2);
    seen.add(id);
  });
  let ideal = 0;
  for (let index = 0; index < Math.min(k, relevant.size); index++) ideal += 1 / Math.log2(index + 2);
  return dcg / ideal;
}
