import { checkCount } from "./check-options.js";
import { createRandom } from "./random.js";

/** Up to this many items every sign pattern is enumerated (2^16 = 65,536 patterns); above it, Monte Carlo. */
export const EXACT_SIGN_FLIP_LIMIT = 16;

export interface SignFlipOptions {
  seed: number;
  /** Random sign patterns when there are more than EXACT_SIGN_FLIP_LIMIT items (default 2000). */
  resamples?: number;
}

export interface SignFlipResult {
  pValue: number;
  /** Every sign pattern was enumerated (no Monte Carlo error). */
  exact: boolean;
}

/**
 * Two-sided paired permutation test of "a and b score the same on average" (Fisher 1935, "The Design of Experiments",
 * §21, on Darwin's paired plants): under the null each item's
 * difference is as likely to have either sign, so p is the share of sign patterns whose |Σ dᵢ| is at least the
 * observed one. Exact up to EXACT_SIGN_FLIP_LIMIT items; beyond, Monte Carlo with the +1 correction
 * p = (1 + hits) / (1 + resamples), which never reports 0 (Phipson & Smyth 2010, "Permutation p-values should never
 * be zero", Stat Appl Genet Mol Biol 9(1)). No differences: p = 1.
 */
export function signFlipTest(differences: readonly number[], options: SignFlipOptions): SignFlipResult {
  const { seed, resamples = 2000 } = options;
  checkCount("resamples", resamples, 1);
  const n = differences.length;
  let observed = 0;
  let scale = 0;
  for (const d of differences) {
    observed += d;
    scale += Math.abs(d);
  }
  // Patterns that tie the observed statistic must count as "at least as extreme" despite rounding.
  const threshold = Math.abs(observed) - 1e-10 * scale;

  if (n <= EXACT_SIGN_FLIP_LIMIT) {
    const patterns = 2 ** n;
    let hits = 0;
    for (let mask = 0; mask < patterns; mask += 1) {
      let sum = 0;
      for (let i = 0; i < n; i += 1) sum += mask & (1 << i) ? -(differences[i] as number) : (differences[i] as number);
      if (Math.abs(sum) >= threshold) hits += 1;
    }
    return { pValue: hits / patterns, exact: true };
  }

  const random = createRandom(seed);
  let hits = 0;
  for (let r = 0; r < resamples; r += 1) {
    let sum = 0;
    for (const d of differences) sum += random.next() < 0.5 ? -d : d;
    if (Math.abs(sum) >= threshold) hits += 1;
  }
  return { pValue: (1 + hits) / (1 + resamples), exact: false };
}
