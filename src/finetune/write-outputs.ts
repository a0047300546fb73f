import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * A file's content: text, or its pieces in order (rendered while they are written, so a large file is never one
 * string), which may come asynchronously (when they wait for work in other threads).
 */
export type FileContent = string | (() => Iterable<string> | AsyncIterable<string>);

/**
 * Writes a set of files into `dir` all or nothing: each goes to a hidden staging folder inside `dir` first, and only
 * when every write succeeded are they renamed into place (a rename within one file system is atomic). A failure
 * leaves `dir` as it was, apart from an emptied staging folder being removed.
 */
export async function writeOutputsAtomically(dir: string, files: Readonly<Record<string, FileContent>>): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const staging = join(dir, `.kurabe-staging-${process.pid}-${Date.now()}`);
  await mkdir(staging);
  try {
    for (const [name, content] of Object.entries(files)) {
      if (typeof content === "string") await writeFile(join(staging, name), content);
      else await writePieces(join(staging, name), content());
    }
    for (const name of Object.keys(files)) await rename(join(staging, name), join(dir, name));
    return Object.keys(files).map((name) => join(dir, name));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Bytes of pieces a file's stream holds before the writer waits for them to be written. */
const WRITE_BUFFER = 1 << 20;

async function writePieces(path: string, pieces: Iterable<string> | AsyncIterable<string>): Promise<void> {
  // A large buffer: at the default 16 KiB, a build's 230 MB of files were 14,000 waits for a write, the thread idle in each.
  const stream = createWriteStream(path, { highWaterMark: WRITE_BUFFER });
  const failed = once(stream, "error").then(([error]) => Promise.reject(error as Error));
  failed.catch(() => undefined);
  const drained = () => Promise.race([once(stream, "drain"), failed]);
  // A synchronous source is read without a turn of the event loop per piece (a large file has hundreds of thousands).
  if (Symbol.asyncIterator in pieces) {
    for await (const piece of pieces) if (!stream.write(piece)) await drained();
  } else {
    for (const piece of pieces) if (!stream.write(piece)) await drained();
  }
  stream.end();
  await Promise.race([once(stream, "finish"), failed]);
}
