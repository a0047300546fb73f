/**
 * The b-bit signatures of kept texts (Li & König, "b-Bit Minwise Hashing", WWW 2010: the lowest 8 bits of each MinHash
 * minimum, one byte a permutation), in one buffer with a slot per kept text, sized for all texts at once: never
 * copied. A candidate is compared with the current text's signature four bytes at a time.
 */
export class BBitSketches {
  /** Bytes a slot holds: the permutations, rounded up to whole 32-bit words (the padding is zero in every slot). */
  private readonly stride: number;
  private readonly words: Uint32Array;
  private readonly slotOf: Int32Array;
  private readonly query: Uint8Array;
  private readonly queryWords: Uint32Array;
  private kept = 0;

  constructor(
    texts: number,
    private readonly permutations: number,
  ) {
    this.stride = 4 * Math.ceil(permutations / 4);
    this.slotOf = new Int32Array(texts).fill(-1);
    this.words = new Uint32Array((this.stride / 4) * texts);
    this.query = new Uint8Array(this.stride);
    this.queryWords = new Uint32Array(this.query.buffer);
  }

  /** Makes `sketch` (the lowest byte of each MinHash minimum) the one `similarity` compares with (once per text, before its candidates). */
  compareWith(sketch: Uint8Array): void {
    this.query.set(sketch.subarray(0, this.permutations));
  }

  /** Keeps the signature last given to `compareWith` as text `index`'s. */
  keep(index: number): void {
    this.words.set(this.queryWords, this.kept * (this.stride / 4));
    this.slotOf[index] = this.kept++;
  }

  /**
   * The estimated Jaccard similarity of the signature given to `compareWith` and kept text `index`'s
   * (P[low bytes agree] = J + (1 − J) / 256).
   */
  similarity(index: number): number {
    const wordsPerSlot = this.stride / 4;
    const offset = this.slotOf[index]! * wordsPerSlot;
    let agree = 0;
    for (let word = 0; word < wordsPerSlot; word++) agree += zeroBytes(this.queryWords[word]! ^ this.words[offset + word]!);
    agree -= this.stride - this.permutations; // the padding always agrees
    return (agree / this.permutations - 1 / 256) / (1 - 1 / 256);
  }
}

/**
 * How many of the four bytes of a 32-bit word are zero, without a branch (the zero-byte test of Hacker's Delight,
 * 2nd ed., §6-1: a byte's high bit survives only if the byte is 0; the four bits are then summed by one multiply).
 */
export function zeroBytes(word: number): number {
  const high = ~(((word & 0x7f7f7f7f) + 0x7f7f7f7f) | word | 0x7f7f7f7f);
  return Math.imul(high >>> 7, 0x01010101) >>> 24;
}
