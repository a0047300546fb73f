import { cueOf, type Cue, type UnitRanges } from "./regex-cues.js";

/**
 * The pattern gates of `gated` (detector.ts), decided for a text in one pass over it. A build runs some 110 pattern
 * gates over every text, and each gate's `test` scanned the whole text: a fifth of the masking thread's time. Here each
 * gate with a cue (regex-cues.ts: what no match can do without) has a bit, set in three rows by code unit: units of
 * its cue, and first and second units of its cue's pair. One pass ORs, at each character, its bits of the first row
 * and the bits both of the character before in the second row and of itself in the third; a gate whose bit stays
 * clear cannot hold and is false without its scan. A gate whose bit is set, or that has no cue, is tested as before,
 * once a text however many detectors share it: the verdicts are the gates' own. A gate whose cue has grams (a list of
 * words: Mumbai|Chennai needs `Mum` or `Che`) is tested only if the text holds one: each gram is hashed to a slot, and
 * the same pass ORs, for each two and three characters in a row, the bits of the gates with a gram in their slot. Two
 * grams may share a slot: it may let a gate be tested in vain, never skip one that holds. A character in no cue (most
 * of a Japanese text's) sets no bit and is passed over.
 */
interface Gate extends CuedGate {
  /** Its bit in the tables, or -1 when it has no cue (always tested). */
  bit: number;
  /** Whether its cue has grams: then one of them must be in the text too (its bit set in `gramsPresent`). */
  grams: boolean;
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
/** Per code unit, whether its first or third row has a bit: a unit with neither adds nothing to a text's pass. */
const cueUnits = new Uint8Array(0x10001);
let present = new Int32Array(0);
const NONE = 0x10000;
let scanned: string | undefined;
let pass = 0;
/**
 * Per slot, where its gates' bits (`words` words) start in `gramBits`, or -1 when no gram is hashed to it: a text's
 * two and three characters in a row mostly land on a slot without any (a lookup each, instead of each gate reading
 * all its grams' slots: a list of 114 words was 114 lookups a text).
 */
const GRAM_SLOTS = 0x10000;
const gramRows = new Int32Array(GRAM_SLOTS).fill(-1);
let gramBits = new Int32Array(0);
let gramRowCount = 0;
let gramsPresent = new Int32Array(0);
const slotOfTwo = (a: number, b: number): number => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 16;
const slotOfThree = (a: number, b: number, c: number): number => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> 16;
const gramSlot = (gram: string): number =>
  gram.length === 2 ? slotOfTwo(gram.charCodeAt(0), gram.charCodeAt(1)) : slotOfThree(gram.charCodeAt(0), gram.charCodeAt(1), gram.charCodeAt(2));

/** A pattern gate: `gateHolds` decides it for a text, `openGates` for a text and many gates at once. */
export interface CuedGate {
  readonly pattern: RegExp;
}

/** The gate of `pattern`: detectors gated alike share one. */
export function cuedGate(pattern: RegExp): CuedGate {
  const key = `${pattern.flags}/${pattern.source}`;
  let gate = gates.get(key);
  if (!gate) {
    gate = { pattern, bit: -1, grams: false, pass: -1, holds: false };
    gates.set(key, gate);
    unread.push(gate);
  }
  return gate;
}

/** `gate.pattern.test(text)`, skipped where the text holds none of the pattern's cue. */
export function gateHolds(cued: CuedGate, text: string): boolean {
  const gate = cued as Gate;
  if (text !== scanned) scan(text);
  if (gate.pass === pass) return gate.holds;
  gate.pass = pass;
  gate.holds = mayHold(gate) && gate.pattern.test(text);
  return gate.holds;
}

/**
 * For each of `cued` (a detector list's gates, in its order), whether the text holds the gate's cue (1) or surely
 * fails it (0); a slot with no gate is 1. One loop over the list, instead of a call through each detector's layers to
 * learn that its gate fails, as it does for most detectors on most texts. The gate's pattern is not tested here: a
 * detector whose slot is 1 tests it itself (`gateHolds`, once a text).
 */
export function openGates(text: string, cued: readonly (CuedGate | undefined)[], open: Uint8Array): void {
  if (text !== scanned) scan(text);
  for (let index = 0; index < cued.length; index++) {
    const gate = cued[index] as Gate | undefined;
    open[index] = gate === undefined || mayHold(gate) ? 1 : 0;
  }
}

/** Whether the text scanned last holds some of the gate's cue (or the gate has none). */
const mayHold = (gate: Gate): boolean => gate.bit < 0 || (isSet(present, gate.bit) && (!gate.grams || isSet(gramsPresent, gate.bit)));

const isSet = (bits: Int32Array, bit: number): boolean => (bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;

/** The one pass: the bits of every gate whose cue the text holds. */
function scan(text: string): void {
  if (unread.length > 0) readCues();
  // Locals: the loop runs over every character of every text.
  const bits = table;
  const marked = cueUnits;
  const found = present;
  const slots = gramRows;
  const slotBits = gramBits;
  const grams = gramsPresent;
  const width = words;
  found.fill(0);
  grams.fill(0);
  // Passes are counted in gates' numbers: they start again long before the count would leave a small integer.
  if (pass === 0x3fffffff) restartPasses();
  pass++;
  let first = NONE * 3 * width + width;
  let before = -1;
  let last = -1;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    const row = unit * 3 * width;
    if (marked[unit] === 1) {
      for (let word = 0; word < width; word++) found[word]! |= bits[row + word]! | (bits[first + word]! & bits[row + 2 * width + word]!);
    }
    first = row + width;
    if (last >= 0) {
      const at = slots[slotOfTwo(last, unit)]!;
      if (at >= 0) for (let word = 0; word < width; word++) grams[word]! |= slotBits[at + word]!;
    }
    if (before >= 0) {
      const at = slots[slotOfThree(before, last, unit)]!;
      if (at >= 0) for (let word = 0; word < width; word++) grams[word]! |= slotBits[at + word]!;
    }
    before = last;
    last = unit;
  }
  scanned = text;
}

function restartPasses(): void {
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
    if (cue.grams) {
      gate.grams = true;
      for (const slot of new Set(cue.grams.map(gramSlot))) gramRowOf(slot)[gate.bit >>> 5]! |= 1 << (gate.bit & 31);
    }
  });
  unread = [];
}

