import { withRoomForOne } from "./grow-typed-array.js";

/**
 * A growable list of 32-bit integers in one typed array (doubled when full): what a build collects by the hundred
 * thousand — n-gram token ids, (example, n-gram) pairs — without a heap number or an array slot object per entry.
 */
export class IntList {
  private items: Int32Array;
  private size = 0;

  constructor(capacity = 1024) {
    this.items = new Int32Array(Math.max(16, capacity));
  }

  get length(): number {
    return this.size;
  }

  push(value: number): void {
    this.items = withRoomForOne(this.items, this.size);
    this.items[this.size++] = value;
  }

  at(index: number): number {
    return this.items[index]!;
  }

  set(index: number, value: number): void {
    if (!(index >= 0 && index < this.size)) throw new RangeError(`no entry ${index} (${this.size})`);
    this.items[index] = value;
  }

  clear(): void {
    this.size = 0;
  }

  /** The entries, in order, as a view (valid until the next push). */
  view(): Int32Array {
    return this.items.subarray(0, this.size);
  }
}
