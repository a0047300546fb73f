import fs from "node:fs";
import path from "node:path";
import { KurabeError } from "../errors.js";
import { openDatabase } from "../store/open-store.js";
import { storePath } from "../store/store-location.js";
import { importRunFile } from "../store/portable/import-run.js";

/** Bytes read from the run file at a time (Node's own default for file streams). */
export const IMPORT_CHUNK_BYTES = 64 * 1024;

/**
 * `kurabe import FILE`: adds an exported run to the store, so results, report, compare and view show it; its items'
 * images are written to images/ beside the store.
 */
export async function importCommand(file: string, options: { db?: string; config?: string }): Promise<number> {
  // `-`: the run file on stdin (`kurabe export | ssh host kurabe import -`).
  const name = file === "-" ? "stdin" : file;
  let input: NodeJS.ReadableStream;
  try {
    input = file === "-" ? process.stdin : fs.createReadStream("", { fd: fs.openSync(file, "r"), highWaterMark: IMPORT_CHUNK_BYTES });
  } catch (error) {
    throw unreadableFile(error, file);
  }
  const target = storePath(options);
  // A store this import creates is removed again if the file is refused: a bad file leaves no store behind.
  const created = !fs.existsSync(target);
  const db = openDatabase(target);
  let imported;
  try {
    // Images beside the store, as its other files are: a store moved with its folder keeps its images.
    imported = await importRunFile(db, readChunks(input, name), {
      file: name,
      imagesDir: path.join(path.dirname(path.resolve(target)), "images"),
    });
  } catch (error) {
    db.close();
    if (created) for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${target}${suffix}`, { force: true });
    throw error;
  }
  db.close();
  process.stdout.write(`imported run ${imported.runId} (${imported.models} models, ${imported.responses} answers) into ${target}\n`);
  return 0;
}

/** The file's bytes; a read that fails (a folder, an I/O error) is the user's input, not kurabe's fault. */
async function* readChunks(stream: NodeJS.ReadableStream, file: string): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (error) {
    throw unreadableFile(error, file);
  }
}

function unreadableFile(error: unknown, file: string): KurabeError {
  return new KurabeError("input", `cannot read the run file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { file });
}
