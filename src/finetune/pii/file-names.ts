import { foldWidth } from "./fold-width.js";
import { addNeighbours, applyFindings, type MaskResult } from "./mask-pii.js";
import { repeatStands } from "./ids/repeated-personal-ids.js";
import { RepeatMatcher } from "./names/name-repeats.js";

/**
 * Distinct names a large log's rows spread (maskInquiryRow's), kept for its second pass: 100,000 names are a few MB. A
 * log of more distinct people than that spreads the first ones only, and its report says so (spread-names.ts).
 */
export const MAX_FILE_NAMES = 100_000;
/**
 * Distinct personal IDs a large log's rows spread (idsToSpread's), kept alike: a million-row log of one applicant a row
 * would hold a million; the first 100,000 (a few MB) spread, later ones are masked within their own row only, and the
 * report says so.
 */
export const MAX_FILE_IDS = 100_000;

/** The names and personal IDs a large log's rows found to mask in its other rows, in the order of its rows, at most `limit` of each. */
export class FileNames {
  readonly names = new Set<string>();
  readonly ids = new Set<string>();
  /** A name came after the set was full: it is masked within its own row only. */
  capped = false;
  /** An ID came after its set was full: likewise. */
  idsCapped = false;

  constructor(
    readonly limit = MAX_FILE_NAMES,
    readonly idLimit = MAX_FILE_IDS,
  ) {}

  add(names: readonly string[], ids: readonly string[] = []): void {
    this.capped = addUpTo(this.names, names, this.limit) || this.capped;
    this.idsCapped = addUpTo(this.ids, ids, this.idLimit) || this.idsCapped;
  }
}

/** Adds `values` to `set` while it holds fewer than `limit`; whether a new one was left out. */
function addUpTo(set: Set<string>, values: readonly string[], limit: number): boolean {
  let left = false;
  for (const value of values) {
    if (set.size < limit) set.add(value);
    else if (!set.has(value)) left = true;
  }
  return left;
}

/**
 * The names and personal IDs compiled once into one matcher (RepeatMatcher) for every text of a large log, as a small
 * log's are.
 */
export class NameMatcher {
  private readonly repeats: RepeatMatcher;

  constructor(names: Iterable<string>, ids: ReadonlySet<string> = new Set()) {
    this.repeats = new RepeatMatcher([...names, ...ids], (value) => (ids.has(value) ? "PERSONAL_ID" : "PERSON"), repeatStands);
  }

  /**
   * The text with every repeat of a name masked as `[PERSON]` and of an ID as `[PERSONAL_ID]`, and the names beside a
   * repeat, as maskInquiryRows masks a small log's, and those findings; read width-folded, like the values. Already
   * masked text holds placeholders only (`[EMAIL]`), which no value matches.
   */
  mask(text: string): MaskResult {
    const shadow = foldWidth(text);
    const found = this.repeats.find(shadow, []);
    if (found.length > 0) addNeighbours(shadow, found);
    return applyFindings(text, found);
  }
}
