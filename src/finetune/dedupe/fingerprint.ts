import { chooseBands, minHasher } from "./minhash.js";
import { shingleHashes } from "./shingles.js";

/** What deduplication computes of each text before comparing it with others. */
interface Fingerprint {
  /** A 31-bit hash of the normalised text (see normalisedHash): exact duplicates share it. */
  hash: number;
  /** The LSH key of each band of the MinHash signature. */
  bandKeys: Int32Array;
  /** The lowest byte of each MinHash minimum (the b-bit sketch, see BBitSketches). */
  sketch: Uint8Array;
  /** The text's shingle hashes (shingleHashes), which its candidates are compared with. */
  shingles: Uint32Array;
}

/** MinHash permutations when the options name none. */
const DEFAULT_PERMUTATIONS = 128;

interface FingerprintOptions {
  threshold: number;
  seed: number;
  permutations?: number;
}

/** The fingerprint of a text for deduplication with `options`. */
export function fingerprinter(options: FingerprintOptions): { bands: number; permutations: number; fingerprint(text: string): Fingerprint } {
  const permutations = options.permutations ?? DEFAULT_PERMUTATIONS;
  const { bands, rows } = chooseBands(permutations, options.threshold);
  const signatureOf = minHasher(permutations, options.seed);
  return {
    bands,
    permutations,
    fingerprint(text) {
      const shingles = shingleHashes(text);
      const signature = signatureOf(shingles);
      const bandKeys = new Int32Array(bands);
      for (let band = 0; band < bands; band++) bandKeys[band] = bandHash(signature, band * rows, rows);
      const sketch = new Uint8Array(permutations);
      for (let index = 0; index < permutations; index++) sketch[index] = signature[index]! & 0xff;
      return { hash: normalisedHash(text), bandKeys, sketch, shingles };
    },
  };
}

/**
 * FNV-1a over the band's minimum hashes: one number per band instead of a joined string, cut to 30 bits so that V8
 * keeps it as a small integer (a 32-bit one is a heap number: 18 more objects a row, held by the buckets). Two bands
 * that share a key by chance only add a candidate, which is then checked.
 */
function bandHash(signature: Uint32Array, from: number, rows: number): number {
  let hash = 0x811c9dc5;
  for (let index = from; index < from + rows; index++) {
    const value = signature[index]!;
    for (let shift = 0; shift < 32; shift += 8) {
      hash ^= (value >>> shift) & 0xff;
      hash = Math.imul(hash, 0x01000193);
    }
  }
  return hash >>> 2;
}

/** The text as exact duplicates are compared: trimmed, each run of whitespace one space. */
export const normalise = (text: string): string => text.trim().replace(/\s+/gu, " ");

/**
 * FNV-1a over the text as `normalise` makes it, read in place, cut to 31 bits (a table key): a filter only, as a text
 * with the same hash is an exact duplicate only if the texts are equal. At a million kept texts, a new one meets a
 * false match once in ~2,000.
 */
function normalisedHash(text: string): number {
  let hash = 0x811c9dc5;
  let started = false;
  let space = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isWhitespace(code)) {
      space = started;
      continue;
    }
    if (space) hash = Math.imul(hash ^ 0x20, 0x01000193);
    space = false;
    started = true;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash >>> 1;
}

/** What `\s` and `trim` take as whitespace (ECMA-262 WhiteSpace and LineTerminator; none outside the BMP). */
function isWhitespace(code: number): boolean {
  if (code > 0x20 && code < 0xa0) return false;
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
