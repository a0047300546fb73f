/**
 * The LSH buckets of every band in one open-addressing hash table of typed arrays: (band, key) → the first `capacity`
 * kept texts that hashed there. A Map per band held an entry, and often an array, per band per kept text — about a
 * kilobyte a row on the heap for a log of 158,405 rows; here a bucket costs 10 bytes a slot and 8 an entry.
 */
export class BandBuckets {
  private slots = 1 << 16;
  private used = 0;
  /** The band + 1 of a used slot; 0 marks an empty one. */
  private bandOf = new Uint8Array(this.slots);
  private keyOf = new Int32Array(this.slots);
  private head = new Int32Array(this.slots);
  private size = new Uint8Array(this.slots);
  private entryText = new Int32Array(1 << 16);
  private entryNext = new Int32Array(1 << 16);
  private entries = 0;

  constructor(private readonly capacity: number) {
    if (capacity > 255) throw new RangeError("a bucket holds at most 255 texts");
  }

  /** Calls `visit` with each text in the bucket of (band, key). */
  forEach(band: number, key: number, visit: (text: number) => void): void {
    const slot = this.find(band, key);
    if (this.bandOf[slot] === 0) return;
    for (let entry = this.head[slot]!; entry >= 0; entry = this.entryNext[entry]!) visit(this.entryText[entry]!);
  }

  /** Puts a text in the bucket of (band, key), unless the bucket is full. */
  add(band: number, key: number, text: number): void {
    let slot = this.find(band, key);
    if (this.bandOf[slot] === 0) {
      if ((this.used + 1) * 2 > this.slots) {
        this.rehash();
        slot = this.find(band, key);
      }
      this.bandOf[slot] = band + 1;
      this.keyOf[slot] = key;
      this.head[slot] = -1;
      this.used++;
    }
    if (this.size[slot]! >= this.capacity) return;
    if (this.entries === this.entryText.length) {
      this.entryText = grown(this.entryText);
      this.entryNext = grown(this.entryNext);
    }
    this.entryText[this.entries] = text;
    this.entryNext[this.entries] = this.head[slot]!;
    this.head[slot] = this.entries++;
    this.size[slot]!++;
  }

  /** The slot of (band, key), or the empty slot where it would go (linear probing). */
  private find(band: number, key: number): number {
    const mask = this.slots - 1;
    let slot = Math.imul(key ^ Math.imul(band + 1, 0x9e3779b1), 0x85ebca6b) >>> 0 & mask;
    while (this.bandOf[slot] !== 0 && (this.bandOf[slot] !== band + 1 || this.keyOf[slot] !== key)) slot = (slot + 1) & mask;
    return slot;
  }

  private rehash(): void {
    const { bandOf, keyOf, head, size } = this;
    this.slots *= 2;
    this.bandOf = new Uint8Array(this.slots);
    this.keyOf = new Int32Array(this.slots);
    this.head = new Int32Array(this.slots);
    this.size = new Uint8Array(this.slots);
    for (let old = 0; old < bandOf.length; old++) {
      if (bandOf[old] === 0) continue;
      const slot = this.find(bandOf[old]! - 1, keyOf[old]!);
      this.bandOf[slot] = bandOf[old]!;
      this.keyOf[slot] = keyOf[old]!;
      this.head[slot] = head[old]!;
      this.size[slot] = size[old]!;
    }
  }
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}
