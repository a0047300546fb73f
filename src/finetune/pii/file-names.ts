import { foldWidth } from "./fold-width.js";
import { applyFindings, repeatAt, type MaskResult, type PiiFinding } from "./mask-pii.js";

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

/**
 * The names compiled once into one matcher for every text of a log: each name listed under its first two UTF-16
 * units (every name spread has two characters or more), longest first, and a table of first units that rules out most
 * characters at once, so that a text is read once whatever the number of names (not once per name).
 */
export class NameMatcher {
  private readonly byPrefix = new Map<number, string[]>();
  private readonly firstUnits = new Uint8Array(0x10000);

  constructor(names: Iterable<string>) {
    for (const name of names) {
      if (name.length < 2) continue;
      const key = prefixKey(name, 0);
      const listed = this.byPrefix.get(key);
      if (listed) listed.push(name);
      else this.byPrefix.set(key, [name]);
      this.firstUnits[name.charCodeAt(0)] = 1;
    }
    for (const listed of this.byPrefix.values()) listed.sort((a, b) => b.length - a.length);
  }

  /**
   * The text with every repeat of a name masked as `[PERSON]`, as maskInquiryRows masks a small log's (repeatAt: a whole
   * word, not a firm's), and those findings; read width-folded, like the names. Already masked text holds
   * placeholders only (`[EMAIL]`), which no name matches.
   */
  mask(text: string): MaskResult {
    const shadow = foldWidth(text);
    const findings: PiiFinding[] = [];
    for (let at = 0; at + 1 < shadow.length; at++) {
      if (this.firstUnits[shadow.charCodeAt(at)] === 0) continue;
      const listed = this.byPrefix.get(prefixKey(shadow, at));
      if (listed === undefined) continue;
      for (const name of listed) {
        if (!shadow.startsWith(name, at)) continue;
        const repeat = repeatAt(shadow, at, name, "PERSON", findings);
        if (repeat === undefined) continue;
        findings.push(repeat);
        at = repeat.end - 1;
        break;
      }
    }
    return applyFindings(text, findings);
  }
}

const prefixKey = (text: string, at: number): number => text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
