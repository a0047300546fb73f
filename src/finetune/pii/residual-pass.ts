import type { MaskPool } from "./mask-pool.js";
import type { PiiDetector } from "./detector.js";
import { residualDetectors, residualKinds, type ResidualFinding } from "./residual-check.js";

/** Records a batch holds (and a piece of the file written at once), and batches out before writing waits. */
const RECORDS_PER_BATCH = 256;
const BATCHES_IN_FLIGHT = 8;

/**
 * The residual-risk pass, run while the outputs are written: each checked file's records are read as they go to the
 * file, a batch at a time, by the masking threads when there are some (the second core, idle once masking is done)
 * or in this thread. Findings come in the order of one pass over the files: file, line, detector.
 */
export class ResidualPass {
  private readonly detectors: PiiDetector[];
  private readonly batches: Promise<ResidualFinding[]>[] = [];
  private readonly read = new Set<string>();

  constructor(
    detectors: readonly PiiDetector[],
    private readonly pool?: MaskPool,
  ) {
    this.detectors = residualDetectors(detectors);
  }

  /** File `file`'s records (one JSONL line each), passed on in pieces of a batch as each batch is sent to be checked. */
  async *check(file: string, records: Iterable<string>): AsyncIterable<string> {
    let batch: string[] = [];
    let line = 0;
    for (const record of records) {
      batch.push(record);
      if (batch.length < RECORDS_PER_BATCH) continue;
      yield this.send(file, line, batch);
      line += batch.length;
      batch = [];
      // Writing waits while the threads are BATCHES_IN_FLIGHT behind, so that no more than that is held meanwhile.
      if (this.batches.length > BATCHES_IN_FLIGHT) await this.batches[this.batches.length - 1 - BATCHES_IN_FLIGHT];
    }
    if (batch.length > 0) yield this.send(file, line, batch);
    this.read.add(file);
  }

  /** Every finding, once each of `files` has been read to its end by `check`. */
  async findings(files: readonly string[]): Promise<ResidualFinding[]> {
    const unread = files.filter((file) => !this.read.has(file));
    if (unread.length > 0) throw new Error(`the residual pass has not read ${unread.join(", ")} to the end`);
    return (await Promise.all(this.batches)).flat();
  }

  /** Sends the batch whose first record is line `before` + 1; returns its records as one piece. */
  private send(file: string, before: number, records: string[]): string {
    const findingsOf = (kinds: readonly string[][]): ResidualFinding[] =>
      kinds.flatMap((found, index) => found.map((kind) => ({ file, line: before + index + 1, kind })));
    const kinds = this.pool ? this.pool.residual(records) : Promise.resolve(records.map((record) => residualKinds(record, this.detectors)));
    const findings = kinds.then(findingsOf);
    findings.catch(() => undefined); // awaited by `findings` (or by writing, when it waits): this keeps it from going unhandled meanwhile
    this.batches.push(findings);
    return records.join("");
  }
}
