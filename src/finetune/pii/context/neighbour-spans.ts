import type { Span } from "../detector.js";
import { SpanIndex } from "../span-index.js";

/** A detector's finding, beside which person-neighbours.ts looks for more names. */
export interface Finding extends Span {
  type: string;
}

/** The text around a found name in a list, for each kind of join to read the next item from. */
export interface Beside {
  shadow: string;
  /** The found name. */
  span: Span;
  /** What follows it, its honorific and a short note in brackets blanked out (峰岸 哲夫（本人）、…). */
  after: string;
  /** What precedes it, a few characters. */
  before: string;
}

/**
 * The findings of a text, which grow in place (a given name takes its surname), and the names added beside them: each
 * kind of neighbour adds a name only where no finding and no name added before holds the place, so that the kinds read
 * one text together without masking a character twice.
 */
export class NeighbourSpans {
  readonly taken: SpanIndex<Finding>;
  readonly added = new SpanIndex<Finding>();

  constructor(findings: Finding[]) {
    this.taken = new SpanIndex(findings);
  }

  /** Adds a name where nothing is yet; says whether it did. */
  add(span: Span): boolean {
    if (this.taken.overlaps(span) || this.added.overlaps(span)) return false;
    this.added.add({ ...span, type: "PERSON" });
    return true;
  }

  /**
   * Grows a found name to `extent` where no other finding stands (a surname before it, a given name after it); a name
   * added there is merged into it, the name then reaching over both (Gareth added apart, then Gareth Holloway read
   * whole): two masks sharing characters put every later mask of the text at the wrong offsets. Says whether it grew.
   */
  grow(finding: Finding, extent: Span): boolean {
    const added = this.added.overlapping(extent);
    const whole = added.reduce((all, name) => ({ start: Math.min(all.start, name.start), end: Math.max(all.end, name.end) }), extent);
    if (this.taken.overlapping(whole).some((other) => other !== finding)) return false;
    for (const name of added) this.added.remove(name);
    this.taken.grow(finding, whole);
    return true;
  }

  /** A found name inside `span` (its surname or given name masked alone, 真田 [蓮]) grows to it; else `span` is added. */
  growOrAdd(span: Span): void {
    const inside = this.taken.overlapping(span);
    if (inside.length === 1 && inside[0]!.type === "PERSON" && inside[0]!.start >= span.start && inside[0]!.end <= span.end) this.grow(inside[0]!, span);
    else this.add(span);
  }
}
