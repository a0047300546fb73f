import { SpillAppender } from "../spill-appender.js";
import { UnlinkedFile } from "../unlinked-file.js";

/** Sets remembered in memory (direct-mapped by text index): a templated log's kept rows are candidates again and again. */
const CACHED_SETS = 4096;

/**
 * The shingle sets of kept texts (shingleHashes), by text index, in a temporary file: a near-duplicate's candidates
 * are compared by their exact shingles, and making those again from the text (read back from the build's spill,
 * normalised, hashed) was a fifth of deduplication's time, while a million rows' sets held in memory are ~0.6 GB.
 * A set costs 4 bytes a shingle on disk and 12 bytes of offsets here; a read is one system call.
 */
export class ShingleSpill {
  private readonly file = UnlinkedFile.open();
  private readonly starts: Float64Array;
  private readonly counts: Int32Array;
  private readonly out = new SpillAppender(this.file);
  private readonly cachedIndex = new Int32Array(CACHED_SETS).fill(-1);
  private readonly cachedSets: Uint32Array[] = [];

  constructor(texts: number) {
    this.starts = new Float64Array(texts);
    this.counts = new Int32Array(texts).fill(-1);
  }

  /** Keeps text `index`'s shingle set. */
  add(index: number, shingles: Uint32Array): void {
    const bytes = new Uint8Array(shingles.buffer, shingles.byteOffset, shingles.byteLength);
    this.starts[index] = this.out.append(bytes.length, (into, at) => into.set(bytes, at));
    this.counts[index] = shingles.length;
  }

  /** Text `index`'s shingle set, as added. */
  get(index: number): Uint32Array {
    const count = this.counts[index]!;
    if (count < 0) throw new RangeError(`no shingles kept for text ${index}`);
    const slot = index % CACHED_SETS;
    if (this.cachedIndex[slot] === index) return this.cachedSets[slot]!;
    const shingles = new Uint32Array(count);
    this.out.read(new Uint8Array(shingles.buffer), this.starts[index]!);
    this.cachedIndex[slot] = index;
    this.cachedSets[slot] = shingles;
    return shingles;
  }

  close(): void {
    this.file.close();
  }
}
