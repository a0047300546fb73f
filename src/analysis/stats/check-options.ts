import { KurabeError } from "../../errors.js";

/** Rejects option values the statistics cannot honour, with a message naming the option. */
export function checkCount(name: string, value: number, minimum: number): void {
  if (!Number.isInteger(value) || value < minimum) {
    throw new KurabeError("input", `${name} must be a whole number ≥ ${minimum} (got ${value})`);
  }
}

/** A probability strictly between 0 and 1: a confidence level, a significance level, a power. */
export function checkProbability(name: string, value: number): void {
  if (!(value > 0 && value < 1)) throw new KurabeError("input", `${name} must be between 0 and 1 (got ${value})`);
}
