/**
 * What a pattern cannot match without: `cueOf(/[市郡区町村]/)` is one of those five characters, `cueOf(/@|TEL|電話/)`
 * is `@`, or `T` or `電` followed by `E` or `話` (two characters in a row), and one of the grams `TEL` or `電話`. A text
 * holding none of a gate's cue cannot satisfy the gate, so the gate need not be scanned (see gate-cues.ts). Read from
 * the pattern's source, conservatively: a pattern that could match the empty string or that uses syntax not read here
 * has no cue (undefined), and its gate is always scanned.
 */

/** UTF-16 code units, as sorted, disjoint, inclusive ranges [from, to]. */
export type UnitRanges = readonly (readonly [number, number])[];

/** A unit from `units`, or a unit from `pair.first` right before one from `pair.second`. */
export interface Cue {
  units: UnitRanges;
  pair?: { first: UnitRanges; second: UnitRanges };
  /**
   * Strings of two or three code units, one of which every match holds: what a long list of words needs (Mumbai|Chennai
   * needs `Mum` or `Che`), where its units and pair, a union over the words, are in most texts.
   */
  grams?: readonly string[];
}

/**
 * What a piece of a pattern needs: nothing (it can match empty), its cue, or a character of any kind (`cue`
 * undefined). `atom`: the piece is one character (a literal, a class, an escape), its first and last code units from
 * these — two such in a row make a pair cue.
 */
interface Need {
  nullable: boolean;
  cue?: Cue;
  atom?: { first: UnitRanges; last: UnitRanges };
  /** One of which every match of the piece holds (see Cue): none when not known. */
  grams?: readonly string[];
  /** A one-character piece's every code unit, when it is one of a few BMP characters (a literal, [Nn]): atoms in a row spell grams. */
  chars?: string;
  /** The one-character piece repeats (a+, a{2}): its first and last characters may differ, so it ends a run of atoms and begins the next. */
  repeated?: boolean;
}

const ANY: Need = { nullable: false };
const EMPTY: Need = { nullable: true };

export function cueOf(pattern: RegExp): Cue | undefined {
  if (pattern.flags.includes("v")) return undefined;
  try {
    const need = new Reader(pattern.source, pattern.flags).pattern();
    if (need.nullable || need.cue === undefined) return undefined;
    return need.grams ? { ...need.cue, grams: need.grams } : need.cue;
  } catch {
    return undefined;
  }
}

class Reader {
  private at = 0;
  private readonly unicode: boolean;

  constructor(
    private readonly source: string,
    private readonly flags: string,
  ) {
    this.unicode = flags.includes("u");
  }

  pattern(): Need {
    const need = this.alternatives();
    if (this.at !== this.source.length) throw new SyntaxError("unread");
    return need;
  }

  /** a|b|c: every alternative must be cued, and the cue is their union (their grams too). */
  private alternatives(): Need {
    const needs = [this.sequence()];
    while (this.source[this.at] === "|") {
      this.at++;
      needs.push(this.sequence());
    }
    if (needs.length === 1) return needs[0]!;
    if (needs.some((need) => need.nullable)) return EMPTY;
    const grams = needs.every((need) => need.grams) ? [...new Set(needs.flatMap((need) => need.grams!))] : undefined;
    const cue = needs.some((need) => need.cue === undefined) ? undefined : unionOfCues(needs.map((need) => need.cue!));
    return { nullable: false, ...(cue ? { cue } : {}), ...(grams ? { grams } : {}) };
  }

  /**
   * abc: any one term that cannot be skipped is a cue of the whole, and so is any two one-character terms in a row
   * (a match holds a character of the first right before one of the second); the rarest of them is taken.
   */
  private sequence(): Need {
    const terms: Need[] = [];
    while (this.at < this.source.length && this.source[this.at] !== "|" && this.source[this.at] !== ")") terms.push(this.quantified(this.term()));
    const needed = terms.filter((need) => !need.nullable);
    if (needed.length === 0) return EMPTY;
    if (terms.length === 1) return terms[0]!;
    const cues = needed.flatMap((need) => need.cue ?? []);
    terms.forEach((need, index) => {
      const next = terms[index + 1];
      if (need.atom && next?.atom) cues.push({ units: [], pair: { first: need.atom.last, second: next.atom.first } });
    });
    const best = cues.reduce<Cue | undefined>((rarest, cue) => (rarest === undefined || commonness(cue) < commonness(rarest) ? cue : rarest), undefined);
    const grams = sequenceGrams(terms);
    return { nullable: false, ...(best ? { cue: best } : {}), ...(grams ? { grams } : {}) };
  }

