import { KurabeError } from "../errors.js";

/** Samples drawn for one problem and how many of them passed. */
export interface ProblemSamples {
  n: number;
  c: number;
}

/**
 * The unbiased pass@k estimate for one problem (Chen et al. 2021, "Evaluating Large Language Models Trained on
 * Code", §2.1): 1 − C(n−c, k) / C(n, k), the chance that k samples drawn without replacement from the n contain a
 * correct one. Computed in the paper's numerically stable product form 1 − ∏_{i=n−c+1..n} (1 − k/i), so large n
 * never overflows. Throws KurabeError("input") when k > n or the counts are not 0 ≤ c ≤ n.
 */
export function passAtK(n: number, c: number, k: number): number {
  checkCounts(n, c, k);
  if (n - c < k) return 1;
  let allFail = 1;
  for (let i = n - c + 1; i <= n; i += 1) allFail *= 1 - k / i;
  return 1 - allFail;
}

/** pass@k over a set of problems: the mean of the per-problem estimates. NaN for no problems. */
export function meanPassAtK(problems: readonly ProblemSamples[], k: number): number {
  if (problems.length === 0) return Number.NaN;
  let sum = 0;
  for (const { n, c } of problems) sum += passAtK(n, c, k);
  return sum / problems.length;
}

function checkCounts(n: number, c: number, k: number): void {
  if (!Number.isInteger(n) || !Number.isInteger(c) || !Number.isInteger(k)) {
    throw new KurabeError("input", `pass@k needs whole numbers (n=${n}, c=${c}, k=${k})`);
  }
  if (k < 1) throw new KurabeError("input", `pass@k needs k ≥ 1 (got k=${k})`);
  if (c < 0 || c > n) throw new KurabeError("input", `pass@k: correct samples c=${c} must be between 0 and n=${n}`);
  if (k > n) throw new KurabeError("input", `pass@${k} needs at least ${k} samples per problem, but a problem has n=${n}`);
}
