import { withRoomForOne } from "./grow-typed-array.js";
import { SpillAppender } from "./spill-appender.js";
import { UnlinkedFile } from "./unlinked-file.js";

/** Bytes read at once when a record is not in the last block read. */
const READ_BLOCK = 1 << 16;

/**
 * Texts kept in a temporary file instead of the heap: each record (a few strings) is appended as UTF-8 and read back
 * by its number. A large inquiry log's masked rows are read many times over a build (cleaning, the held-out check,
 * four export formats, the residual pass) but held whole they were the largest part of its memory (about 0.7 KB a
 * row as UTF-16 strings and their objects); here a row costs 8 bytes of offset. Reads are served from the last block
 * read, so a pass in order reads the file in 64 KB blocks; a record elsewhere is read alone, leaving the block to the
 * pass it interrupts. Synchronous, like the passes that read it. The file is an UnlinkedFile: nothing is left on disk.
 */
export class TextSpill {
  private offsets = new Float64Array(1024);
  private records = 0;
  private readonly out: SpillAppender;
  private block = Buffer.allocUnsafe(READ_BLOCK);
  private blockStart = 0;
  private blockBytes = 0;
  /** Where the last record read ends: a pass in order reads from there on (see `read`). */
  private lastEnd = 0;
  private alone = Buffer.allocUnsafe(4096);

  private constructor(private readonly file: UnlinkedFile) {
    this.out = new SpillAppender(file);
  }

  static open(): TextSpill {
    return new TextSpill(UnlinkedFile.open());
  }

  /** Appends a record; returns its number. */
  append(texts: readonly string[]): number {
    const lengths = texts.map((text) => Buffer.byteLength(text));
    const size = 4 + 4 * texts.length + lengths.reduce((sum, length) => sum + length, 0);
    const offset = this.out.append(size, (into, at) => {
      at = into.writeUInt32LE(texts.length, at);
      for (const length of lengths) at = into.writeUInt32LE(length, at);
      texts.forEach((text, index) => (at += into.write(text, at, lengths[index]!, "utf8")));
    });
    this.offsets = withRoomForOne(this.offsets, this.records);
    this.offsets[this.records] = offset;
    return this.records++;
  }

  /** The texts of record `number`, as appended. */
  read(number: number): string[] {
    if (!(number >= 0 && number < this.records)) throw new RangeError(`no record ${number} in the spill (${this.records})`);
    const start = this.offsets[number]!;
    const end = number + 1 < this.records ? this.offsets[number + 1]! : this.out.end;
    if (end > this.out.written) this.out.flush();
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
    return decodeRecord(bytes, at);
  }

  /**
   * What another thread needs to read the records by itself (SpillReader): the file's descriptor, valid until
   * `close`, and where each record starts, the last entry being where the last ends. Writes what is buffered first.
   */
  share(): SharedSpill {
    this.out.flush();
    const offsets = new Float64Array(this.records + 1);
    offsets.set(this.offsets.subarray(0, this.records));
    offsets[this.records] = this.out.end;
    return { fd: this.file.descriptor, offsets };
  }

  get length(): number {
    return this.records;
  }

  /** Forgets the records from number `records` on (what was appended since `length` was that). */
  truncate(records: number): void {
    if (!(records >= 0 && records <= this.records)) throw new RangeError(`cannot truncate ${this.records} records to ${records}`);
    if (records === this.records) return;
    this.out.truncate(this.offsets[records]!);
    this.records = records;
    this.blockBytes = 0;
    this.lastEnd = 0;
  }

  close(): void {
    this.file.close();
  }

  /** Reads the block from `start`: at least `size` bytes, as many as the block holds. */
  private load(start: number, size: number): void {
    if (size > this.block.length) this.block = Buffer.allocUnsafe(size);
    this.blockBytes = this.file.read(this.block, start, size, Math.min(this.block.length, this.out.written - start));
    this.blockStart = start;
  }

  private readAlone(start: number, size: number): Buffer {
    if (size > this.alone.length) this.alone = Buffer.allocUnsafe(Math.max(size, 2 * this.alone.length));
    this.file.read(this.alone, start, size);
    return this.alone;
  }
}

/** A TextSpill as another thread reads it (see TextSpill.share). */
export interface SharedSpill {
  fd: number;
  offsets: Float64Array;
}

/** The texts of the record at `at` in `bytes`: a count, each text's length in bytes, then the texts in UTF-8. */
export function decodeRecord(bytes: Buffer, at: number): string[] {
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