  private quantified(need: Need): Need {
    const rest = this.source.slice(this.at);
    const quantifier = /^(?:[*+?]|\{(\d+)(?:,\d*)?\})\??/.exec(rest);
    if (quantifier === null) {
      if (this.unicode && rest.startsWith("{")) throw new SyntaxError("lone brace");
      return need;
    }
    this.at += quantifier[0].length;
    const min = quantifier[0][0] === "+" ? 1 : quantifier[0][0] === "{" ? Number(quantifier[1]) : 0;
    // Repeated, a one-character piece still has one of its characters first and last: it pairs with its neighbours.
    return min === 0 ? EMPTY : { ...need, repeated: true };
  }

  private term(): Need {
    const char = this.source[this.at]!;
    if (char === "^" || char === "$") {
      this.at++;
      return EMPTY;
    }
    if (char === "(") return this.group();
    if (char === "[") return this.characterClass();
    if (char === ".") {
      this.at++;
      return ANY;
    }
    if (char === "\\") return this.escape();
    if (char === "*" || char === "+" || char === "?" || char === ")" || (this.unicode && (char === "{" || char === "}" || char === "]"))) {
      throw new SyntaxError("unexpected " + char);
    }
    return this.literal();
  }

  private group(): Need {
    const opening = /^\((?:\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>))?/.exec(this.source.slice(this.at))![0];
    this.at += opening.length;
    const inner = this.alternatives();
    if (this.source[this.at] !== ")") throw new SyntaxError("unclosed group");
    this.at++;
    // A lookaround consumes nothing: what it looks at is not part of the match.
    return /^\(\?(?:[=!]|<[=!])/.test(opening) ? EMPTY : inner;
  }

  private characterClass(): Need {
    const start = this.at;
    this.at++;
    if (this.source[this.at] === "^") this.at++;
    while (this.source[this.at] !== "]") {
      if (this.at >= this.source.length) throw new SyntaxError("unclosed class");
      this.at += this.source[this.at] === "\\" ? 2 : 1;
    }
    this.at++;
    const atom = this.source.slice(start, this.at);
    const units = unitsMatching(atom, this.flags);
    // Only a class that lists a few characters ([Nn], [部課]): no range, escape or negation to read.
    const chars = this.flags.includes("i") || /[\\^-]/.test(atom.slice(1, -1)) ? undefined : oneUnitChars(atom.slice(1, -1));
    return { nullable: false, cue: { units }, atom: { first: units, last: units }, ...(chars ? { chars } : {}) };
  }

  private escape(): Need {
    const next = this.source[this.at + 1];
    if (next === undefined) throw new SyntaxError("trailing backslash");
    if (next === "b" || next === "B") {
      this.at += 2;
      return EMPTY;
    }
    // A back-reference may repeat an empty group.
    if (/[1-9]/.test(next)) {
      this.at += 2;
      while (/\d/.test(this.source[this.at] ?? "")) this.at++;
      return EMPTY;
    }
    if (next === "k" && this.source[this.at + 2] === "<") {
      const end = this.source.indexOf(">", this.at);
      if (end === -1) throw new SyntaxError("unclosed name");
      this.at = end + 1;
      return EMPTY;
    }
    const escape = /^\\(?:[dDwWsS]|[pP]\{[^}]*\}|u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|0(?!\d)|[^\dcux])/.exec(this.source.slice(this.at))![0];
    // Outside a Unicode pattern, \p{…} and \u{…} are letters repeated: not read here.
    if (/^\\(?:[pP]|u\{)/.test(escape) && !this.unicode) throw new SyntaxError("\\p or \\u{ outside a Unicode pattern");
    this.at += escape.length;
    const units = unitsMatching(escape, this.flags);
    // An escaped punctuation mark (\. \( \/) is that mark; \t and \n a tab and a line break.
    const escaped = escape.length === 2 && !this.flags.includes("i") ? ({ t: "\t", n: "\n" }[escape[1]!] ?? (/^[!-/:-@[-`{-~]$/.test(escape[1]!) ? escape[1]! : undefined)) : undefined;
    return { nullable: false, cue: { units }, atom: { first: units, last: units }, ...(escaped ? { chars: escaped } : {}) };
  }

  private literal(): Need {
    const code = this.unicode ? this.source.codePointAt(this.at)! : this.source.charCodeAt(this.at);
    this.at += code > 0xffff ? 2 : 1;
    // Ignoring case, a letter is all those it matches (k: K, k and the Kelvin sign).
    if (this.flags.includes("i")) {
      const units = unitsMatching(`\\u${this.unicode ? `{${code.toString(16)}}` : code.toString(16).padStart(4, "0")}`, this.flags);
      return { nullable: false, cue: { units }, atom: { first: units, last: units } };
    }
    // An astral character is two code units: found by its first, it follows a character with its first and precedes
    // one with its second.
    const units = String.fromCodePoint(code);
    const first: UnitRanges = [[units.charCodeAt(0), units.charCodeAt(0)]];
    const last: UnitRanges = [[units.charCodeAt(units.length - 1), units.charCodeAt(units.length - 1)]];
    const chars = oneUnitChars(units);
    return { nullable: false, cue: { units: first }, atom: { first, last }, ...(chars ? { chars } : {}) };
  }
}

/** The characters, each once, if they are a few, each one BMP code unit (no surrogate: an astral character is two). */
function oneUnitChars(text: string): string | undefined {
  const chars = [...new Set(text)].join("");
  if (chars.length === 0 || chars.length > 4 || /[\ud800-\udfff]/.test(chars)) return undefined;
  return chars;
}

/** At most this many grams from one run of atoms ([Nn][Ee][Xx] spells eight). */
const MOST_GRAMS = 16;

/**
 * The rarest grams a sequence needs: a term's own (a group's), or the strings a run of atoms in a row spells, three
 * at a time (two for a run of two). A term that may be skipped, a lookaround or an anchor breaks a run: the characters
 * either side of it need not be next to each other.
 */
function sequenceGrams(terms: readonly Need[]): readonly string[] | undefined {
  const candidates: (readonly string[])[] = terms.flatMap((need) => (need.grams ? [need.grams] : []));
  let run: string[] = [];
  const close = (): void => {
    candidates.push(...windowGrams(run));
    run = [];
  };
  for (const need of terms) {
    if (need.chars === undefined) {
      close();
      continue;
    }
    run.push(need.chars);
    if (!need.repeated) continue;
    close();
    run.push(need.chars);
  }
  close();
  return candidates.reduce<readonly string[] | undefined>((rarest, grams) => (rarest === undefined || gramsChance(grams) < gramsChance(rarest) ? grams : rarest), undefined);
}

/** Each window of three atoms of a run (two if the run is two) as the strings it spells, if few. */
function windowGrams(run: readonly string[]): (readonly string[])[] {
  if (run.length < 2) return [];
  const width = Math.min(3, run.length);
  const windows: string[][] = [];
  for (let start = 0; start + width <= run.length; start++) {
    let grams = [""];
    for (const chars of run.slice(start, start + width)) grams = grams.flatMap((gram) => [...chars].map((char) => gram + char));
    if (grams.length <= MOST_GRAMS) windows.push(grams);
  }
  return windows;
}

/** How likely a text is to hold one of the grams, roughly (a space or a small letter often, a kanji seldom): only to choose among them. */
function gramsChance(grams: readonly string[]): number {
  let chance = 0;
  for (const gram of grams) {
    let product = 1;
    for (let index = 0; index < gram.length; index++) product *= unitChance(gram.charCodeAt(index));
    chance += product;
  }
  return chance;
}

function unitChance(unit: number): number {
  if (unit === 0x20 || unit === 0x0a || unit === 0x09 || unit === 0x3000 || unit === 0x3001 || unit === 0x3002) return 0.6;
  if (unit >= 0x61 && unit <= 0x7a) return 0.1;
  if (unit >= 0x30 && unit <= 0x39) return 0.08;
  if (unit >= 0x3040 && unit <= 0x309f) return 0.08;
  if (unit < 0x80 || (unit >= 0x30a0 && unit <= 0x30ff)) return 0.05;
  return unit >= 0x4e00 && unit <= 0x9fff ? 0.01 : 0.02;
}

/** Every BMP character but the surrogates, in order: a one-character atom's set is where it matches in this. */
let probe: string | undefined;
const atoms = new Map<string, UnitRanges>();
const SURROGATES: UnitRanges = [[0xd800, 0xdfff]];

/**
 * The code units one character of `atom` (a class, an escape) can begin or end with, found by matching the atom over
 * every BMP character; surrogates are always added (an astral character, a lone surrogate), which only widens the cue.
 */
function unitsMatching(atom: string, flags: string): UnitRanges {
  const mode = `g${flags.includes("u") ? "u" : ""}${flags.includes("i") ? "i" : ""}`;
  const key = `${mode}/${atom}`;
  const known = atoms.get(key);
  if (known) return known;
  probe ??= Array.from({ length: 0xd800 }, (_, unit) => String.fromCharCode(unit)).join("") + Array.from({ length: 0x10000 - 0xe000 }, (_, index) => String.fromCharCode(0xe000 + index)).join("");
  // Each match is one BMP character, at its unit's index (less 0x800 past the surrogates, which the probe lacks): read
  // match by match, not by a copy of the probe with the matches replaced, read whole (most atoms match a few units).
  const pattern = new RegExp(atom, mode);
  const ranges: [number, number][] = [];
  for (let match = pattern.exec(probe); match !== null; match = pattern.exec(probe)) {
    const unit = match.index < 0xd800 ? match.index : match.index + 0x800;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === unit - 1) last[1] = unit;
    else ranges.push([unit, unit]);
  }
  // An atom matching nothing here is not one this reading understands (an escape read as something else): no cue.
  if (ranges.length === 0) throw new SyntaxError(`${atom} matches no character`);
  const units = union([ranges, SURROGATES]);
  atoms.set(key, units);
  return units;
}

export function union(sets: readonly UnitRanges[]): UnitRanges {
  const sorted = sets.flat().sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/** Either cue: a unit of either, or a pair of either (first of either before second of either: wider, never narrower). */
function unionOfCues(cues: readonly Cue[]): Cue {
  const pairs = cues.flatMap((cue) => cue.pair ?? []);
  const units = union(cues.map((cue) => cue.units));
  if (pairs.length === 0) return { units };
  return { units, pair: { first: union(pairs.map((pair) => pair.first)), second: union(pairs.map((pair) => pair.second)) } };
}

/**
 * How likely a text is to hold the cue, roughly: only to choose which term of a sequence is its cue (`〒` before `\d`,
 * `担当` before `担`, `漢 ` before ` `), so it need not be exact. A letter, digit, kana, common kanji or punctuation
 * weighs 64, a space, line break or Japanese comma or full stop 400, a surrogate nothing (texts seldom hold one),
 * anything else 1; a text holds a set of weight w with a chance of 1 - e^(-w/180) (a third for one common character,
 * nine in ten for a space), and a pair with half the product of its sides'.
 */
function commonness(cue: Cue): number {
  const pair = cue.pair ? chance(cue.pair.first) * chance(cue.pair.second) * 0.5 : 0;
  return chance(cue.units) + pair;
}

function chance(ranges: UnitRanges): number {
  let weight = 0;
  for (const [from, to] of ranges) {
    const overlap = (low: number, high: number): number => Math.max(0, Math.min(to, high) - Math.max(from, low) + 1);
    const common = COMMON.reduce((count, [low, high]) => count + overlap(low, high), 0);
    const frequent = FREQUENT.reduce((count, [low, high]) => count + overlap(low, high), 0);
    weight += common * 64 + frequent * 336 + (to - from + 1 - common - overlap(0xd800, 0xdfff));
  }
  return 1 - Math.exp(-weight / 180);
}

const FREQUENT: UnitRanges = [
  [0x0a, 0x0a],
  [0x20, 0x20],
  [0x3001, 0x3002],
];

const COMMON: UnitRanges = [
  [0x09, 0x0a],
  [0x20, 0x7e],
  [0x3000, 0x30ff],
  [0x4e00, 0x9fff],
  [0xff00, 0xffef],
];
