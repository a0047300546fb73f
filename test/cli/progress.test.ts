import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { describeTiming, RunProgress } from "../../src/cli/progress.js";

describe("the progress bar's time field", () => {
  it("shows an ETA while results arrive", () => {
    expect(describeTiming({ now: 10_000, lastResultAt: 9_500, rate: 2, remaining: 10 })).toBe("ETA 5s");
    expect(describeTiming({ now: 10_000, lastResultAt: 9_500, rate: 2, remaining: 0 })).toBe("done");
    expect(describeTiming({ now: 10_000, lastResultAt: 9_500, oldest: { sentAt: 9_000, timeoutMs: 120_000 }, rate: 2, remaining: 130 }))
      .toBe("ETA 1m05s");
  });

  it("shows how long the oldest request has waited, against its timeout, once answers stop coming", () => {
    const state = { now: 47_000, lastResultAt: 0, oldest: { sentAt: 10_000, timeoutMs: 120_000 }, rate: 0, remaining: 24 };
    expect(describeTiming(state)).toBe("waiting 37s for the oldest request (timeout 2m00s)");
    // Never "ETA 0s" for a server that accepts connections but never answers.
    expect(describeTiming({ ...state, oldest: undefined })).toBe("ETA –");
  });
});

describe("the run's progress output", () => {
  it("names a stopped model and its cause in one line", () => {
    const { stream, text } = capture();
    const progress = new RunProgress(stream);
    progress.onEvent({ type: "planned", total: 4, alreadyDone: 0 });
    progress.onEvent({ type: "model-stopped", modelId: "local", reason: "cannot reach http://127.0.0.1:9/v1: connection refused" });
    progress.stop();
    expect(text().split("\n")).toContain(
      "kurabe: local: cannot reach http://127.0.0.1:9/v1: connection refused; its remaining items are not sent",
    );
  });

  it("says how a data file was decoded once, however many suites read it", () => {
    const { stream, text } = capture();
    const progress = new RunProgress(stream);
    progress.onEvent({ type: "decoded", suite: "faq", file: "faq.csv", encoding: "Shift_JIS (CP932)" });
    progress.onEvent({ type: "decoded", suite: "faq-again", file: "faq.csv", encoding: "Shift_JIS (CP932)" });
    progress.onEvent({ type: "decoded", suite: "faq", file: "shots.csv", encoding: "EUC-JP" });
    progress.stop();
    expect(text().split("\n").filter((line) => line.includes("decoded"))).toEqual([
      "kurabe: faq.csv: decoded as Shift_JIS (CP932)",
      "kurabe: shots.csv: decoded as EUC-JP",
    ]);
  });

  it("tracks the oldest attempt in flight from the engine's sent and settled events", () => {
    const { stream } = capture();
    const progress = new RunProgress(stream);
    progress.onEvent({ type: "planned", total: 2, alreadyDone: 0 });
    progress.onEvent({ type: "request", modelId: "m", request: 1, phase: "sent", timeoutMs: 90_000 });
    progress.onEvent({ type: "request", modelId: "m", request: 2, phase: "sent", timeoutMs: 90_000 });
    progress.onEvent({ type: "request", modelId: "m", request: 1, phase: "settled", timeoutMs: 90_000 });
    expect(progress.oldestInFlight()).toMatchObject({ timeoutMs: 90_000 });
    progress.onEvent({ type: "request", modelId: "m", request: 2, phase: "settled", timeoutMs: 90_000 });
    expect(progress.oldestInFlight()).toBeUndefined();
    progress.stop();
  });
});

/** A stream that is not a terminal, as in CI, and what was written to it. */
function capture(): { stream: NodeJS.WriteStream; text: () => string } {
  const stream = new PassThrough();
  let written = "";
  stream.on("data", (chunk: Buffer) => (written += chunk.toString()));
  return { stream: Object.assign(stream, { isTTY: false }) as unknown as NodeJS.WriteStream, text: () => written };
}
