import { SpillAppender } from "../spill-appender.js";
import { UnlinkedFile } from "../unlinked-file.js";

/** Sets remembered in memory (direct-mapped by text index): a templated log's kept rows are candidates again and again. */
const CACHED_SETS = 4096;

/**
 * Shingles held in memory before sets go to the file: 48 MiB, about half a 158,000-row log's kept sets (21.3 million
 * shingles). Deduplication's end is one of the build's two peaks of memory (the training scan's thread runs beside
 * it), and most reads are of the first sets held: on that log the sets past the first 12 million are read back
 * ~33,000 times (of 287,000 reads), about 0.3 s, for ~37 MB less at the peak.
 */
const HELD_SHINGLES = 12 << 20;
/** Shingles per block of the memory held: one block gives many sets their room, a typed array each would cost more. */
const BLOCK_SHINGLES = 1 << 20;

/**
 * The shingle sets of kept texts (shingleHashes), by text index: a near-duplicate's candidates are compared by their
 * exact shingles, and making those again from the text (read back from the build's spill, normalised, hashed) was a
 * fifth of deduplication's time. The first HELD_SHINGLES are held in memory, packed in blocks (a candidate's set is a
 * view, no copy); the rest go to a temporary file, as a million rows' sets in memory would be ~0.6 GB: 4 bytes a
 * shingle on disk and 12 bytes of offsets here, a read one system call (a templated log's 244,000 reads were 2–3 s
 * of a build's deduplication).
 */
export class ShingleSpill {
  private file: UnlinkedFile | undefined;
  private out: SpillAppender | undefined;
  /** A set's start: in the memory held (its shingle index there), or, for a set in the file, its offset there. */
  private readonly starts: Float64Array;
  private readonly counts: Int32Array;
  private readonly inFile: Uint8Array;
  private readonly blocks: Uint32Array[] = [];
  /** Shingles used in the last block, and held in all blocks. */
  private blockUsed = 0;
  private held = 0;
  private readonly cachedIndex = new Int32Array(CACHED_SETS).fill(-1);
  private readonly cachedSets: Uint32Array[] = [];

  /** `heldShingles`: how many shingles are held in memory (the first sets' up to that), the rest in the file. */
  constructor(
    texts: number,
    private readonly heldShingles = HELD_SHINGLES,
  ) {
    this.starts = new Float64Array(texts);
    this.counts = new Int32Array(texts).fill(-1);
    this.inFile = new Uint8Array(texts);
  }

  /** Keeps text `index`'s shingle set. */
  add(index: number, shingles: Uint32Array): void {
    this.counts[index] = shingles.length;
    if (this.held + shingles.length <= this.heldShingles) this.hold(index, shingles);
    else this.spill(index, shingles);
  }

  /** Text `index`'s shingle set, as added. */
  get(index: number): Uint32Array {
    const count = this.counts[index]!;
    if (count < 0) throw new RangeError(`no shingles kept for text ${index}`);
    if (this.inFile[index] === 0) {
      const start = this.starts[index]!;
      const block = this.blocks[Math.floor(start / BLOCK_SHINGLES)]!;
      const at = start % BLOCK_SHINGLES;
      return block.subarray(at, at + count);
    }
    const slot = index % CACHED_SETS;
    if (this.cachedIndex[slot] === index) return this.cachedSets[slot]!;
    const shingles = new Uint32Array(count);
    this.out!.read(new Uint8Array(shingles.buffer), this.starts[index]!);
    this.cachedIndex[slot] = index;
    this.cachedSets[slot] = shingles;
    return shingles;
  }

  close(): void {
    this.file?.close();
  }

  /** A set in the last block, or in a new one when it does not fit (a set longer than a block gets a block of its size). */
  private hold(index: number, shingles: Uint32Array): void {
    if (this.blocks.length === 0 || this.blockUsed + shingles.length > BLOCK_SHINGLES) {
      this.blocks.push(new Uint32Array(Math.max(BLOCK_SHINGLES, shingles.length)));
      this.blockUsed = 0;
    }
    const block = this.blocks.length - 1;
    this.blocks[block]!.set(shingles, this.blockUsed);
    this.starts[index] = block * BLOCK_SHINGLES + this.blockUsed;
    this.blockUsed += shingles.length;
    this.held += shingles.length;
  }

  private spill(index: number, shingles: Uint32Array): void {
    this.file ??= UnlinkedFile.open();
    this.out ??= new SpillAppender(this.file);
    const bytes = new Uint8Array(shingles.buffer, shingles.byteOffset, shingles.byteLength);
    this.starts[index] = this.out.append(bytes.length, (into, at) => into.set(bytes, at));
    this.inFile[index] = 1;
  }
}
