/**
 * kurabe's one quantile definition, used by every median, p50, p95 and percentile interval it prints: linear
 * interpolation between order statistics (Hyndman & Fan 1996, "Sample quantiles in statistical packages",
 * definition 7; the R, NumPy and pandas default). So the median of [1, 2, 3, 4] is 2.5 everywhere.
 */

/** The q-quantile of values already sorted ascending. NaN for no values. */
export function quantileOfSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const position = (n - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, n - 1);
  const lower = sorted[below] as number;
  const upper = sorted[above] as number;
  return lower === upper ? lower : lower + (position - below) * (upper - lower);
}

/** The q-quantile of values in any order (they are copied, not sorted in place); null for no values. */
export function quantile(values: ArrayLike<number>, q: number): number | null {
  if (values.length === 0) return null;
  return quantileOfSorted(Float64Array.from(values).sort(), q);
}
