import { checkProbability } from "./check-options.js";
import { normalQuantile } from "./normal-quantile.js";

export interface PowerOptions {
  /** Two-sided significance level (default 0.05). */
  alpha?: number;
  /** Chance of detecting a true gap of the given size (default 0.8). */
  power?: number;
}

/**
 * Items needed for a paired test to detect a mean difference `difference` when per-item differences have standard
 * deviation `sd` (normal approximation, e.g. Chow, Shao & Wang 2008, "Sample Size Calculations in Clinical
 * Research", §3.1): n = ((z_{1−α/2} + z_{power}) · sd / |difference|)², rounded up, at least 1. Undefined when the
 * difference is 0 or either input is not a finite number.
 */
export function pairedItemsNeeded(difference: number, sd: number, options: PowerOptions = {}): number | undefined {
  const { alpha = 0.05, power = 0.8 } = options;
  checkProbability("alpha", alpha);
  checkProbability("power", power);
  if (!Number.isFinite(difference) || !Number.isFinite(sd) || difference === 0) return undefined;
  const z = normalQuantile(1 - alpha / 2) + normalQuantile(power);
  return roundUp(((z * sd) / difference) ** 2);
}

/**
 * Items needed for McNemar's test to detect the gap between discordant proportions p10 (a passes, b fails) and p01
 * (Connor 1987, "Sample size for testing differences in proportions for the paired-sample design", Biometrics
 * 43:207–211): with ψ = p10 + p01 and δ = p10 − p01, n = (z_{1−α/2}·√ψ + z_{power}·√(ψ − δ²))² / δ², rounded up.
 * Undefined when δ = 0.
 */
export function mcnemarItemsNeeded(p10: number, p01: number, options: PowerOptions = {}): number | undefined {
  const { alpha = 0.05, power = 0.8 } = options;
  checkProbability("alpha", alpha);
  checkProbability("power", power);
  const discordant = p10 + p01;
  const delta = p10 - p01;
  if (!Number.isFinite(delta) || delta === 0) return undefined;
  const root =
    normalQuantile(1 - alpha / 2) * Math.sqrt(discordant) +
    normalQuantile(power) * Math.sqrt(Math.max(0, discordant - delta * delta));
  return roundUp((root * root) / (delta * delta));
}

/** Ceiling that forgives float noise (31.000000000004 items is 31), and never fewer than one item. */
function roundUp(n: number): number {
  return Math.max(1, Math.ceil(n - 1e-9));
}
