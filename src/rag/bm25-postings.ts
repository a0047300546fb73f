/**
 * MiniSearch's serialised index (its toJSON, serializationVersion 2), the parts ranking reads: per term, per field,
 * the term frequency in each document (by MiniSearch's short id); each document's field lengths; the averages.
 */
interface MiniSearchJson {
  documentCount: number;
  documentIds: Record<string, string | number>;
  fieldLength: Record<string, number[]>;
  averageFieldLength: number[];
  index: Array<[string, Record<string, Record<string, number>>]>;
  serializationVersion: number;
}

interface Postings {
  /** Document ids (the caller's ids, here chunk positions), ascending by MiniSearch's short id. */
  docs: Int32Array;
  freqs: Float64Array;
}

/** MiniSearch 7's BM25+ parameters (its defaultBM25params) and scoring, which these postings reproduce. */
const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;

/**
 * A query-efficient view of one MiniSearch index of a single field, built once per run from the stored JSON: each
 * term's postings as typed arrays, and a score accumulator reused by every query. MiniSearch's own search builds a
 * result object per matching document and sorts them all, which at 100,000 chunks takes hundreds of milliseconds
 * for a question whose terms are common; here a query touches only its postings and keeps the best k as it goes.
 * Scores and order are MiniSearch's exactly (BM25+ per query term, summed, times the number of distinct query
 * terms matched; ties in the order MiniSearch's result map holds them), as test/rag/bm25-postings.test.ts checks
 * against MiniSearch.search.
 *
 * Why not the library's own search: issue 14 asks for retrieval p50 < 20 ms at 100,000 chunks, and none of the
 * libraries it names gets there with Japanese terms handed to it (bench/rag-bm25-libraries.ts, same terms and queries,
 * 2026-12-03, load 13 and 19): these postings 4.6 / 13.0 ms, MiniSearch.search 655 / 1,074 ms (its top 5 identical),
 * wink-bm25-text-search 228 / 492 ms, Orama 8.6 / 20.9 s. Each builds and sorts a result for every matching chunk;
 * a question's common terms match most of a company's templated pages. Not kurabe's use of it: with prefix, fuzzy,
 * stored fields and boosts off and only content words indexed, MiniSearch.search still costs ~7 µs per matching
 * chunk (bench/rag-bm25-why.ts: 369 ms vs 3.6 ms p50 at load 12; the content-word filter also lowers the kb example's
 * MRR 0.904 → 0.890). Nor SQLite FTS5's bm25() in the store (bench/rag-bm25-fts5.ts, figures in bench/README.md):
 * it scores every matching row before keeping k, and its plain BM25 ranks the kb example worse. MiniSearch still
 * tokenizes nothing of its own here, builds the index and stores it (its JSON is what the store keeps), and stays
 * the reference.
 */
export class Bm25Postings {
  private readonly postings = new Map<string, Postings>();
  private readonly count: number;
  private readonly lengthFactor: Float64Array;
  private readonly scores: Float64Array;
  private readonly matched: Uint16Array;
  private readonly firstSeen: Int32Array;

  constructor(json: string) {
    const index = JSON.parse(json) as MiniSearchJson;
    if (index.serializationVersion !== 2) throw new Error(`unsupported MiniSearch index version ${index.serializationVersion}`);
    const count = index.documentCount;
    const ids = new Map(Object.entries(index.documentIds).map(([short, id]) => [Number(short), Number(id)]));
    let size = count;
    for (const id of ids.values()) size = Math.max(size, id + 1);
    const average = index.averageFieldLength[0] ?? 0;
    // K1 · (1 − b + b · length / average), per document: the part of BM25's denominator that does not depend on the term.
    this.lengthFactor = new Float64Array(size);
    for (const [short, lengths] of Object.entries(index.fieldLength)) {
      this.lengthFactor[ids.get(Number(short))!] = K1 * (1 - B + (B * lengths[0]!) / average);
    }
    for (const [term, fields] of index.index) {
      const byDoc = fields["0"];
      if (!byDoc) continue;
      // Object keys that are integers iterate in ascending order, as MiniSearch.loadJSON rebuilds its maps.
      const entries = Object.entries(byDoc);
      const docs = new Int32Array(entries.length);
      const freqs = new Float64Array(entries.length);
      entries.forEach(([short, freq], n) => {
        docs[n] = ids.get(Number(short))!;
        freqs[n] = freq;
      });
      this.postings.set(term, { docs, freqs });
    }
    this.count = count;
    this.scores = new Float64Array(size);
    this.matched = new Uint16Array(size);
    this.firstSeen = new Int32Array(size);
  }

  /** The `k` best documents for the query terms (in query order, repeats scored again as MiniSearch scores them), as [id, score]. */
  search(terms: readonly string[], k: number): Array<[number, number]> {
    const touched: number[] = [];
    const counted = new Set<string>();
    for (const term of terms) {
      const postings = this.postings.get(term);
      if (!postings) continue;
      // A repeated query term adds its score again but is one matched term (MiniSearch's quality counts unique terms).
      const first = !counted.has(term);
      counted.add(term);
      const matching = postings.docs.length;
      const idf = Math.log(1 + (this.count - matching + 0.5) / (matching + 0.5));
      for (let n = 0; n < matching; n++) {
        const doc = postings.docs[n]!;
        const freq = postings.freqs[n]!;
        const score = idf * (DELTA + (freq * (K1 + 1)) / (freq + this.lengthFactor[doc]!));
        if (this.matched[doc] === 0) {
          this.firstSeen[doc] = touched.length;
          touched.push(doc);
          this.scores[doc] = score;
        } else {
          this.scores[doc]! += score;
        }
        if (first) this.matched[doc]!++;
      }
    }
    const best: Array<[number, number, number]> = []; // [doc, score, first seen]
    let floor = -Infinity;
    for (const doc of touched) {
      const score = this.scores[doc]! * this.matched[doc]!;
      const seen = this.firstSeen[doc]!;
      this.scores[doc] = 0;
      this.matched[doc] = 0;
      if (best.length === k && score <= floor) continue;
      let at = best.length;
      while (at > 0 && (best[at - 1]![1] < score || (best[at - 1]![1] === score && best[at - 1]![2] > seen))) at--;
      best.splice(at, 0, [doc, score, seen]);
      if (best.length > k) best.pop();
      if (best.length === k) floor = best[k - 1]![1];
    }
    return best.map(([doc, score]) => [doc, score]);
  }
}
