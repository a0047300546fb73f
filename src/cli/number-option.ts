import { KurabeError } from "../errors.js";

/** A numeric command-line option, checked: a clear input error (exit 2) names the option and what it expected. */
export function numberOption(value: string, field: string, check: (n: number) => boolean, expected: string): number {
  const parsed = Number(value);
  if (value.trim() === "" || !Number.isFinite(parsed) || !check(parsed)) {
    throw new KurabeError("input", `expected ${expected}, got ${JSON.stringify(value)}`, { field });
  }
  return parsed;
}

export const positiveInteger = (value: string, field: string) =>
  numberOption(value, field, (n) => Number.isInteger(n) && n > 0, "a positive whole number");

/** `--revision N` of the commands that read a run: a scoring revision (1 is the run's own scoring). */
export const revisionOption = (value: string) => positiveInteger(value, "--revision");

/** A TCP port to listen on; 0 picks a free one. */
export const portOption = (value: string) =>
  numberOption(value, "--port", (n) => Number.isInteger(n) && n >= 0 && n <= 65535, "a port from 0 to 65535");

/** A score threshold: a fraction from 0 to 1 or a percentage ("0.7" or "70%"), the same for every command. */
export function scoreOption(value: string, field: string): number {
  const text = value.trim();
  const digits = text.endsWith("%") ? text.slice(0, -1).trim() : text;
  const score = Number(digits) / (digits === text ? 1 : 100);
  if (digits === "" || !Number.isFinite(score) || score < 0 || score > 1) {
    throw new KurabeError("input", `expected a score from 0 to 1 or a percentage such as 70%, got ${JSON.stringify(value)}`, { field });
  }
  return score;
}
