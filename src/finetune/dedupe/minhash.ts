import { seededRandom } from "../../seeded-random.js";

/**
 * MinHash signatures (Broder 1997): for each of `permutations` seeded hash functions, the minimum hash over a set's
 * shingles. Two sets agree on a signature position with probability equal to their Jaccard similarity. The hash
 * family is murmur3's 32-bit finaliser over the shingle hash XOR a per-function seed drawn from `seed`.
 */
export function minHasher(permutations: number, seed: number): (shingles: Uint32Array) => Uint32Array {
  const random = seededRandom(seed);
  const seeds = Uint32Array.from({ length: permutations }, () => Math.floor(random() * 0x100000000));
  // Four permutations at a time over all shingles, not one shingle at a time over all permutations: the same minima,
  // in locals, with each shingle read once for four of them (this loop is most of deduplication's time). fmix32 is
  // written out for the four: called, it was not always inlined in the bundled CLI, and then 3× slower.
  const whole = permutations - (permutations % 4);
  return (shingles) => {
    const signature = new Uint32Array(permutations);
    for (let index = 0; index < whole; index += 4) {
      const s0 = seeds[index]!;
      const s1 = seeds[index + 1]!;
      const s2 = seeds[index + 2]!;
      const s3 = seeds[index + 3]!;
      let m0 = 0xffffffff;
      let m1 = 0xffffffff;
      let m2 = 0xffffffff;
      let m3 = 0xffffffff;
      for (let shingle = 0; shingle < shingles.length; shingle++) {
        const value = shingles[shingle]!;
        let h0 = value ^ s0;
        let h1 = value ^ s1;
        let h2 = value ^ s2;
        let h3 = value ^ s3;
        h0 ^= h0 >>> 16;
        h1 ^= h1 >>> 16;
        h2 ^= h2 >>> 16;
        h3 ^= h3 >>> 16;
        h0 = Math.imul(h0, 0x85ebca6b);
        h1 = Math.imul(h1, 0x85ebca6b);
        h2 = Math.imul(h2, 0x85ebca6b);
        h3 = Math.imul(h3, 0x85ebca6b);
        h0 ^= h0 >>> 13;
        h1 ^= h1 >>> 13;
        h2 ^= h2 >>> 13;
        h3 ^= h3 >>> 13;
        h0 = Math.imul(h0, 0xc2b2ae35);
        h1 = Math.imul(h1, 0xc2b2ae35);
        h2 = Math.imul(h2, 0xc2b2ae35);
        h3 = Math.imul(h3, 0xc2b2ae35);
        h0 ^= h0 >>> 16;
        h1 ^= h1 >>> 16;
        h2 ^= h2 >>> 16;
        h3 ^= h3 >>> 16;
        m0 = Math.min(m0, h0 >>> 0);
        m1 = Math.min(m1, h1 >>> 0);
        m2 = Math.min(m2, h2 >>> 0);
        m3 = Math.min(m3, h3 >>> 0);
      }
      signature[index] = m0;
      signature[index + 1] = m1;
      signature[index + 2] = m2;
      signature[index + 3] = m3;
    }
    for (let index = whole; index < permutations; index++) {
      const seed = seeds[index]!;
      let minimum = 0xffffffff;
      for (let shingle = 0; shingle < shingles.length; shingle++) minimum = Math.min(minimum, fmix32(shingles[shingle]! ^ seed));
      signature[index] = minimum;
    }
    return signature;
  };
}

/** murmur3's 32-bit finaliser (the loop above has it written out four times). */
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
