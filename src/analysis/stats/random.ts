import { KurabeError } from "../../errors.js";

/** A seeded stream of uniform numbers: the only source of randomness in the statistics, so results reproduce. */
export interface Random {
  /** Uniform in [0, 1), 32 bits of resolution. */
  next(): number;
  /** Uniform whole number in [0, n); the floor(u · n) bias is below n / 2^32, far under bootstrap noise. */
  index(n: number): number;
}

/**
 * xoshiro128** (Blackman & Vigna 2018, "Scrambled linear pseudorandom number generators", prng.di.unimi.it), its
 * 128-bit state filled from the seed by a splitmix-style generator (a Weyl sequence through the MurmurHash3 fmix32
 * finalizer), as the authors recommend, so nearby seeds give unrelated streams.
 * Accepts any safe integer seed (both 32-bit halves are mixed in). Throws KurabeError("input") for other seeds.
 */
export function createRandom(seed: number): Random {
  if (!Number.isSafeInteger(seed)) throw new KurabeError("input", `a random seed must be a whole number (got ${seed})`);
  const low = seed >>> 0;
  const high = Math.floor(seed / 2 ** 32) >>> 0;
  let mix = (low ^ Math.imul(high, 0x85ebca6b)) >>> 0;
  const splitmix = (): number => {
    mix = (mix + 0x9e3779b9) >>> 0;
    let z = mix;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let s0 = splitmix();
  let s1 = splitmix();
  let s2 = splitmix();
  let s3 = splitmix();
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1; // the all-zero state is the generator's one fixed point

  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };

  return {
    next: () => nextUint32() / 2 ** 32,
    index: (n) => Math.floor((nextUint32() / 2 ** 32) * n),
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
