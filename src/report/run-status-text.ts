import type { Messages } from "./i18n/messages.js";

/** A run's status as every report and page shows it: an incomplete run says what it lacks. */
export function runStatusText(
  messages: Messages,
  run: { status: string; shortfall?: { results: number; pairwiseFailed: number } | undefined },
): string {
  if (run.status === "incomplete" && run.shortfall) return messages.incompleteStatus(run.shortfall.results, run.shortfall.pairwiseFailed);
  return messages.statuses[run.status] ?? run.status;
}
