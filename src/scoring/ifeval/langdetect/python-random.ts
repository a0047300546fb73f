// CPython's `random.Random` (Modules/_randommodule.c and Lib/random.py): the MT19937 Mersenne Twister seeded from an
// integer with init_by_array, and the draws langdetect makes with it (choice, gauss). Seeded alike, it yields the same
// sequence as Python, so a detection here equals langdetect's under `DetectorFactory.seed = <the same seed>`.

const N = 624;
const M = 397;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;
const MATRIX_A = 0x9908b0df;

export class PythonRandom {
  private readonly state = new Uint32Array(N);
  private index = N;
  /** The second value of Python's Box–Muller pair, kept for the next gauss() call. */
  private gaussNext: number | undefined;

  constructor(seed: number) {
    this.seed(seed);
  }

  /** random.seed(n) for a non-negative integer below 2^32: init_by_array with the key [n]. */
  seed(seed: number): void {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      throw new RangeError(`seed must be an integer in [0, 2^32), not ${seed}`);
    }
    this.initByArray([seed]);
    this.gaussNext = undefined;
  }

  private initGenrand(s: number): void {
    const mt = this.state;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const previous = mt[i - 1] as number;
      mt[i] = (Math.imul(1812433253, previous ^ (previous >>> 30)) + i) >>> 0;
    }
    this.index = N;
  }

  private initByArray(key: readonly number[]): void {
    const mt = this.state;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const previous = mt[i - 1] as number;
      mt[i] = (((mt[i] as number) ^ Math.imul(previous ^ (previous >>> 30), 1664525)) + (key[j] as number) + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1] as number;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const previous = mt[i - 1] as number;
      mt[i] = (((mt[i] as number) ^ Math.imul(previous ^ (previous >>> 30), 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1] as number;
        i = 1;
      }
    }
    mt[0] = UPPER_MASK;
  }

  private twist(): void {
    const mt = this.state;
    for (let kk = 0; kk < N; kk++) {
      const y = ((mt[kk] as number) & UPPER_MASK) | ((mt[(kk + 1) % N] as number) & LOWER_MASK);
      mt[kk] = (mt[(kk + M) % N] as number) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    this.index = 0;
  }

  /** genrand_uint32: the next tempered 32-bit output. */
  private nextUint32(): number {
    if (this.index >= N) this.twist();
    let y = this.state[this.index++] as number;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random.random(): 53 random bits as a float in [0, 1) (genrand_res53). */
  random(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** random.getrandbits(k) for 1 <= k <= 32. */
  private getrandbits(k: number): number {
    return this.nextUint32() >>> (32 - k);
  }

  /** Random._randbelow_with_getrandbits: rejection sampling on n's bit length. */
  randbelow(n: number): number {
    const bits = 32 - Math.clz32(n);
    let r = this.getrandbits(bits);
    while (r >= n) r = this.getrandbits(bits);
    return r;
  }

  /** random.choice(seq). */
  choice<T>(items: readonly T[]): T {
    return items[this.randbelow(items.length)] as T;
  }

  /** random.gauss(mu, sigma): Box–Muller, caching the second value as Python does. */
  gauss(mu: number, sigma: number): number {
    let z = this.gaussNext;
    this.gaussNext = undefined;
    if (z === undefined) {
      const x2pi = this.random() * 2 * Math.PI;
      const g2rad = Math.sqrt(-2 * Math.log(1 - this.random()));
      z = Math.cos(x2pi) * g2rad;
      this.gaussNext = Math.sin(x2pi) * g2rad;
    }
    return mu + z * sigma;
  }
}
