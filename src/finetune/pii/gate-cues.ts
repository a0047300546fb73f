import { cueOf, type Cue, type UnitRanges } from "./regex-cues.js";

/**
 * The pattern gates of `gated` (detector.ts), decided for a text in one pass over it. A build runs some 110 pattern
 * gates over every text, and each gate's `test` scanned the whole text: a fifth of the masking thread's time. Here each
 * gate with a cue (regex-cues.ts: what no match can do without) has a bit, set in three rows by code unit: units of
 * its cue, and first and second units of its cue's pair. One pass ORs, at each character, its bits of the first row
 * and the bits both of the character before in the second row and of itself in the third; a gate whose bit stays
 * clear cannot hold and is false without its scan. A gate whose bit is set, or that has no cue, is tested as before,
 * once a text however many detectors share it: the verdicts are the gates' own. A gate whose cue has grams (a list of
 * words: Mumbai|Chennai needs `Mum` or `Che`) is tested only if the text holds one: the same pass stamps a slot for each
 * two and three characters in a row, and a gate looks up its grams' slots. Two grams may share a slot: the lookup
 * may let a gate be tested in vain, never skip one that holds.
 */
interface Gate {
  pattern: RegExp;
  /** Its bit in the tables, or -1 when it has no cue (always tested). */
  bit: number;
  /** Its cue's grams' slots (see gramSlot), if it has grams: one of them must be stamped by the text's pass. */
  grams: Int32Array | undefined;
  /** The pass (`pass`) its verdict was taken in. */
  pass: number;
  holds: boolean;
}

/** Gates by flags and source: detectors gated alike share one verdict a text. */
const gates = new Map<string, Gate>();
/** Gates registered since the tables were last extended: their cues are read at the next text, not at import. */
let unread: Gate[] = [];
let cued = 0;
/**
 * Per code unit, three rows of `words` 32-bit words of gates' bits: the unit is in the gate's cue; it is first in the
 * cue's pair; it is second. A last unit, never in a text, has none: it stands before a text's first character.
 */
let words = 0;
let table = new Int32Array(0);
let present = new Int32Array(0);
const NONE = 0x10000;
let scanned: string | undefined;
let pass = 0;
/** Per slot, the last pass whose text holds two or three characters in a row hashed to it. */
const GRAM_SLOTS = 0x10000;
const stamps = new Int32Array(GRAM_SLOTS);
const slotOfTwo = (a: number, b: number): number => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 16;
const slotOfThree = (a: number, b: number, c: number): number => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> 16;
const gramSlot = (gram: string): number =>
  gram.length === 2 ? slotOfTwo(gram.charCodeAt(0), gram.charCodeAt(1)) : slotOfThree(gram.charCodeAt(0), gram.charCodeAt(1), gram.charCodeAt(2));

/** `pattern.test(text)`, skipped where the text holds none of the pattern's cue. */
export function cuedGate(pattern: RegExp): (text: string) => boolean {
  const key = `${pattern.flags}/${pattern.source}`;
  let gate = gates.get(key);
  if (!gate) {
    gate = { pattern, bit: -1, grams: undefined, pass: -1, holds: false };
    gates.set(key, gate);
    unread.push(gate);
  }
  const shared = gate;
  return (text) => holds(shared, text);
}

function holds(gate: Gate, text: string): boolean {
  if (text !== scanned) scan(text);
  if (gate.pass === pass) return gate.holds;
  gate.pass = pass;
  gate.holds = mayHold(gate) && gate.pattern.test(text);
  return gate.holds;
}

/** Whether the text scanned last holds some of the gate's cue (or the gate has none). */
const mayHold = (gate: Gate): boolean => gate.bit < 0 || ((present[gate.bit >>> 5]! & (1 << (gate.bit & 31))) !== 0 && holdsGram(gate.grams));

function holdsGram(grams: Int32Array | undefined): boolean {
  if (grams === undefined) return true;
  for (let index = 0; index < grams.length; index++) if (stamps[grams[index]!] === pass) return true;
  return false;
}

/** The one pass: the bits of every gate whose cue the text holds. */
function scan(text: string): void {
  if (unread.length > 0) readCues();
  // Locals: the loop runs over every character of every text.
  const bits = table;
  const found = present;
  const width = words;
  found.fill(0);
  // Passes are counted in an Int32Array's slots: they start again long before the count would overflow one.
  if (pass === 0x3fffffff) restartPasses();
  const stamp = ++pass;
  let first = NONE * 3 * width + width;
  let before = -1;
  let last = -1;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    const row = unit * 3 * width;
    for (let word = 0; word < width; word++) found[word]! |= bits[row + word]! | (bits[first + word]! & bits[row + 2 * width + word]!);
    first = row + width;
    if (last >= 0) stamps[slotOfTwo(last, unit)] = stamp;
    if (before >= 0) stamps[slotOfThree(before, last, unit)] = stamp;
    before = last;
    last = unit;
  }
  scanned = text;
}

function restartPasses(): void {
  stamps.fill(0);
  pass = 0;
  for (const gate of gates.values()) gate.pass = -1;
}

function readCues(): void {
  const cues = unread.map((gate) => cueOf(gate.pattern));
  const wider = Math.ceil((cued + cues.filter((cue) => cue !== undefined).length) / 32);
  if (wider > words) widen(wider);
  unread.forEach((gate, index) => {
    const cue = cues[index];
    if (cue === undefined) return;
    mark((gate.bit = cued++), cue);
    if (cue.grams) gate.grams = Int32Array.from(new Set(cue.grams.map(gramSlot)));
  });
  unread = [];
}

function widen(wider: number): void {
  const next = new Int32Array((NONE + 1) * 3 * wider);
  for (let row = 0; row < (NONE + 1) * 3; row++) next.set(table.subarray(row * words, row * words + words), row * wider);
  table = next;
  words = wider;
  present = new Int32Array(words);
}

function mark(bit: number, cue: Cue): void {
  const set = (ranges: UnitRanges, which: number): void => {
    for (const [from, to] of ranges) for (let unit = from; unit <= to; unit++) table[(unit * 3 + which) * words + (bit >>> 5)]! |= 1 << (bit & 31);
  };
  set(cue.units, 0);
  if (cue.pair) {
    set(cue.pair.first, 1);
    set(cue.pair.second, 2);
  }
}

/** For tests: every gate registered so far, and whether the one pass over `text` lets it be tested (its cue is there). */
export function gateVerdicts(text: string): { pattern: RegExp; cued: boolean; passed: boolean }[] {
  scan(text);
  return [...gates.values()].map((gate) => ({ pattern: gate.pattern, cued: gate.bit >= 0, passed: mayHold(gate) }));
}
