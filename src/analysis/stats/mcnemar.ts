import { KurabeError } from "../../errors.js";

/**
 * McNemar's test in its exact form (McNemar 1947; exact conditional version as in Fagerland, Lydersen & Laake 2013,
 * "The McNemar test for binary matched-pairs data", BMC Med Res Methodol 13:91): given b + c discordant pairs, b is
 * Binomial(b + c, ½) under "no difference"; two-sided p = min(1, 2 · P(X ≤ min(b, c))). b = c = 0 gives 1.
 * Summed in log space, so thousands of discordant pairs neither underflow nor lose precision.
 */
export function mcnemarExact(b: number, c: number): number {
  if (!Number.isInteger(b) || !Number.isInteger(c) || b < 0 || c < 0) {
    throw new KurabeError("input", `McNemar's test needs whole discordant counts ≥ 0 (got b=${b}, c=${c})`);
  }
  const n = b + c;
  const k = Math.min(b, c);
  // log C(n, i) − n·ln 2 for i = 0..k; these rise with i (k ≤ n/2), so the last term is the largest.
  const logTerms: number[] = [];
  let logChoose = 0;
  for (let i = 0; i <= k; i += 1) {
    if (i > 0) logChoose += Math.log(n - i + 1) - Math.log(i);
    logTerms.push(logChoose - n * Math.LN2);
  }
  const largest = logTerms[k] as number;
  let scaled = 0;
  for (const term of logTerms) scaled += Math.exp(term - largest);
  return Math.min(1, 2 * Math.exp(largest) * scaled);
}
