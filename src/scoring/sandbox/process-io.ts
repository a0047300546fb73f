import type { Writable } from "node:stream";
import type { CappedOutput } from "./capped-output.js";

/** Reads a spawned process's pipe into a capped sink; `onLimit` once the sink is full. */
export function readCapped(stream: NodeJS.ReadableStream | null, sink: CappedOutput, onLimit: () => void): void {
  if (!stream) return;
  let over = false;
  stream.on("data", (chunk: Buffer) => {
    if (over) return;
    if (sink.push(chunk)) {
      over = true;
      onLimit();
    }
  });
  stream.on("error", () => {});
}

/** Writes all of `content` to a spawned process's pipe and closes it. */
export function feed(stream: Writable | null, content: string | Buffer): void {
  if (!stream) return;
  // EPIPE when the program exits (or bwrap fails) before reading everything: not an error of the harness.
  stream.on("error", () => {});
  stream.end(content);
}
