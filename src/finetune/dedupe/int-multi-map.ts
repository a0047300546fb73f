/** The most entries a table holds per slot: probing stays short (a miss looks at ~8.5 slots on average at 0.75). */
const MAX_LOAD = 0.75;

/**
 * Integer keys to integer values (several per key, none ever removed) in one open-addressing table of two typed
 * arrays (linear probing; Knuth, TAOCP vol. 3, §6.4): 8 bytes a slot, about 11 an entry. What deduplication keeps per
 * kept text — its exact-text hash, and its key in each LSH band — a million rows' worth without an object per entry:
 * a Map of arrays cost about a kilobyte a row, and a shared table of all bands with a band byte per slot 10 bytes a
 * slot at half load. Sized for `expected` entries up front, so that filling it never copies it.
 */
export class IntMultiMap {
  private slots: number;
  private keys: Int32Array;
  /** The value + 1 of a used slot; 0 marks an empty one. */
  private values: Int32Array;
  private used = 0;

  constructor(expected: number) {
    this.slots = Math.max(16, Math.ceil(expected / MAX_LOAD));
    this.keys = new Int32Array(this.slots);
    this.values = new Int32Array(this.slots);
  }

  /** Calls `visit` with each value under `key`. */
  forEach(key: number, visit: (value: number) => void): void {
    for (let slot = this.home(key); this.values[slot] !== 0; slot = slot + 1 === this.slots ? 0 : slot + 1) {
      if (this.keys[slot] === key) visit(this.values[slot]! - 1);
    }
  }

  /** The first value under `key` that `accept` takes, or -1. */
  first(key: number, accept: (value: number) => boolean): number {
    for (let slot = this.home(key); this.values[slot] !== 0; slot = slot + 1 === this.slots ? 0 : slot + 1) {
      if (this.keys[slot] === key && accept(this.values[slot]! - 1)) return this.values[slot]! - 1;
    }
    return -1;
  }

  /** Adds `value` under `key`, unless `key` holds `capacity` values already (then the first ones stay). */
  add(key: number, value: number, capacity = Infinity): void {
    if (value < 0 || value >= 0x7fffffff) throw new RangeError(`value ${value} out of range`);
    if (this.used + 1 > this.slots * MAX_LOAD) this.grow();
    let count = 0;
    let slot = this.home(key);
    for (; this.values[slot] !== 0; slot = slot + 1 === this.slots ? 0 : slot + 1) {
      if (this.keys[slot] === key && ++count >= capacity) return;
    }
    this.keys[slot] = key;
    this.values[slot] = value + 1;
    this.used++;
  }

  /** Fibonacci hashing of the key, scaled to the table (which need not be a power of two). */
  private home(key: number): number {
    return Math.floor(((Math.imul(key, 0x9e3779b1) >>> 0) / 0x100000000) * this.slots);
  }

  private grow(): void {
    const { keys, values } = this;
    this.slots *= 2;
    this.keys = new Int32Array(this.slots);
    this.values = new Int32Array(this.slots);
    this.used = 0;
    for (let slot = 0; slot < keys.length; slot++) if (values[slot] !== 0) this.add(keys[slot]!, values[slot]! - 1);
  }
}
