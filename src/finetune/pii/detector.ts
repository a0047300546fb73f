import { type CuedGate, cuedGate, gateHolds } from "./gate-cues.js";
import type { SpanIndex } from "./span-index.js";

/** A span of text, by UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/**
 * One kind of personal data or secret. `find` reads the width-folded shadow of the text (see fold-width.ts) and
 * returns the spans to mask; `type` is the kind's name and its placeholder (`[EMAIL]`). The built-in kinds are
 * listed in pii-kinds.ts; a company's own kinds (kurabe.yaml `pii:`) carry the names it gives them. `found`, where
 * given, is what the detectors before it took (in the order taken, `found.list`): a costly detector skips what is masked
 * already.
 */
export interface PiiDetector {
  type: string;
  find(shadow: string, found?: SpanIndex<Found>): readonly Span[];
  /**
   * A pattern gate `find` checks first (see `gated`), shown so that the masking pass can skip the detector where the
   * text holds none of the gate's cue; a detector that reads only its inner detector's spans passes the inner gate on.
   */
  readonly gate?: CuedGate;
}

/**
 * The spans of a detector that does not read the text (its gate does not hold): one shared list, never changed (`find`
 * gives a readonly list). A gate fails for most detectors on most texts, and a new `[]` at each was a quarter of the
 * masking threads' allocations. Not frozen: V8 iterates a frozen array on a slower path.
 */
export const NO_SPANS: readonly Span[] = [];

/** A span a detector before took, with its kind where the caller knows it (masking does). */
export interface Found extends Span {
  type?: string;
}

/**
 * A pattern (it must have the `g` and `d` flags), narrowed to its `secret` group when it has one (the password of
 * `https://user:pass@host`, the value after `?token=`), and kept only where `accept` agrees.
 */
export function patternDetector(
  type: string,
  pattern: RegExp,
  accept: (match: RegExpExecArray, shadow: string) => boolean = () => true,
): PiiDetector {
  return {
    type,
    find(shadow) {
      const spans: Span[] = [];
      for (const match of matchesOf(pattern, shadow)) {
        if (!accept(match, shadow)) continue;
        const [start, end] = match.indices?.groups?.secret ?? match.indices![0]!;
        spans.push({ start, end });
      }
      return spans;
    },
  };
}

/**
 * Every match of a global pattern, as `text.matchAll(pattern)` gives them, by `exec` on the pattern itself: matchAll
 * copies the pattern (a new RegExp) at each call, and a build calls each pattern on every text of a log and of its
 * outputs whose gate holds. The pattern's `lastIndex` is 0 before and after (detectors' patterns are their own).
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches.push(match);
    if (match[0] === "") pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode);
  }
  pattern.lastIndex = 0;
  return matches;
}

/**
 * The `name` group of each match of a global pattern (flags `g` and `d`) where `accept` holds for its text: the shape of
 * most name rules, a pattern for where a name stands and a test of what it is.
 */
export function nameGroupSpans(pattern: RegExp, text: string, accept: (name: string) => boolean): Span[] {
  return matchesOf(pattern, text).flatMap((match) => {
    const [start, end] = match.indices!.groups!.name!;
    return accept(match.groups!.name!) ? [{ start, end }] : [];
  });
}

/** The index after the character at `index` (a surrogate pair is one in a Unicode pattern), as matchAll steps past an empty match. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/**
 * One detector a kind over findings made once a text: `findAll` reads a text for every kind at once (a table's columns,
 * a transcript's answers), and the kinds' detectors, which meet the same text one after the other, each take theirs.
 */
export function detectorsOverOneFinding(types: readonly string[], findAll: (shadow: string) => ReadonlyMap<string, Span[]>): PiiDetector[] {
  let last: { shadow: string; found: ReadonlyMap<string, Span[]> } | undefined;
  return types.map((type) => ({
    type,
    find(shadow) {
      if (last?.shadow !== shadow) last = { shadow, found: findAll(shadow) };
      return last.found.get(type) ?? [];
    },
  }));
}

/**
 * A detector run only where `gate` — a condition every match needs, far cheaper than the detector's own pattern (a
 * literal cue, a character, a count of digits) — holds. Most rows hold no card number and no URL: at a million rows,
 * scanning each with every pattern was most of the build's time. A pattern gate is decided with the others in one
 * pass over the text (gate-cues.ts).
 */
export function gated(gate: RegExp | ((shadow: string) => boolean), detector: PiiDetector): PiiDetector {
  if (gate instanceof RegExp && (gate.global || gate.sticky)) throw new RangeError("a gate must be a stateless pattern (no g or y flag)");
  if (!(gate instanceof RegExp)) return { type: detector.type, find: (shadow, found) => (gate(shadow) ? detector.find(shadow, found) : NO_SPANS) };
  const cued = cuedGate(gate);
  return { type: detector.type, gate: cued, find: (shadow, found) => (gateHolds(cued, shadow) ? detector.find(shadow, found) : NO_SPANS) };
}

/** At least `count` ASCII digits in the text (a card number needs 13, a My Number 12, a Japanese phone number 10). */
export const hasDigits =
  (count: number) =>
  (shadow: string): boolean =>
    digitsIn(shadow) >= count;

// The digits of the text last counted: every text meets several of these gates in a row (four in masking, seven in
// the residual pass), and each scanned it anew.
let counted: string | undefined;
let countedDigits = 0;
function digitsIn(shadow: string): number {
  if (shadow === counted) return countedDigits;
  let found = 0;
  for (let index = 0; index < shadow.length; index++) {
    const code = shadow.charCodeAt(index);
    if (code >= 48 && code <= 57) found++;
  }
  counted = shadow;
  countedDigits = found;
  return found;
}

/**
 * A run of at least `length` characters from `allowed` (a key of 40 base64 characters needs one). Such a run covers
 * one of every `length`-th characters, so only those are looked at, and around one that is allowed its run is
 * measured: most texts are read a `length`-th (a gate over every text, three of them in masking).
 */
export function hasRun(length: number, allowed: (code: number) => boolean): (shadow: string) => boolean {
  const step = Math.max(1, length);
  let table: Uint8Array | undefined;
  return (shadow) => {
    const ok = (table ??= Uint8Array.from({ length: 0x10000 }, (_, code) => (allowed(code) ? 1 : 0)));
    for (let probe = step - 1; probe < shadow.length; probe += step) {
      if (ok[shadow.charCodeAt(probe)] === 0) continue;
      let start = probe;
      while (start > 0 && ok[shadow.charCodeAt(start - 1)] === 1) start--;
      let end = probe + 1;
      while (end - start < step && end < shadow.length && ok[shadow.charCodeAt(end)] === 1) end++;
      if (end - start >= step) return true;
    }
    return false;
  };
}

export const isAlphanumeric = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

export const digitsOf = (text: string): string => text.replace(/\D/g, "");

/** The line `index` stands on, without its line breaks. */
export const onItsLine = (shadow: string, index: number): string => {
  const end = shadow.indexOf("\n", index);
  return shadow.slice(shadow.lastIndexOf("\n", index) + 1, end === -1 ? undefined : end);
};

/** A text's lines without their line breaks, each with the offset it starts at in the text. */
export function linesWithOffsets(text: string): { line: string; start: number }[] {
  const lines: { line: string; start: number }[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    lines.push({ line, start });
    start += line.length + 1;
  }
  return lines;
}

/** The `length` characters before `index` (context rules look back only this far, within the line). */
export const before = (shadow: string, index: number, length: number): string => {
  const window = shadow.slice(Math.max(0, index - length), index);
  return window.slice(window.lastIndexOf("\n") + 1);
};
