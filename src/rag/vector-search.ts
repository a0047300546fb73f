import { dotsKernel, type DotsKernel } from "./dot-product-kernel.js";

/**
 * The vectors of a collection, built once per run and searched per question. `data` holds the unit vectors
 * (float32, row after row): cosine similarity is their dot product with the unit query. A scan of 100,000 × 384
 * floats in JavaScript takes longer than a question should wait, so the scan runs over int8 copies of the rows
 * (scalar quantisation, one scale per row) in a WebAssembly SIMD kernel, and only the rows whose similarity could
 * still reach the top k, given each row's bound on the quantisation error, are scored again in float: the result
 * is the exact brute-force top k (bench/rag-retrieval.ts measures it against the plain scan).
 */
export interface VectorMatrix {
  dimensions: number;
  count: number;
  data: Float32Array;
  /** The int8 scan: rows, per-row scales and error bounds, and the buffers the kernel writes to. */
  scan: QuantizedRows;
}

interface QuantizedRows {
  /** Bytes per int8 row (dimensions rounded up to a multiple of 16, padded with zeros). */
  stride: number;
  /** Row r ≈ rows[r] × scale[r]. */
  scale: Float32Array;
  /** ‖row r − its int8 copy × scale‖₂: how far any similarity read from the copy can be off (Cauchy–Schwarz). */
  error: Float64Array;
  query: Int16Array;
  dots: Int32Array;
  /** Per-query scratch: each row's similarity read from the int8 copy, and its error bound. */
  approx: Float64Array;
  bound: Float64Array;
  queryAt: number;
  dotsAt: number;
  kernel: DotsKernel;
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

const PAGE = 65_536;
const INT8_MAX = 127;
/** The query is quantised to int16 with headroom: 384 × 127 × 16,383 products still fit an int32 sum. */
const QUERY_MAX = 16_383;

const maxAbs = (values: ArrayLike<number>): number => {
  let max = 0;
  for (let i = 0; i < values.length; i++) max = Math.max(max, Math.abs(values[i]!));
  return max;
};

/** Packs vectors (normalised here) into one matrix; every vector must have the same length. */
export function toMatrix(vectors: readonly ArrayLike<number>[]): VectorMatrix {
  const dimensions = vectors[0]?.length ?? 0;
  const count = vectors.length;
  const data = new Float32Array(count * dimensions);
  vectors.forEach((vector, row) => {
    if (vector.length !== dimensions) throw new RangeError(`vector ${row} has ${vector.length} dimensions, not ${dimensions}`);
    data.set(normalize(vector), row * dimensions);
  });
  return { dimensions, count, data, scan: quantize(data, count, dimensions) };
}

function quantize(data: Float32Array, count: number, dimensions: number): QuantizedRows {
  const stride = Math.max(16, Math.ceil(dimensions / 16) * 16);
  // Memory: int8 rows, then the int16 query, then one int32 per row; each part 16-byte aligned.
  const queryAt = Math.ceil((count * stride) / 16) * 16;
  const dotsAt = queryAt + stride * 2;
  const memory = new WebAssembly.Memory({ initial: Math.max(1, Math.ceil((dotsAt + count * 4) / PAGE)) });
  const rows = new Int8Array(memory.buffer, 0, count * stride);
  const scale = new Float32Array(count);
  const error = new Float64Array(count);
  for (let row = 0; row < count; row++) {
    const vector = data.subarray(row * dimensions, (row + 1) * dimensions);
    const step = maxAbs(vector) / INT8_MAX;
    scale[row] = step;
    let squared = 0;
    for (let i = 0; i < dimensions; i++) {
      const q = step === 0 ? 0 : Math.round(vector[i]! / step);
      rows[row * stride + i] = q;
      squared += (vector[i]! - q * scale[row]!) ** 2;
    }
    error[row] = Math.sqrt(squared);
  }
  return {
    stride,
    scale,
    error,
    query: new Int16Array(memory.buffer, queryAt, stride),
    dots: new Int32Array(memory.buffer, dotsAt, count),
    approx: new Float64Array(count),
    bound: new Float64Array(count),
    queryAt,
    dotsAt,
    kernel: dotsKernel(memory),
  };
}

/** The `k` rows most similar to the query by cosine, best first, as [row, similarity]; ties keep row order. */
export function nearestRows(matrix: VectorMatrix, query: ArrayLike<number>, k: number): Array<[number, number]> {
  const { dimensions, count, data, scan } = matrix;
  if (query.length !== dimensions) throw new RangeError(`query has ${query.length} dimensions, the index ${dimensions}`);
  const unit = normalize(query);
  const step = maxAbs(unit) / QUERY_MAX;
  let queryError = 0;
  let queryNorm = 0;
  for (let i = 0; i < dimensions; i++) {
    const q = step === 0 ? 0 : Math.round(unit[i]! / step);
    scan.query[i] = q;
    queryError += (unit[i]! - q * step) ** 2;
    queryNorm += (q * step) ** 2;
  }
  scan.kernel(0, scan.queryAt, scan.dotsAt, count, scan.stride);

  // |row·unit − approx| ≤ e_row·‖q‖ + ‖row‖·e_query with ‖row‖ = 1, plus float rounding; a row is a candidate
  // unless its upper bound is below the k-th best lower bound.
  const slack = Math.sqrt(queryError) + 1e-5;
  const spread = Math.sqrt(queryNorm);
  const { dots, scale, error, approx, bound } = scan;
  const lowest = new Float64Array(Math.min(k, count)).fill(-Infinity); // the k best lower bounds, ascending
  for (let row = 0; row < count; row++) {
    const estimate = dots[row]! * scale[row]! * step;
    const margin = error[row]! * spread + slack;
    approx[row] = estimate;
    bound[row] = margin;
    const lower = estimate - margin;
    if (lower <= lowest[0]!) continue;
    let at = 0;
    while (at + 1 < lowest.length && lowest[at + 1]! < lower) {
      lowest[at] = lowest[at + 1]!;
      at++;
    }
    lowest[at] = lower;
  }
  const floor = k >= count ? -Infinity : lowest[0]!;
  const exact = new Map<number, number>();
  for (let row = 0; row < count; row++) {
    if (approx[row]! + bound[row]! < floor) continue;
    let dot = 0;
    const offset = row * dimensions;
    for (let i = 0; i < dimensions; i++) dot += data[offset + i]! * unit[i]!;
    exact.set(row, dot);
  }
  return topK(exact, k);
}

/**
 * The `k` largest scores, best first, ties in index order: one pass keeping a sorted list of k, since k is a
 * prompt's worth of passages and most scores fall below the k-th at once (no sort of every row).
 */
export function topK(scores: ArrayLike<number> | ReadonlyMap<number, number>, k: number): Array<[number, number]> {
  const best: Array<[number, number]> = [];
  let floor = -Infinity;
  const consider = (row: number, score: number) => {
    if (best.length === k && score <= floor) return;
    let at = best.length;
    while (at > 0 && (best[at - 1]![1] < score || (best[at - 1]![1] === score && best[at - 1]![0] > row))) at--;
    best.splice(at, 0, [row, score]);
    if (best.length > k) best.pop();
    if (best.length === k) floor = best[k - 1]![1];
  };
  if (scores instanceof Map) for (const [row, score] of scores) consider(row, score);
  else for (let row = 0; row < (scores as ArrayLike<number>).length; row++) consider(row, (scores as ArrayLike<number>)[row]!);
  return best;
}
