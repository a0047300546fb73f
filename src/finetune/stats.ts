import { quantile } from "../analysis/stats/quantile.js";

/** Token-length statistics of a training file. */
export interface TokenStats {
  examples: number;
  total: number;
  mean: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  histogram: { from: number; to?: number; count: number }[];
}

/** Powers of two from 128 tokens: fine-tuning context limits (2k, 4k, 8k, …) fall on bucket edges. */
const EDGES = [0, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768];

export function tokenStats(lengths: readonly number[]): TokenStats {
  const sorted = [...lengths].sort((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  const at = (q: number) => quantile(sorted, q) ?? 0;
  const histogram = EDGES.map((from, index) => {
    const to = EDGES[index + 1];
    return { from, ...(to === undefined ? {} : { to }), count: sorted.filter((value) => value >= from && (to === undefined || value < to)).length };
  });
  while (histogram.length > 1 && histogram.at(-1)!.count === 0) histogram.pop();
  return {
    examples: sorted.length,
    total,
    mean: sorted.length ? Math.round(total / sorted.length) : 0,
    median: at(0.5),
    p95: at(0.95),
    min: sorted[0] ?? 0,
    max: sorted.at(-1) ?? 0,
    histogram,
  };
}
