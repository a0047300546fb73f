import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";

/** One input of a build, as the report names it: a data-protection officer can match it to the file they hold. */
export interface InputFile {
  path: string;
  bytes: number;
  sha256: string;
  /** How it was read, or why it was not. */
  status: string;
}

/** Size and SHA-256 of a file, read as a stream (inquiry logs run to hundreds of megabytes). */
export async function describeInput(path: string, shown: string, status: string): Promise<InputFile> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return { path: shown, bytes: (await stat(path)).size, sha256: hash.digest("hex"), status };
}
