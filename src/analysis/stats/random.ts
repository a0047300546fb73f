import { KurabeError } from "../../errors.js";

/** A seeded stream of uniform numbers: the only source of randomness in the statistics, so results reproduce. */
export interface Random {
  /** Uniform in [0, 1), 32 bits of resolution. */
  next(): number;
  /** Uniform whole number in [0, n); the floor(u · n) bias is below n / 2^32, far under bootstrap noise. */
  index(n: number): number;
  /** `out[from … from + count)` = the next `count` values of index(n), in order, without a call per draw. */
  fillIndices(n: number, out: Uint32Array, from: number, count: number): void;
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
  const state = Uint32Array.of(splitmix(), splitmix(), splitmix(), splitmix());
  if ((state[0]! | state[1]! | state[2]! | state[3]!) === 0) state[0] = 1; // the all-zero state is the generator's one fixed point

  return {
    next: () => nextUint32(state) * TWO_TO_MINUS_32,
    index: (n) => Math.floor(nextUint32(state) * TWO_TO_MINUS_32 * n),
    fillIndices: (n, out, from, count) => fillIndices(state, n, out, from, count),
  };
}

/**
 * `count` steps of nextUint32, each scaled to [0, n), with the state held in locals for the whole loop (a store to
 * `out` may alias the state array, so V8 would otherwise reload and store all four words on every step).
 * (u · 2^-32) · n equals u · (n · 2^-32): both are u · n, exact below 2^53, scaled by a power of two.
 */
function fillIndices(state: Uint32Array, n: number, out: Uint32Array, from: number, count: number): void {
  const scale = n * TWO_TO_MINUS_32;
  let s0 = state[0]!;
  let s1 = state[1]!;
  let s2 = state[2]!;
  let s3 = state[3]!;
  for (let k = from, end = from + count; k < end; k += 1) {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    const n2 = s2 ^ s0;
    const n3 = s3 ^ s1;
    // `>>> 0` keeps every word unsigned, as it is when read from the state array: a loop variable that is sometimes
    // a signed and sometimes an unsigned 32-bit value is held as a double by V8 (measured 1.9× slower in place).
    s0 = (s0 ^ n3) >>> 0;
    s1 = (s1 ^ n2) >>> 0;
    s2 = (n2 ^ t) >>> 0;
    s3 = rotl(n3, 11) >>> 0;
    out[k] = Math.floor(result * scale);
  }
  state[0] = s0;
  state[1] = s1;
  state[2] = s2;
  state[3] = s3;
}

/** One step of xoshiro128**: the next output, the state advanced in place (fillIndices repeats it in locals). */
function nextUint32(state: Uint32Array): number {
  const s0 = state[0]!;
  const s1 = state[1]!;
  const s2 = state[2]!;
  const s3 = state[3]!;
  const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
  const t = s1 << 9;
  const n2 = s2 ^ s0;
  const n3 = s3 ^ s1;
  state[0] = s0 ^ n3;
  state[1] = s1 ^ n2;
  state[2] = n2 ^ t;
  state[3] = rotl(n3, 11);
  return result;
}

/** 2^-32: multiplying by it gives the same double as dividing by 2^32 (a power of two scales exactly). */
const TWO_TO_MINUS_32 = 2 ** -32;

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

