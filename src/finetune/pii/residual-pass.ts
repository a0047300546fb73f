import { residualKinds, type NameAtRisk, type ResidualFinding } from "./residual-check.js";

/**
 * The residual-risk pass, run while the outputs are written: each checked file's records are read by the stricter
 * detectors, and searched for the inputs' names at risk (residual-check.ts), as they go to the file. In this thread:
 * those are a few regular expressions, each behind a cheap test, and a few strings, so a thread of its own (started
 * after masking's have ended, with a copy of every detector) cost more than it saved. Findings come in the order of
 * one pass over the files: file, line, kind.
 */
export class ResidualPass {
  private readonly found: ResidualFinding[] = [];
  private readonly read = new Set<string>();

  constructor(private readonly names: readonly NameAtRisk[] = []) {}

  /** File `file`'s records (one JSONL line each), passed on as each is read. */
  *check(file: string, records: Iterable<string>): Iterable<string> {
    let line = 0;
    for (const record of records) {
      line++;
      for (const kind of residualKinds(record, this.names)) this.found.push({ file, line, kind });
      yield record;
    }
    this.read.add(file);
  }

  /** Every finding, once each of `files` has been read to its end by `check`. */
  findings(files: readonly string[]): ResidualFinding[] {
    const unread = files.filter((file) => !this.read.has(file));
    if (unread.length > 0) throw new Error(`the residual pass has not read ${unread.join(", ")} to the end`);
    return this.found;
  }
}
