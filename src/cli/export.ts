import { once } from "node:events";
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "../store/open-store.js";
import { findRun } from "../store/queries.js";
import { storePath } from "../store/store-location.js";
import { exportRun } from "../store/portable/export-run.js";

/** Pieces are written in chunks of about this many characters (a write per row costs more than the row). */
const CHUNK_CHARS = 1 << 20;

/** `kurabe export [RUN]`: the run as a portable file, on stdout or --out (written whole or not at all). */
export async function exportCommand(runId: string | undefined, options: { db?: string; config?: string; out?: string }): Promise<number> {
  const db = openDatabase(storePath(options), { mustExist: true });
  try {
    const run = findRun(db, runId);
    const chunks = joined(exportRun(db, run.id));
    if (options.out === undefined || options.out === "-") {
      await writeOut(process.stdout, chunks);
      return 0;
    }
    const partial = path.join(path.dirname(options.out), `.${path.basename(options.out)}.${process.pid}.partial`);
    const fd = fs.openSync(partial, "w");
    try {
      for (const chunk of chunks) fs.writeSync(fd, chunk);
      fs.closeSync(fd);
      fs.renameSync(partial, options.out);
    } catch (error) {
      fs.closeSync(fd);
      fs.rmSync(partial, { force: true });
      throw error;
    }
    process.stderr.write(`exported run ${run.id} to ${options.out}\n`);
    return 0;
  } finally {
    db.close();
  }
}

function* joined(pieces: Iterable<string>): Generator<string> {
  let chunk = "";
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}

/**
 * Writes to a stream as fast as it takes the chunks: a pipe to a slow reader (or to gzip) holds at most one chunk in
 * memory, not the whole file. (A reader that goes away ends kurabe quietly: src/cli/main.ts.)
 */
async function writeOut(stream: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) if (!stream.write(chunk)) await once(stream, "drain");
}
