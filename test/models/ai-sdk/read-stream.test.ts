import type { LanguageModelV3StreamPart, LanguageModelV3Usage } from "@ai-sdk/provider";
import { describe, expect, it } from "vitest";
import { ProviderError } from "../../../src/errors.js";
import { readFullStream } from "../../../src/models/ai-sdk/read-stream.js";

type Part = LanguageModelV3StreamPart;

const usage = (input: number | undefined, output: number | undefined, cacheRead = 0, reasoning = 0): LanguageModelV3Usage => ({
  inputTokens: { total: input, noCache: input, cacheRead, cacheWrite: undefined },
  outputTokens: { total: output, text: output, reasoning },
});

const finish = (totalUsage: LanguageModelV3Usage, raw: string | undefined): Part => ({
  type: "finish",
  finishReason: { unified: "stop", raw },
  usage: totalUsage,
});

const parts = (...list: Part[]) =>
  new ReadableStream<Part>({
    start(controller) {
      for (const part of list) controller.enqueue(part);
      controller.close();
    },
  });

const open = () => new AbortController().signal;

describe("readFullStream", () => {
  it("joins text and reasoning deltas and reads usage from the finish part", async () => {
    const answer = await readFullStream(
      parts(
        { type: "reasoning-delta", id: "r", delta: "Think" },
        { type: "text-delta", id: "t", delta: "An" },
        { type: "text-delta", id: "t", delta: "swer" },
        finish(usage(5, 3, 2, 1), "stop"),
      ),
      open(),
    );
    expect(answer).toMatchObject({
      text: "Answer",
      reasoning: "Think",
      usage: { inputTokens: 5, outputTokens: 3, cachedInputTokens: 2, reasoningTokens: 1 },
      finishReason: "stop",
    });
  });

  it("calls a stream with a finish reason but no usage truncated: a protocol error, not a free answer", async () => {
    const noUsage = parts({ type: "text-delta", id: "t", delta: "Hi" }, finish(usage(undefined, undefined), "stop"));
    const reading = readFullStream(noUsage, open());
    await expect(reading).rejects.toThrow(ProviderError);
    await expect(reading).rejects.toMatchObject({ kind: "protocol" });
  });

  it("calls a stream without a finish reason truncated, even when usage came along", async () => {
    await expect(readFullStream(parts(finish(usage(5, 3), undefined)), open())).rejects.toMatchObject({ kind: "protocol" });
    await expect(readFullStream(parts({ type: "text-delta", id: "t", delta: "Hi" }), open())).rejects.toMatchObject({
      kind: "protocol",
    });
  });

  it("throws an error part instead of skipping it", async () => {
    const failure = new Error("boom");
    const failing = parts({ type: "error", error: failure }, finish(usage(1, 1), "stop"));
    await expect(readFullStream(failing, open())).rejects.toBe(failure);
  });

  it("throws the signal's reason when the call was stopped", async () => {
    const controller = new AbortController();
    const reason = new Error("stop");
    controller.abort(reason);
    await expect(readFullStream(parts(), controller.signal)).rejects.toBe(reason);
  });
});
