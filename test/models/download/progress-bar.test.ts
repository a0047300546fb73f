import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createDownloadProgressBar } from "../../../src/models/download/progress-bar.js";

/** A stream that claims to be a terminal, so cli-progress draws into it. */
function fakeTerminal(): { stream: NodeJS.WritableStream; text: () => string } {
  const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString("utf8") };
}

describe("createDownloadProgressBar", () => {
  it("draws the label, percentage and megabytes of a download", () => {
    const terminal = fakeTerminal();
    const bar = createDownloadProgressBar("Llama 3.2 1B", terminal.stream);
    bar.onProgress({ receivedBytes: 0, totalBytes: 4 * 1024 * 1024, resumedFromBytes: 0 });
    bar.onProgress({ receivedBytes: 2 * 1024 * 1024, totalBytes: 4 * 1024 * 1024, resumedFromBytes: 0 });
    bar.stop();
    expect(terminal.text()).toContain("Llama 3.2 1B");
    expect(terminal.text()).toContain("50%");
    expect(terminal.text()).toContain("2.0/4.0 MB");
  });

  it("draws nothing when no progress was reported", () => {
    const terminal = fakeTerminal();
    createDownloadProgressBar("x", terminal.stream).stop();
    expect(terminal.text()).toBe("");
  });
});
