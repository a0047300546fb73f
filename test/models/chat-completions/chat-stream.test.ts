import { describe, expect, it } from "vitest";
import { ProviderError } from "../../../src/errors.js";
import { ChatStreamReader } from "../../../src/models/chat-completions/chat-stream.js";

const event = (data: unknown) => `data: ${typeof data === "string" ? data : JSON.stringify(data)}\n\n`;
const chunk = (delta: Record<string, unknown> | null, finish: string | null = null) => ({ choices: [{ index: 0, delta, finish_reason: finish }] });
const usage = { prompt_tokens: 12, completion_tokens: 7, total_tokens: 19 };
const tail = [event(chunk({}, "stop")), event({ choices: [], usage }), event("[DONE]")].join("");

function read(pieces: Array<[string, number]>) {
  const reader = new ChatStreamReader();
  for (const [text, at] of pieces) reader.feed(text, at);
  return reader.finish();
}

describe("ChatStreamReader", () => {
  it("joins the deltas, however the bytes were split, and reads usage and the finish reason", () => {
    const body = [event(chunk({ role: "assistant", content: "" })), event(chunk({ content: "Hello" })), event(chunk({ content: " world" })), tail].join("");
    const answer = read([...body].map((character, i) => [character, i]));
    expect(answer).toMatchObject({ text: "Hello world", reasoning: "", finishReason: "stop", usage: { inputTokens: 12, outputTokens: 7 } });
  });

  it("stamps TTFT with the arrival time of the first non-empty delta, and the end with the last bytes' arrival", () => {
    const answer = read([
      [event(chunk({ role: "assistant", content: "" })), 10],
      [event(chunk({ content: "A" })), 25],
      [event(chunk({ content: "B" })), 30],
      [tail, 42],
    ]);
    expect(answer.firstTokenAt).toBe(25);
    expect(answer.endedAt).toBe(42);
  });

  it("stamps each event that carries output with its bytes' arrival; events read together share it", () => {
    const answer = read([
      [event(chunk({ role: "assistant", content: "" })), 10],
      [event(chunk({ content: "A" })), 25],
      // Half an event: it is complete, and stamped, when the rest arrives.
      [event(chunk({ content: "B" })).slice(0, 12), 30],
      [event(chunk({ content: "B" })).slice(12) + event(chunk({ reasoning_content: "C" })), 36],
      [event(chunk({ content: "" })), 38],
      [tail, 42],
    ]);
    expect(answer.outputArrivals).toEqual([25, 36, 36]);
  });

  it("keeps reasoning apart: reasoning_content, reasoning, and thinking content parts", () => {
    const answer = read([
      [event(chunk({ reasoning_content: "First. " })), 1],
      [event(chunk({ reasoning: "Second. " })), 2],
      [event(chunk({ content: [{ type: "thinking", thinking: [{ type: "text", text: "Third." }] }, { type: "text", text: "Answer" }] })), 3],
      [tail, 4],
    ]);
    expect(answer).toMatchObject({ text: "Answer", reasoning: "First. Second. Third.", firstTokenAt: 1 });
  });

  it("reads cached and reasoning tokens from the usage details", () => {
    const details = { ...usage, prompt_tokens_details: { cached_tokens: 4 }, completion_tokens_details: { reasoning_tokens: 3 } };
    const answer = read([[event(chunk({ content: "x" }, "length")) + event({ choices: [], usage: details }), 1]]);
    expect(answer.usage).toEqual({ inputTokens: 12, outputTokens: 7, cachedInputTokens: 4, reasoningTokens: 3 });
    expect(answer.finishReason).toBe("length");
  });

  it.each([
    ["stop", "stop"],
    ["length", "length"],
    ["content_filter", "content-filter"],
    ["tool_calls", "tool-calls"],
    ["function_call", "tool-calls"],
    ["eos", "other"],
  ])("maps finish_reason %s to %s, as the AI SDK does", (raw, unified) => {
    const answer = read([[event(chunk({ content: "x" }, raw)) + event({ choices: [], usage }), 1]]);
    expect(answer.finishReason).toBe(unified);
  });

  it("reports a refusal as text with a content-filter finish", () => {
    const answer = read([[event(chunk({ refusal: "I can't." }, "stop")) + event({ choices: [], usage }), 1]]);
    expect(answer).toMatchObject({ text: "I can't.", finishReason: "content-filter" });
  });

  it.each([
    ["no finish reason", event(chunk({ content: "x" })) + event({ choices: [], usage })],
    ["no usage", event(chunk({ content: "x" }, "stop"))],
  ])("calls a stream with %s truncated (a protocol error)", (_, body) => {
    expect(() => read([[body, 1]])).toThrow(/truncated/);
  });

  it("throws a protocol error for an event that is not JSON, or not a chunk", () => {
    for (const body of ['data: {"choices": [\n\n', event({ id: "x" }), event(42)]) {
      const error = (() => {
        try {
          read([[body, 1]]);
        } catch (thrown) {
          return thrown;
        }
      })();
      expect(error).toBeInstanceOf(ProviderError);
      expect(error).toMatchObject({ kind: "protocol" });
    }
  });

  it("throws an error event's own error object, for the caller to classify by its type", () => {
    const error = { message: "overloaded", type: "server_error" };
    expect(() => read([[event({ error }), 1]])).toThrow(expect.objectContaining(error));
  });
});
