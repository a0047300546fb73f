import { BBitSketches } from "./b-bit-sketches.js";
import { fingerprinter, normalise } from "./fingerprint.js";
import { IntMultiMap } from "./int-multi-map.js";
import { ShingleSpill } from "./shingle-spill.js";
import { jaccard } from "./shingles.js";

interface DuplicateOptions {
  /** Jaccard similarity of character 5-gram sets at or above which two texts are near-duplicates. */
  threshold: number;
  seed: number;
  permutations?: number;
  /** Told every few hundred texts how many are done. */
  onProgress?: (done: number, total: number) => void;
}

type DuplicateVerdict =
  | { kind: "exact"; of: number }
  | { kind: "near"; of: number; similarity: number };

/**
 * Which texts repeat an earlier one, by index: `exact` when identical after trimming and collapsing whitespace,
 * `near` when the Jaccard similarity of character shingles reaches the threshold (MinHash + LSH candidates, checked
 * exactly). The first occurrence is kept; a later text is compared only with texts that were kept, so a chain
 * a≈b≈c keeps a and drops b and c only if each is close to a. Deterministic for a given seed.
 */
/**
 * The texts, read by index: an array, or texts made on demand (a million rows' texts held at once for the whole
 * deduplication were a fifth of a large build's memory).
 */
export interface TextsByIndex {
  readonly length: number;
  at(index: number): string | undefined;
}

export function findDuplicates(texts: TextsByIndex, options: DuplicateOptions): Map<number, DuplicateVerdict> {
  const verdicts = new Map<number, DuplicateVerdict>();
  // Sized for a million rows: no text is copied and no shingle set kept. Exact duplicates are found by a 31-bit hash
  // of the normalised text (confirmed by comparing the texts); LSH buckets are keyed by a 30-bit hash of each band;
  // both in typed tables (IntMultiMap), and kept texts' shingles in a temporary file (ShingleSpill).
  const firstExact = new IntMultiMap(texts.length);
  const { bands, permutations, fingerprint: fingerprintOf } = fingerprinter(options);
  const buckets = Array.from({ length: bands }, () => new IntMultiMap(texts.length));
  const sketches = new BBitSketches(texts.length, permutations);
  // Bands a kept text shares with the current one (at most `bands`), and which texts were touched: reset after each.
  const shared = new Uint8Array(texts.length);
  const touched: number[] = [];
  const collide = (other: number) => {
    if (shared[other] === 0) touched.push(other);
    shared[other]!++;
  };
  const keptShingles = new ShingleSpill(texts.length);

  const visit = (index: number): void => {
    if (index % 500 === 0) options.onProgress?.(index, texts.length);
    const text = texts.at(index)!;
    const { hash, bandKeys, sketch, shingles } = fingerprintOf(text);
    let same: number | undefined;
    let key: string | undefined;
    firstExact.forEach(hash, (other) => {
      if (same === undefined && normalise(texts.at(other)!) === (key ??= normalise(text))) same = other;
    });
    if (same !== undefined) {
      verdicts.set(index, { kind: "exact", of: same });
      return;
    }
    for (let band = 0; band < bands; band++) buckets[band]!.forEach(bandKeys[band]!, collide);
    const candidates = closestCandidates(touched, shared);
    for (const other of touched) shared[other] = 0;
    touched.length = 0;
    let best: { of: number; similarity: number } | undefined;
    sketches.compareWith(sketch);
    for (const other of candidates) {
      if (sketches.similarity(other) < options.threshold - SKETCH_MARGIN) continue;
      const similarity = jaccard(shingles, keptShingles.get(other));
      if (similarity >= options.threshold && (best === undefined || similarity > best.similarity)) best = { of: other, similarity };
    }
    if (best) {
      verdicts.set(index, { kind: "near", ...best });
      return;
    }
    sketches.keep(index);
    keptShingles.add(index, shingles);
    firstExact.add(hash, index);
    for (let band = 0; band < bands; band++) buckets[band]!.add(bandKeys[band]!, index, MAX_BUCKET);
  };
  try {
    for (let index = 0; index < texts.length; index++) visit(index);
  } finally {
    keptShingles.close();
  }
  return verdicts;
}

/**
 * Masked rows of one template share most of their shingles (typically 30–60 %), so LSH makes them candidates of each
 * other by the thousand and each exact Jaccard needs the candidate's shingles again. A kept text's MinHash signature is
 * remembered in b-bit form (BBitSketches); the estimate it gives has a standard error of at most √(0.25/128) ≈ 0.044
 * (0.035 at a similarity of 0.8), and only a candidate estimated within SKETCH_MARGIN (over 4.5 standard errors) of
 * the threshold is checked exactly. A near-duplicate is still only ever declared by its exact Jaccard similarity.
 */
const SKETCH_MARGIN = 0.2;

/**
 * A templated log puts thousands of kept rows in the same buckets; comparing each new row with all of them would be
 * quadratic. A bucket keeps its first MAX_BUCKET rows, and a row is compared with the MAX_CANDIDATES kept rows it
 * shares the most bands with (the likeliest to be similar: a pair's expected band matches grow with its similarity).
 */
const MAX_BUCKET = 64;
const MAX_CANDIDATES = 32;

/** The touched texts sharing the most bands (ties: the earliest), in text order. */
function closestCandidates(touched: readonly number[], shared: Uint8Array): number[] {
  const ranked = touched.length <= MAX_CANDIDATES ? [...touched] : [...touched].sort((a, b) => shared[b]! - shared[a]! || a - b).slice(0, MAX_CANDIDATES);
  return ranked.sort((a, b) => a - b);
}
