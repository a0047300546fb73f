import { foldWidth } from "./fold-width.js";
import { addNeighbours, applyFindings, type MaskResult } from "./mask-pii.js";
import { RepeatMatcher } from "./names/name-repeats.js";

/**
 * Distinct names a large log's rows spread (maskInquiryRow's), kept for its second pass: 100,000 names are a few MB. A
 * log of more distinct people than that spreads the first ones only, and its report says so (spread-names.ts).
 */
export const MAX_FILE_NAMES = 100_000;

/** The names a large log's rows found to mask in its other rows, in the order of its rows, at most `limit`. */
export class FileNames {
  readonly names = new Set<string>();
  /** A name came after the set was full: it is masked within its own row only. */
  capped = false;

  constructor(readonly limit = MAX_FILE_NAMES) {}

  add(names: readonly string[]): void {
    for (const name of names) {
      if (this.names.size < this.limit) this.names.add(name);
      else if (!this.names.has(name)) this.capped = true;
    }
  }
}

/** The names compiled once into one matcher (RepeatMatcher) for every text of a large log, as a small log's are. */
export class NameMatcher {
  private readonly repeats: RepeatMatcher;

  constructor(names: Iterable<string>) {
    this.repeats = new RepeatMatcher(names, () => "PERSON");
  }

  /**
   * The text with every repeat of a name masked as `[PERSON]`, and the names beside a repeat, as maskInquiryRows masks
   * a small log's, and those findings; read width-folded, like the names. Already masked text holds placeholders only
   * (`[EMAIL]`), which no name matches.
   */
  mask(text: string): MaskResult {
    const shadow = foldWidth(text);
    const found = this.repeats.find(shadow, []);
    if (found.length > 0) addNeighbours(shadow, found);
    return applyFindings(text, found);
  }
}
