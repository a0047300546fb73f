import type { UnlinkedFile } from "./unlinked-file.js";

/** Bytes gathered before one write to the file: a spill's records are small, a system call each would cost more. */
const WRITE_BUFFER = 1 << 20;

/**
 * Appends records to an UnlinkedFile through one write buffer: a record is laid in the buffer, which goes to the file
 * when the next record does not fit (or on `flush`); a record larger than the buffer is written alone. Offsets are
 * the file's: a record's offset is where it will be once written. What TextSpill and ShingleSpill append goes here.
 */
export class SpillAppender {
  private pending = Buffer.allocUnsafe(WRITE_BUFFER);
  private pendingBytes = 0;
  /** Bytes in the file; those from here on are still in the buffer. */
  private fileBytes = 0;

  constructor(private readonly file: UnlinkedFile) {}

  /** Bytes written to the file so far (reading below this needs no flush). */
  get written(): number {
    return this.fileBytes;
  }

  /** Where the next record goes: all bytes appended, written or pending. */
  get end(): number {
    return this.fileBytes + this.pendingBytes;
  }

  /** Appends a record of `size` bytes, which `fill` lays in `into` from `at`; returns the record's offset. */
  append(size: number, fill: (into: Buffer, at: number) => void): number {
    if (this.pendingBytes + size > this.pending.length) this.flush();
    const offset = this.end;
    if (size > this.pending.length) {
      const alone = Buffer.allocUnsafe(size);
      fill(alone, 0);
      this.writeOut(alone);
    } else {
      fill(this.pending, this.pendingBytes);
      this.pendingBytes += size;
    }
    return offset;
  }

  /** Reads the record at `start` into `into` (its size): from the buffer if it is still there, without a flush. */
  read(into: Uint8Array, start: number): void {
    if (start < this.fileBytes) this.file.read(into, start, into.length);
    // A plain view: Buffer's own subarray makes a Buffer through its species, a cost per read.
    else into.set(new Uint8Array(this.pending.buffer, this.pending.byteOffset + start - this.fileBytes, into.length));
  }

  /** Forgets what was appended from offset `end` on (a record's offset, as `append` gave it). */
  truncate(end: number): void {
    if (end >= this.fileBytes) this.pendingBytes = end - this.fileBytes;
    else {
      this.pendingBytes = 0;
      this.fileBytes = end;
    }
  }

  /** Writes what the buffer holds to the file. */
  flush(): void {
    if (this.pendingBytes === 0) return;
    this.writeOut(this.pending.subarray(0, this.pendingBytes));
    this.pendingBytes = 0;
  }

  private writeOut(bytes: Uint8Array): void {
    this.file.write(bytes, this.fileBytes);
    this.fileBytes += bytes.length;
  }
}
