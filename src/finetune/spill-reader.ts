import { readSync } from "node:fs";
import { decodeRecord, type SharedSpill } from "./text-spill.js";

/** Bytes read at once: records asked for in order are served from one read. */
const READ_BLOCK = 1 << 20;

/**
 * A TextSpill's records read in another thread through its shared descriptor (TextSpill.share), with positioned reads
 * that leave the owner's reads alone. The owner appends nothing while this reads (its records are fixed at `share`).
 */
export class SpillReader {
  private block = Buffer.allocUnsafe(READ_BLOCK);
  private blockStart = 0;
  private blockBytes = 0;

  constructor(private readonly spill: SharedSpill) {}

  /** The texts of record `number`. */
  read(number: number): string[] {
    const { offsets } = this.spill;
    if (!(number >= 0 && number + 1 < offsets.length)) throw new RangeError(`no record ${number} in the shared spill (${offsets.length - 1})`);
    const start = offsets[number]!;
    const end = offsets[number + 1]!;
    if (start < this.blockStart || end > this.blockStart + this.blockBytes) this.load(start, end - start, offsets[offsets.length - 1]!);
    return decodeRecord(this.block, start - this.blockStart);
  }

  private load(start: number, size: number, fileEnd: number): void {
    if (size > this.block.length) this.block = Buffer.allocUnsafe(size);
    const want = Math.min(this.block.length, fileEnd - start);
    let done = 0;
    while (done < size) {
      const read = readSync(this.spill.fd, this.block, done, want - done, start + done);
      if (read === 0) throw new Error(`the shared spill ended at ${start + done} of ${start + size}`);
      done += read;
    }
    this.blockStart = start;
    this.blockBytes = done;
  }
}
