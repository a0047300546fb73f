import { KurabeError, type ErrorCode } from "../errors.js";

/** A run ended with results that have no answer or no score (infrastructure errors); resuming can finish it. */
export const RUN_INCOMPLETE = 3;

/** A CI gate failed (a significant regression, or a score under --min-score). */
export const GATE_FAILED = 4;

/** The one place where error codes become exit statuses. */
const EXIT_STATUS: Record<ErrorCode, number> = {
  config: 2,
  input: 2,
  provider: 1,
  sandbox: 1,
  scorer: 1,
  store: 1,
  download: 1,
  interrupted: 130,
  internal: 1,
};

export function exitStatusFor(error: unknown): number {
  return error instanceof KurabeError ? EXIT_STATUS[error.code] : 1;
}

export function describeError(error: unknown): string {
  if (error instanceof KurabeError) return `kurabe: ${error.describe()}`;
  return `kurabe: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}
