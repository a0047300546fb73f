/** The base seed every report statistic derives its own from: the same store gives the same intervals. */
export const DEFAULT_REPORT_SEED = 20_241_128;

/**
 * A seed for one statistic (e.g. one model × suite), derived from the base seed and the names it is about with
 * 32-bit FNV-1a (Fowler–Noll–Vo), so adding a model or suite leaves every other interval unchanged.
 */
export function seedFor(base: number, ...names: string[]): number {
  let hash = 0x811c9dc5 ^ (base >>> 0);
  for (const char of names.join("\u0000")) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * Bootstrap resamples for a statistic over `items` items: 2,000 while that stays under ~4 million draws, then
 * fewer, never under 1,000 (Efron & Tibshirani 1993, "An Introduction to the Bootstrap": about 1,000 suffice for
 * percentile intervals). Keeps a 100,000-result report within seconds; the cut only ever applies to large suites.
 */
export function resamplesFor(items: number): number {
  return Math.max(1000, Math.min(2000, Math.floor(4_000_000 / Math.max(1, items))));
}
