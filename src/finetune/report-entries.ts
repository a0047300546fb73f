import { addCounts, increment, type ReportAction, type ReportEntry, type ReportReason } from "./report.js";
import { TextSpill } from "./text-spill.js";

/** What the counts of a build take from its entries, tallied as they are added. */
interface EntryTally {
  dropped: Partial<Record<ReportReason, number>>;
  flagged: Partial<Record<ReportReason, number>>;
  truncated: number;
  maskedExamples: number;
  masked: Record<string, number>;
  /** Entries by action. */
  actions: Partial<Record<ReportAction, number>>;
}

/**
 * Entries of each action kept in memory, and listed in report.md: a company's log has a masked row on nearly every
 * line, and a report of 150,000 lines is not read. Its counts cover them all; report.jsonl lists every one.
 */
export const ENTRIES_KEPT_PER_ACTION = 100;

/** A point to go back to (see `mark`). */
interface EntriesMark {
  records: number;
  tally: EntryTally;
  kept: Partial<Record<ReportAction, number>>;
}

/**
 * A build's report entries — one per change to an example, one per note on a file — written to a temporary file as
 * they come (each as its report.jsonl line), not held: a company log has a masked row on nearly every one of its
 * hundreds of thousands of lines. What stays in memory is the tally the counts need and the first
 * ENTRIES_KEPT_PER_ACTION of each action, which report.md lists; report.jsonl copies the lines in order. Entries put
 * before the others (`prepend`: a teacher model's notes, known once the build is done) are few and held.
 */
export class ReportEntries implements Iterable<ReportEntry> {
  private readonly head: ReportEntry[] = [];
  private readonly spill = TextSpill.open();
  private tally: EntryTally = emptyTally();
  private readonly kept: Partial<Record<ReportAction, ReportEntry[]>> = {};

  /** Entries from a list (a report built by hand, as in tests). */
  static of(entries: Iterable<ReportEntry>): ReportEntries {
    const all = new ReportEntries();
    for (const entry of entries) all.add(entry);
    return all;
  }

  add(entry: ReportEntry): void {
    this.spill.append([JSON.stringify(entry)]);
    count(this.tally, entry);
    const kept = (this.kept[entry.action] ??= []);
    if (kept.length < ENTRIES_KEPT_PER_ACTION) kept.push(entry);
  }

  /** Puts entries before all others. */
  prepend(entries: readonly ReportEntry[]): void {
    this.head.unshift(...entries);
    for (const entry of entries) count(this.tally, entry);
  }

  /** Where the entries are now, to go back to with `rollback` (a file that turns out unreadable half-way). */
  mark(): EntriesMark {
    const kept = Object.fromEntries(Object.entries(this.kept).map(([action, entries]) => [action, entries.length]));
    return { records: this.spill.length, tally: structuredClone(this.tally), kept };
  }

  /** Forgets every entry added since `mark` was taken. */
  rollback(mark: EntriesMark): void {
    this.spill.truncate(mark.records);
    this.tally = structuredClone(mark.tally);
    for (const [action, entries] of Object.entries(this.kept)) entries.length = mark.kept[action as ReportAction] ?? 0;
  }

  get length(): number {
    return this.head.length + this.spill.length;
  }

  /** The tallies of every entry. */
  counts(): Readonly<EntryTally> {
    return this.tally;
  }

  /** The first `limit` entries of an action (at most ENTRIES_KEPT_PER_ACTION), and how many it has in all. */
  first(action: ReportAction, limit = ENTRIES_KEPT_PER_ACTION): { entries: ReportEntry[]; total: number } {
    const entries = [...this.head.filter((entry) => entry.action === action), ...(this.kept[action] ?? [])].slice(0, Math.min(limit, ENTRIES_KEPT_PER_ACTION));
    return { entries, total: this.tally.actions[action] ?? 0 };
  }

  /** Every entry as its report.jsonl line (newline included), in order. */
  *jsonLines(): Iterable<string> {
    for (const entry of this.head) yield `${JSON.stringify(entry)}\n`;
    for (let record = 0; record < this.spill.length; record++) yield `${this.spill.read(record)[0]!}\n`;
  }

  *[Symbol.iterator](): Iterator<ReportEntry> {
    for (const line of this.jsonLines()) yield JSON.parse(line) as ReportEntry;
  }

  /** Every entry, read back into memory (for a small build, or a test). */
  all(): ReportEntry[] {
    return [...this];
  }

  /** Removes the temporary file; the entries cannot be read after it. */
  close(): void {
    this.spill.close();
  }
}

function emptyTally(): EntryTally {
  return { dropped: {}, flagged: {}, truncated: 0, maskedExamples: 0, masked: {}, actions: {} };
}

function count(tally: EntryTally, entry: ReportEntry): void {
  increment(tally.actions, entry.action);
  if (entry.action === "dropped") increment(tally.dropped, entry.reason);
  if (entry.action === "flagged") increment(tally.flagged, entry.reason);
  if (entry.action === "truncated") tally.truncated++;
  if (entry.action === "masked") {
    tally.maskedExamples++;
    addCounts(tally.masked, entry.pii ?? {});
  }
}
