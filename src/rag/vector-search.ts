/**
 * Unit-length vectors stored back to back in one Float32Array: cosine similarity is then a dot product, and a
 * brute-force scan of 100,000 × 384 floats takes milliseconds (bench/rag-retrieval.ts), so no approximate index.
 */
export interface VectorMatrix {
  dimensions: number;
  count: number;
  data: Float32Array;
}

/** Scales a vector to unit length (a zero vector stays zero: it matches nothing). */
export function normalize(vector: ArrayLike<number>): Float32Array {
  let norm = 0;
  for (let i = 0; i < vector.length; i++) norm += vector[i]! * vector[i]!;
  norm = Math.sqrt(norm);
  const out = new Float32Array(vector.length);
  if (norm > 0) for (let i = 0; i < vector.length; i++) out[i] = vector[i]! / norm;
  return out;
}

/** Packs vectors (normalised here) into one matrix; every vector must have the same length. */
export function toMatrix(vectors: readonly ArrayLike<number>[]): VectorMatrix {
  const dimensions = vectors[0]?.length ?? 0;
  const data = new Float32Array(vectors.length * dimensions);
  vectors.forEach((vector, row) => {
    if (vector.length !== dimensions) throw new RangeError(`vector ${row} has ${vector.length} dimensions, not ${dimensions}`);
    data.set(normalize(vector), row * dimensions);
  });
  return { dimensions, count: vectors.length, data };
}

/** The `k` rows most similar to the query by cosine, best first, as [row, similarity]; ties keep row order. */
export function nearestRows(matrix: VectorMatrix, query: ArrayLike<number>, k: number): Array<[number, number]> {
  const unit = normalize(query);
  const { dimensions, count, data } = matrix;
  if (unit.length !== dimensions) throw new RangeError(`query has ${unit.length} dimensions, the index ${dimensions}`);
  // A running top-k kept sorted: k is small (a prompt's worth of passages), so insertion beats a heap here.
  const best: Array<[number, number]> = [];
  for (let row = 0; row < count; row++) {
    let dot = 0;
    const offset = row * dimensions;
    for (let i = 0; i < dimensions; i++) dot += data[offset + i]! * unit[i]!;
    if (best.length === k && dot <= best[k - 1]![1]) continue;
    let at = best.length;
    while (at > 0 && best[at - 1]![1] < dot) at--;
    best.splice(at, 0, [row, dot]);
    if (best.length > k) best.pop();
  }
  return best;
}
