import { seededRandom } from "../../seeded-random.js";
import { simdMinima } from "./minhash-simd.js";

/**
 * MinHash signatures (Broder 1997): for each of `permutations` seeded hash functions, the minimum hash over a set's
 * shingles. Two sets agree on a signature position with probability equal to their Jaccard similarity. The hash
 * family is murmur3's 32-bit finaliser over the shingle hash XOR a per-function seed drawn from `seed`.
 */
export function minHasher(permutations: number, seed: number): (shingles: Uint32Array) => Uint32Array {
  const random = seededRandom(seed);
  const seeds = Uint32Array.from({ length: permutations }, () => Math.floor(random() * 0x100000000));
  // Four permutations at a time, in SIMD lanes (minhash-simd.ts): this is most of deduplication's time.
  const whole = permutations - (permutations % 4);
  const wholeSeeds = seeds.subarray(0, whole);
  const minima = simdMinima();
  return (shingles) => {
    const signature = new Uint32Array(permutations);
    if (whole > 0) minima(shingles, wholeSeeds, signature);
    for (let index = whole; index < permutations; index++) {
      const seed = seeds[index]!;
      let minimum = 0xffffffff;
      for (let shingle = 0; shingle < shingles.length; shingle++) minimum = Math.min(minimum, fmix32(shingles[shingle]! ^ seed));
      signature[index] = minimum;
    }
    return signature;
  };
}

/** murmur3's 32-bit finaliser (minhash-simd.ts has it in SIMD lanes). */
function fmix32(input: number): number {
  let h = input;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Banding for locality-sensitive hashing (Leskovec, Rajaraman & Ullman, Mining of Massive Datasets, §3.4): b bands of
 * r rows make a pair a candidate with probability 1 − (1 − s^r)^b, an S-curve whose midpoint is about (1/b)^(1/r).
 * Candidates are then checked by exact Jaccard, so a false positive costs time only: the bands are chosen with the
 * midpoint a margin below the threshold, where a false negative would lose a duplicate.
 */
export function chooseBands(permutations: number, threshold: number): { bands: number; rows: number } {
  let best = { bands: permutations, rows: 1 };
  let bestMidpoint = -1;
  for (let rows = 1; rows <= permutations; rows++) {
    const bands = Math.floor(permutations / rows);
    const midpoint = (1 / bands) ** (1 / rows);
    if (midpoint <= threshold - 0.1 && midpoint > bestMidpoint) {
      best = { bands, rows };
      bestMidpoint = midpoint;
    }
  }
  return best;
}
