import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { datasetProgressBar } from "../../src/cli/dataset-progress.js";

const stream = (isTTY: boolean) => {
  let written = "";
  const sink = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        written += String(chunk);
        done();
      },
    }),
    { isTTY, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true },
  );
  return { sink: sink as unknown as NodeJS.WriteStream, text: () => written };
};

describe("dataset build's progress bar", () => {
  it("draws the stage and how far it has come on a terminal", () => {
    const { sink, text } = stream(true);
    const bar = datasetProgressBar(sink);
    bar.onProgress("reading and masking", 0, 1000);
    bar.onProgress("reading and masking", 500, 1000);
    bar.onProgress("counting tokens", 0, 990);
    bar.stop();
    expect(text()).toContain("reading and masking");
    expect(text()).toMatch(/counting tokens.* 0\/990/);
  });

  it("stays silent in a pipe or a CI log", () => {
    const { sink, text } = stream(false);
    const bar = datasetProgressBar(sink);
    bar.onProgress("reading and masking", 0, 1000);
    bar.stop();
    expect(text()).toBe("");
  });
});
