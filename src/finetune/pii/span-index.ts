import type { Span } from "./detector.js";

/**
 * The spans taken from one text (what its detectors found so far), asked whether a span shares a character with any of
 * them — `spans.some((other) => span.start < other.end && other.start < span.end)` — without reading them all. A long
 * text (a document of several MB, a log's rows joined) holds tens of thousands of findings, and each candidate of each
 * detector asked this of every one of them: masking grew with the square of the text's length.
 *
 * A few spans (a row's) are read one by one. Past that, the logarithmic method: runs sorted by start, of sizes that
 * differ, a new span a run of one, two runs of a size merged into one; each run keeps, at each place, the furthest end
 * of the spans up to it. A query bisects each run to the last span starting before its end and asks whether one up to
 * it reaches past its start: exact whatever the spans' lengths and whether they overlap each other. n spans cost
 * n log n to add, a query log² n.
 */
export class SpanIndex<T extends Span = Span> {
  /** The spans, in the order they were added. */
  readonly list: T[] = [];
  /** Empty until the spans are more than a few. */
  private readonly runs: Run<T>[] = [];

  constructor(spans: Iterable<T> = []) {
    for (const span of spans) this.list.push(span);
    if (this.list.length > FEW) this.runs.push(runOf(this.list.map((span) => [span.start, span.end, span] as const)));
  }

  add(span: T): void {
    this.list.push(span);
    if (this.list.length === FEW + 1) this.runs.push(runOf(this.list.map((item) => [item.start, item.end, item] as const)));
    else if (this.list.length > FEW) this.index(span);
  }

  /**
   * A span of the index that grows where it stands (a name that takes its surname before it): its new extent is indexed
   * too, and the old one, inside the new, changes no answer.
   */
  grow(span: T, extent: Span): void {
    if (extent.start > span.start || extent.end < span.end) throw new RangeError("a span grows, it never shrinks");
    span.start = extent.start;
    span.end = extent.end;
    if (this.runs.length > 0) this.index(span);
  }

  /** Takes a span out of the index: rare (a name merged into another), so the runs are built again from the list. */
  remove(span: T): void {
    const at = this.list.indexOf(span);
    if (at < 0) return;
    this.list.splice(at, 1);
    this.runs.length = 0;
    if (this.list.length > FEW) this.runs.push(runOf(this.list.map((item) => [item.start, item.end, item] as const)));
  }

  /** Whether `span` shares a character with any span of the index. */
  overlaps(span: Span): boolean {
    if (this.runs.length === 0) return this.list.some((other) => meets(span, other));
    for (const run of this.runs) {
      const last = lastStartBefore(run, span.end);
      if (last >= 0 && run.reach[last]! > span.start) return true;
    }
    return false;
  }

  /** The spans of the index that share a character with `span`, each once, in no particular order. */
  overlapping(span: Span): T[] {
    if (this.runs.length === 0) return this.list.filter((other) => meets(span, other));
    const found = new Set<T>();
    for (const run of this.runs) {
      for (let at = lastStartBefore(run, span.end); at >= 0 && run.reach[at]! > span.start; at--) {
        if (run.ends[at]! > span.start) found.add(run.items[at]!);
      }
    }
    return [...found];
  }

  private index(span: T): void {
    let run = runOf([[span.start, span.end, span]]);
    while (this.runs.length > 0 && this.runs[this.runs.length - 1]!.starts.length <= run.starts.length) run = merged(this.runs.pop()!, run);
    this.runs.push(run);
  }
}

/** Up to this many spans are read one by one: building runs for a row's findings costs more than reading them. */
const FEW = 16;

const meets = (span: Span, other: Span): boolean => span.start < other.end && other.start < span.end;

/** Spans sorted by start, as they were when indexed (a span that grows is indexed again), and the furthest end so far. */
interface Run<T> {
  starts: number[];
  ends: number[];
  reach: number[];
  items: T[];
}

function runOf<T>(entries: (readonly [number, number, T])[]): Run<T> {
  entries.sort((a, b) => a[0] - b[0]);
  return withReach(
    entries.map((entry) => entry[0]),
    entries.map((entry) => entry[1]),
    entries.map((entry) => entry[2]),
  );
}

function merged<T>(a: Run<T>, b: Run<T>): Run<T> {
  const starts: number[] = [];
  const ends: number[] = [];
  const items: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.starts.length || j < b.starts.length) {
    const from = j >= b.starts.length || (i < a.starts.length && a.starts[i]! <= b.starts[j]!) ? a : b;
    const at = from === a ? i++ : j++;
    starts.push(from.starts[at]!);
    ends.push(from.ends[at]!);
    items.push(from.items[at]!);
  }
  return withReach(starts, ends, items);
}

function withReach<T>(starts: number[], ends: number[], items: T[]): Run<T> {
  const reach: number[] = [];
  let furthest = -Infinity;
  for (const end of ends) reach.push((furthest = Math.max(furthest, end)));
  return { starts, ends, reach, items };
}

/** The index of the last span of the run that starts before `end`, or -1. */
function lastStartBefore(run: Run<unknown>, end: number): number {
  let low = 0;
  let high = run.starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (run.starts[middle]! < end) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
