/**
 * One output stream of a sandboxed program, read with a cap: rlimits do not bound a pipe (1 GiB went straight
 * through in sandbox.md's measurements), so the harness counts bytes, keeps only the head and the tail, and reports
 * when the limit is passed so the run can be stopped.
 */
export class CappedOutput {
  private readonly head: Buffer[] = [];
  private headBytes = 0;
  private tail: Buffer[] = [];
  private tailBytes = 0;
  /** Bytes received so far. */
  total = 0;

  /**
   * @param limit bytes after which `push` reports the cap as passed
   * @param kept bytes kept for the result: the first half and the last half
   */
  constructor(
    private readonly limit: number,
    private readonly kept: number,
  ) {}

  /** Records a chunk; returns true once more than `limit` bytes have arrived. */
  push(chunk: Buffer): boolean {
    this.total += chunk.length;
    const headRoom = Math.ceil(this.kept / 2) - this.headBytes;
    if (headRoom > 0) {
      const part = chunk.subarray(0, headRoom);
      this.head.push(part);
      this.headBytes += part.length;
      chunk = chunk.subarray(part.length);
    }
    if (chunk.length > 0) this.pushTail(chunk);
    return this.total > this.limit;
  }

  /** The kept text; when bytes were dropped between head and tail, a line says how many. */
  text(): string {
    const head = Buffer.concat(this.head).toString("utf8");
    const tail = Buffer.concat(this.tail).toString("utf8");
    const omitted = this.total - this.headBytes - this.tailBytes;
    return omitted > 0 ? `${head}\n[… ${omitted} bytes omitted …]\n${tail}` : head + tail;
  }

  private pushTail(chunk: Buffer): void {
    const room = Math.floor(this.kept / 2);
    if (room === 0) return;
    if (chunk.length >= room) {
      this.tail = [chunk.subarray(chunk.length - room)];
      this.tailBytes = room;
      return;
    }
    this.tail.push(chunk);
    this.tailBytes += chunk.length;
    while (this.tailBytes > room) {
      const first = this.tail[0]!;
      const excess = this.tailBytes - room;
      if (first.length <= excess) {
        this.tail.shift();
        this.tailBytes -= first.length;
      } else {
        this.tail[0] = first.subarray(excess);
        this.tailBytes -= excess;
      }
    }
  }
}
