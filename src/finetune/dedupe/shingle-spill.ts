import { UnlinkedFile } from "../unlinked-file.js";

/** Bytes gathered before one write to the file. */
const WRITE_BUFFER = 1 << 20;
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
  private written = 0;
  private pending = new Uint8Array(WRITE_BUFFER);
  private pendingBytes = 0;
  private readonly cachedIndex = new Int32Array(CACHED_SETS).fill(-1);
  private readonly cachedSets: Uint32Array[] = [];

  constructor(texts: number) {
    this.starts = new Float64Array(texts);
    this.counts = new Int32Array(texts).fill(-1);
  }

  /** Keeps text `index`'s shingle set. */
  add(index: number, shingles: Uint32Array): void {
    const bytes = new Uint8Array(shingles.buffer, shingles.byteOffset, shingles.byteLength);
    if (this.pendingBytes + bytes.length > this.pending.length) this.flush();
    this.starts[index] = this.written + this.pendingBytes;
    this.counts[index] = shingles.length;
    if (bytes.length > this.pending.length) {
      this.file.write(bytes, this.written);
      this.written += bytes.length;
    } else {
      this.pending.set(bytes, this.pendingBytes);
      this.pendingBytes += bytes.length;
    }
  }

  /** Text `index`'s shingle set, as added. */
  get(index: number): Uint32Array {
    const count = this.counts[index]!;
    if (count < 0) throw new RangeError(`no shingles kept for text ${index}`);
    const slot = index % CACHED_SETS;
    if (this.cachedIndex[slot] === index) return this.cachedSets[slot]!;
    const shingles = new Uint32Array(count);
    const start = this.starts[index]!;
    if (start >= this.written) shingles.set(new Uint32Array(this.pending.buffer, start - this.written, count));
    else if (count > 0) this.file.read(new Uint8Array(shingles.buffer), start, 4 * count);
    this.cachedIndex[slot] = index;
    this.cachedSets[slot] = shingles;
    return shingles;
  }

  close(): void {
    this.file.close();
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    this.file.write(this.pending.subarray(0, this.pendingBytes), this.written);
    this.written += this.pendingBytes;
    this.pendingBytes = 0;
  }
}
