import { setImmediate as nextCheck, setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startMockServer } from "../../../src/mock-server/server.js";
import type { MockServer } from "../../../src/mock-server/types.js";
import { createApiModel } from "../../../src/models/ai-sdk/api-model.js";
import { stampArrivals } from "../../../src/models/ai-sdk/arrival-stamps.js";
import { providers, type SdkProvider } from "../../../src/models/ai-sdk/providers.js";
import type { StreamedAnswer } from "../../../src/models/api/streamed-answer.js";

/**
 * A deliberately late consumer of the SDK's parts: it starts reading only after the server has sent the whole answer
 * and the client has had a poll phase to read it. Stamps taken as bytes arrive are all earlier than its start; stamps
 * taken as parts come out of the SDK are all later.
 */
const late = vi.hoisted(() => ({
  until: async () => {},
  startedAt: Number.NaN,
  answer: undefined as StreamedAnswer | undefined,
}));

vi.mock("../../../src/models/ai-sdk/read-stream.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../../src/models/ai-sdk/read-stream.js")>();
  return {
    readFullStream: async (...args: Parameters<typeof original.readFullStream>) => {
      await late.until();
      late.startedAt = performance.now();
      return original.readFullStream(...args);
    },
  };
});

vi.mock("../../../src/models/api/streamed-answer.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../../src/models/api/streamed-answer.js")>();
  return {
    toCompletion: (answer: StreamedAnswer, started: number) => {
      late.answer = answer;
      return original.toCompletion(answer, started);
    },
  };
});

let server: MockServer;
let respondedAt = Number.NaN;

beforeAll(async () => {
  server = await startMockServer({
    tokenDelayMs: 20,
    respond: () => {
      respondedAt = performance.now();
      return { text: "one two three", reasoning: "first second" };
    },
  });
});
afterAll(() => server.close());

/** The events that carry output: the official OpenAI provider reads no reasoning text from chat completions. */
const outputEvents: Record<SdkProvider, number> = { openai: 3, anthropic: 5, google: 5 };

describe("AI SDK providers' TTFT and output stamps", () => {
  it.each(["openai", "anthropic", "google"] as const)("%s: stamped as the bytes arrive, not as the SDK's parts are read", async (provider) => {
    const completedBefore = server.stats.completed;
    late.until = async () => {
      while (server.stats.completed === completedBefore) await sleep(5);
      await sleep(10);
      await nextCheck(); // after a poll phase: the client has read what the server sent
    };
    const baseURL = `${server.url}${provider === "google" ? "/v1beta" : "/v1"}`;
    const model = createApiModel({ provider, model: "m", apiKey: "k", baseURL, concurrency: 1, params: {}, timeoutMs: 60_000, judgeOnly: false }, {});
    const completion = await model.generate(
      { messages: [{ role: "user", content: "Count." }], params: { reasoningEffort: "low" } },
      new AbortController().signal,
    );

    expect(completion.text).toBe("one two three");
    const answer = late.answer!;
    // After the server chose its reply, before the consumer read a single part.
    expect(answer.firstTokenAt!).toBeGreaterThan(respondedAt);
    expect(answer.firstTokenAt!).toBeLessThan(late.startedAt);
    const arrivals = answer.outputArrivals!;
    expect(arrivals).toHaveLength(outputEvents[provider]);
    expect(arrivals[0]).toBe(answer.firstTokenAt);
    expect(arrivals.every((at, i) => i === 0 || at >= arrivals[i - 1]!)).toBe(true);
    expect(arrivals.at(-1)!).toBeLessThan(late.startedAt);
    expect(answer.endedAt!).toBeLessThan(late.startedAt);
    expect(completion.timing.outputArrivalsMs).toHaveLength(arrivals.length);
  });
});

describe("stampArrivals", () => {
  const encoder = new TextEncoder();
  /** A fetch answering with the given body pieces, each enqueued in a macrotask of its own. */
  const serving = (pieces: string[], contentType = "text/event-stream") =>
    (async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          async start(controller) {
            for (const piece of pieces) {
              await nextCheck();
              controller.enqueue(encoder.encode(piece));
            }
            controller.close();
          },
        }),
        { headers: { "content-type": contentType } },
      )) as unknown as typeof fetch;
  const event = (data: unknown) => `data: ${JSON.stringify(data)}\n\n`;
  const delta = (type: string, body: Record<string, string>) => event({ type: "content_block_delta", index: 0, delta: { type, ...body } });

  it("stamps an event split across reads when its last bytes arrive; events read together share a stamp", async () => {
    const text = delta("text_delta", { text: "A" });
    const arrivals = stampArrivals(
      serving([
        event({ type: "message_start" }),
        text.slice(0, 20),
        text.slice(20) + delta("thinking_delta", { thinking: "B" }),
        delta("signature_delta", { signature: "s" }) + delta("text_delta", { text: "" }),
        event({ type: "message_stop" }),
      ]),
      providers.anthropic.carriesOutput,
    );
    const response = await arrivals.fetch("http://127.0.0.1/");
    // The SDK's side reads nothing until the whole body has been read and stamped: the body ends unread. Waited for by
    // turns of the event loop, not by time, which a busy machine stretches past the pieces' own turns.
    for (let turn = 0; turn < 100 && arrivals.stamps().endedAt === undefined; turn++) await nextCheck();
    const before = performance.now();
    expect(await response.text()).toContain("message_stop");
    const stamps = arrivals.stamps();
    expect(stamps.outputArrivals).toHaveLength(2);
    expect(stamps.outputArrivals![0]).toBe(stamps.outputArrivals![1]);
    expect(stamps.firstTokenAt).toBe(stamps.outputArrivals![0]);
    expect(stamps.endedAt!).toBeLessThan(before);
  });

  it("passes a body that is not an event stream through untouched, with no stamps", async () => {
    const arrivals = stampArrivals(serving(['{"error": "no"}'], "application/json"), providers.openai.carriesOutput);
    const response = await arrivals.fetch("http://127.0.0.1/");
    expect(await response.text()).toBe('{"error": "no"}');
    expect(arrivals.stamps()).toEqual({});
  });

  it.each([
    ["openai", { choices: [{ delta: { role: "assistant", content: "" } }] }, false],
    ["openai", { choices: [{ delta: { content: "x" } }] }, true],
    ["openai", { choices: [{ delta: { refusal: "no" } }] }, true],
    ["openai", { choices: [], usage: { prompt_tokens: 1 } }, false],
    ["anthropic", { type: "content_block_delta", delta: { type: "input_json_delta", partial_json: "{" } }, true],
    ["anthropic", { type: "content_block_start", content_block: { type: "text", text: "x" } }, false],
    ["google", { candidates: [{ content: { parts: [{ text: "t", thought: true }] } }] }, true],
    ["google", { candidates: [{ finishReason: "STOP" }], usageMetadata: {} }, false],
  ] as const)("%s: %j carries output: %s", (provider, data, expected) => {
    expect(providers[provider].carriesOutput(data)).toBe(expected);
  });
});
