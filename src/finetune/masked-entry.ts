import type { ReportEntry } from "./report.js";

/**
 * A masked row's report entry. Rows of a log share a few combinations of kinds and counts: their detail and counts
 * are one frozen object per combination, not one per row (a 158,405-row log has 144,527 masked rows).
 */
export function maskedEntry(id: string, found: Record<string, number>): ReportEntry {
  const detail = Object.entries(found).map(([type, count]) => `[${type}]×${count}`).join(", ");
  let shared = MASKED_DETAILS.get(detail);
  if (shared === undefined) {
    shared = { detail, pii: Object.freeze({ ...found }) };
    if (MASKED_DETAILS.size < 10_000) MASKED_DETAILS.set(detail, shared);
  }
  return { id, action: "masked", reason: "pii", detail: shared.detail, pii: shared.pii };
}
const MASKED_DETAILS = new Map<string, { detail: string; pii: Readonly<Record<string, number>> }>();
