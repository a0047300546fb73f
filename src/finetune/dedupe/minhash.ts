import { seededRandom } from "../../seeded-random.js";

/**
 * MinHash signatures (Broder 1997): for each of `permutations` seeded hash functions, the minimum hash over a set's
 * shingles. Two sets agree on a signature position with probability equal to their Jaccard similarity. The hash
 * family is murmur3's 32-bit finaliser over the shingle hash XOR a per-function seed drawn from `seed`.
 */
export function minHasher(permutations: number, seed: number): (shingles: Uint32Array) => Uint32Array {
  const random = seededRandom(seed);
  const seeds = Uint32Array.from({ length: permutations }, () => Math.floor(random() * 0x100000000));
  // One permutation at a time over all shingles (its minimum in a local), not one shingle at a time over all
  // permutations: the same minima, without 128 reads and writes of the signature per shingle.
  return (shingles) => {
    const signature = new Uint32Array(permutations);
    for (let index = 0; index < permutations; index++) {
      const seed = seeds[index]!;
      let minimum = 0xffffffff;
      for (let shingle = 0; shingle < shingles.length; shingle++) {
        const value = fmix32(shingles[shingle]! ^ seed);
        if (value < minimum) minimum = value;
      }
      signature[index] = minimum;
    }
    return signature;
  };
}

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