function widen(wider: number): void {
  const next = new Int32Array((NONE + 1) * 3 * wider);
  for (let row = 0; row < (NONE + 1) * 3; row++) next.set(table.subarray(row * words, row * words + words), row * wider);
  table = next;
  const nextGrams = new Int32Array(gramRowCount * wider);
  for (let row = 0; row < gramRowCount; row++) nextGrams.set(gramBits.subarray(row * words, row * words + words), row * wider);
  gramBits = nextGrams;
  for (let slot = 0; slot < GRAM_SLOTS; slot++) if (gramRows[slot]! >= 0) gramRows[slot] = (gramRows[slot]! / words) * wider;
  words = wider;
  present = new Int32Array(words);
  gramsPresent = new Int32Array(words);
}

/** The gates' bits of a gram slot, its row made when a first gram lands on it. */
function gramRowOf(slot: number): Int32Array {
  if (gramRows[slot]! < 0) {
    gramRows[slot] = gramRowCount * words;
    gramRowCount++;
    if (gramBits.length < gramRowCount * words) {
      const grown = new Int32Array(Math.max(gramRowCount * words, 2 * gramBits.length));
      grown.set(gramBits);
      gramBits = grown;
    }
  }
  return gramBits.subarray(gramRows[slot]!, gramRows[slot]! + words);
}

function mark(bit: number, cue: Cue): void {
  const set = (ranges: UnitRanges, which: number): void => {
    for (const [from, to] of ranges) {
      for (let unit = from; unit <= to; unit++) {
        table[(unit * 3 + which) * words + (bit >>> 5)]! |= 1 << (bit & 31);
        if (which !== 1) cueUnits[unit] = 1;
      }
    }
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
