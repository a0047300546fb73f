import type { LanguageModelUsage, TextStreamPart, ToolSet } from "ai";
import { describe, expect, it } from "vitest";
import { ProviderError } from "../../../src/errors.js";
import { readFullStream } from "../../../src/models/ai-sdk/read-stream.js";

type Part = TextStreamPart<ToolSet>;

const usage = (inputTokens: number | undefined, outputTokens: number | undefined): LanguageModelUsage => ({
  inputTokens,
  inputTokenDetails: { noCacheTokens: inputTokens, cacheReadTokens: 0, cacheWriteTokens: undefined },
  outputTokens,
  outputTokenDetails: { textTokens: outputTokens, reasoningTokens: 0 },
  totalTokens: undefined,
});

const finish = (totalUsage: LanguageModelUsage, rawFinishReason: string | undefined): Part => ({
  type: "finish",
  finishReason: "stop",
  rawFinishReason,
  totalUsage,
});

async function* parts(...list: Part[]): AsyncIterable<Part> {
  yield* list;
}

const open = () => new AbortController().signal;

describe("readFullStream", () => {
  it("joins text and reasoning deltas and reads usage from the finish part", async () => {
    const answer = await readFullStream(
      parts(
        { type: "reasoning-delta", id: "r", text: "Think" },
        { type: "text-delta", id: "t", text: "An" },
        { type: "text-delta", id: "t", text: "swer" },
        finish(usage(5, 3), "stop"),
      ),
      open(),
    );
    expect(answer).toMatchObject({ text: "Answer", reasoning: "Think", usage: { inputTokens: 5, outputTokens: 3 } });
    expect(answer.firstTokenAt).toBeGreaterThan(0);
  });

  it("does not count an empty delta (Anthropic's signature delta) as the first token", async () => {
    const signatureOnly = parts({ type: "reasoning-delta", id: "r", text: "" }, finish(usage(1, 0), "stop"));
    const answer = await readFullStream(signatureOnly, open());
    expect(answer.firstTokenAt).toBeUndefined();
  });

  it("calls a stream with a finish reason but no usage truncated: a protocol error, not a free answer", async () => {
    const noUsage = parts({ type: "text-delta", id: "t", text: "Hi" }, finish(usage(undefined, undefined), "stop"));
    const reading = readFullStream(noUsage, open());
    await expect(reading).rejects.toThrow(ProviderError);
    await expect(reading).rejects.toMatchObject({ kind: "protocol" });
  });

  it("calls a stream without a finish reason truncated, even when usage came along", async () => {
    await expect(readFullStream(parts(finish(usage(5, 3), undefined)), open())).rejects.toMatchObject({ kind: "protocol" });
    await expect(readFullStream(parts({ type: "text-delta", id: "t", text: "Hi" }), open())).rejects.toMatchObject({
      kind: "protocol",
    });
  });

  it("throws an error part instead of skipping it", async () => {
    const failure = new Error("boom");
    const failing = parts({ type: "error", error: failure }, finish(usage(1, 1), "stop"));
    await expect(readFullStream(failing, open())).rejects.toBe(failure);
  });

  it("throws the signal's reason on an abort part", async () => {
    const controller = new AbortController();
    const reason = new Error("stop");
    controller.abort(reason);
    await expect(readFullStream(parts({ type: "abort" }), controller.signal)).rejects.toBe(reason);
  });
});
