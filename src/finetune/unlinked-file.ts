import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A temporary file read and written through its descriptor alone: unlinked as soon as it is open, so that the system
 * frees it when `close` closes the descriptor, or when the process ends however it ends (Ctrl-C, a crash, a kill), and
 * nothing can open it by its name meanwhile. What the build keeps out of its heap (TextSpill, ShingleSpill) lives in one.
 */
export class UnlinkedFile {
  private fd: number | undefined;

  private constructor(fd: number) {
    this.fd = fd;
  }

  static open(): UnlinkedFile {
    // In a folder of its own (mkdtemp: a name no other process holds), removed with the file at once.
    const dir = mkdtempSync(join(tmpdir(), "kurabe-spill-"));
    try {
      return new UnlinkedFile(openSync(join(dir, "spill.bin"), "w+"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /** Writes all of `bytes` at `position`. */
  write(bytes: Uint8Array, position: number): void {
    let done = 0;
    while (done < bytes.length) done += writeSync(this.openFd(), bytes, done, bytes.length - done, position + done);
  }

  /** Reads `want` bytes from `start` into `into` (at least `size` of them: the file may end after those); returns how many were read. */
  read(into: Uint8Array, start: number, size: number, want = size): number {
    let done = 0;
    while (done < size) {
      const read = readSync(this.openFd(), into, done, want - done, start + done);
      if (read === 0) throw new Error(`the spill file ended at ${start + done} of ${start + size}`);
      done += read;
    }
    return done;
  }

  /** The open descriptor: another thread of this process may read through it (positioned reads) until `close`. */
  get descriptor(): number {
    return this.openFd();
  }

  close(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
  }

  private openFd(): number {
    if (this.fd === undefined) throw new Error("the spill is closed");
    return this.fd;
  }
}
