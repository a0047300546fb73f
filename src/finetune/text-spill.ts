import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { withRoomForOne } from "./grow-typed-array.js";

/** Bytes gathered before one write to the file, and read at once when a record is not in the last block read. */
const WRITE_BUFFER = 1 << 20;
const READ_BLOCK = 1 << 16;

/**
 * Texts kept in a temporary file instead of the heap: each record (a few strings) is appended as UTF-8 and read back
 * by its number. A large inquiry log's masked rows are read many times over a build (cleaning, the held-out check,
 * four export formats, the residual pass) but held whole they were the largest part of its memory (about 0.7 KB a
 * row as UTF-16 strings and their objects); here a row costs 8 bytes of offset. Reads are served from the last block
 * read, so a pass in order reads the file in 64 KB blocks; a record elsewhere is read alone, leaving the block to the
 * pass it interrupts. Synchronous, like the passes that read it. The file is unlinked as soon as it is open and
 * read and written through its descriptor alone: the system frees it when `close` closes the descriptor, or when the
 * process ends however it ends (Ctrl-C, a crash, a kill), and nothing can open it by its name meanwhile.
 */
export class TextSpill {
  private offsets = new Float64Array(1024);
  private records = 0;
  private written = 0;
  private pending = Buffer.allocUnsafe(WRITE_BUFFER);
  private pendingBytes = 0;
  private block = Buffer.allocUnsafe(READ_BLOCK);
  private blockStart = 0;
  private blockBytes = 0;
  /** Where the last record read ends: a pass in order reads from there on (see `read`). */
  private lastEnd = 0;
  private alone = Buffer.allocUnsafe(4096);
  private fd: number | undefined;

  private constructor(fd: number) {
    this.fd = fd;
  }

  static open(): TextSpill {
    // In a folder of its own (mkdtemp: a name no other process holds), removed with the file at once.
    const dir = mkdtempSync(join(tmpdir(), "kurabe-spill-"));
    try {
      return new TextSpill(openSync(join(dir, "texts.bin"), "w+"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /** Appends a record; returns its number. */
  append(texts: readonly string[]): number {
    const lengths = texts.map((text) => Buffer.byteLength(text));
    const size = 4 + 4 * texts.length + lengths.reduce((sum, length) => sum + length, 0);
    if (this.pendingBytes + size > this.pending.length) this.flush();
    const into = size > this.pending.length ? Buffer.allocUnsafe(size) : this.pending;
    let at = into === this.pending ? this.pendingBytes : 0;
    at = into.writeUInt32LE(texts.length, at);
    for (const length of lengths) at = into.writeUInt32LE(length, at);
    texts.forEach((text, index) => (at += into.write(text, at, lengths[index]!, "utf8")));
    this.offsets = withRoomForOne(this.offsets, this.records);
    this.offsets[this.records] = this.written + this.pendingBytes;
    if (into === this.pending) this.pendingBytes += size;
    else this.writeOut(into);
    return this.records++;
  }

  /** The texts of record `number`, as appended. */
  read(number: number): string[] {
    if (!(number >= 0 && number < this.records)) throw new RangeError(`no record ${number} in the spill (${this.records})`);
    const start = this.offsets[number]!;
    const end = number + 1 < this.records ? this.offsets[number + 1]! : this.written + this.pendingBytes;
    if (end > this.written) this.flush();
    let bytes: Buffer = this.block;
    let at = start - this.blockStart;
    if (start < this.blockStart || end > this.blockStart + this.blockBytes) {
      // A pass in order goes on from the block (or from the record it read last); anything else is a look aside —
      // deduplication's candidates — read alone, so that the block of the pass it interrupts stays (a 64 KB block per
      // candidate was most of a large build's reading).
      const blockEnd = this.blockStart + this.blockBytes;
      if (start === this.lastEnd || (start >= this.blockStart && start < blockEnd + READ_BLOCK)) {
        this.load(start, end - start);
        bytes = this.block;
      } else bytes = this.readAlone(start, end - start);
      at = 0;
    }
    this.lastEnd = end;
    const count = bytes.readUInt32LE(at);
    let text = at + 4 + 4 * count;
    const texts: string[] = [];
    for (let index = 0; index < count; index++) {
      const length = bytes.readUInt32LE((at += 4));
      texts.push(bytes.toString("utf8", text, text + length));
      text += length;
    }
    return texts;
  }

  get length(): number {
    return this.records;
  }

  /** Forgets the records from number `records` on (what was appended since `length` was that). */
  truncate(records: number): void {
    if (!(records >= 0 && records <= this.records)) throw new RangeError(`cannot truncate ${this.records} records to ${records}`);
    if (records === this.records) return;
    const end = this.offsets[records]!;
    if (end >= this.written) this.pendingBytes = end - this.written;
    else {
      this.pendingBytes = 0;
      this.written = end;
    }
    this.records = records;
    this.blockBytes = 0;
    this.lastEnd = 0;
  }

  close(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    this.writeOut(this.pending.subarray(0, this.pendingBytes));
    this.pendingBytes = 0;
  }

  private writeOut(bytes: Buffer): void {
    let done = 0;
    while (done < bytes.length) done += writeSync(this.openFd(), bytes, done, bytes.length - done, this.written + done);
    this.written += bytes.length;
  }

  /** Reads the block from `start`: at least `size` bytes, as many as the block holds. */
  private load(start: number, size: number): void {
    if (size > this.block.length) this.block = Buffer.allocUnsafe(size);
    this.blockBytes = this.readInto(this.block, start, size, Math.min(this.block.length, this.written - start));
    this.blockStart = start;
  }

  private readAlone(start: number, size: number): Buffer {
    if (size > this.alone.length) this.alone = Buffer.allocUnsafe(Math.max(size, 2 * this.alone.length));
    this.readInto(this.alone, start, size, size);
    return this.alone;
  }

  /** Reads `want` bytes from `start` into `into` (at least `size` of them); returns how many were read. */
  private readInto(into: Buffer, start: number, size: number, want: number): number {
    let done = 0;
    while (done < size) {
      const read = readSync(this.openFd(), into, done, want - done, start + done);
      if (read === 0) throw new Error(`the spill file ended at ${start + done} of ${start + size}`);
      done += read;
    }
    return done;
  }

  private openFd(): number {
    if (this.fd === undefined) throw new Error("the spill is closed");
    return this.fd;
  }
}
