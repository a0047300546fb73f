import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import diagnostics from "node:diagnostics_channel";
import type { JSONSchema7 } from "@ai-sdk/provider";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ProviderError } from "../../../src/errors.js";
import { startMockServer } from "../../../src/mock-server/server.js";
import type { MockReply, MockRequest, MockServer } from "../../../src/mock-server/types.js";
import { readFullStream } from "../../../src/models/ai-sdk/read-stream.js";
import { toModelMessages } from "../../../src/models/ai-sdk/to-model-messages.js";
import { toCompletion } from "../../../src/models/api/streamed-answer.js";
import { createChatCompletionsModel } from "../../../src/models/chat-completions/chat-completions-model.js";
import type { Completion, ModelRequest } from "../../../src/models/types.js";

let server: MockServer;
let reply: MockReply | undefined;
let received: MockRequest[] = [];

beforeAll(async () => {
  server = await startMockServer({
    respond: (request) => reply ?? request.prompt,
    fault: (request) => {
      received.push(request);
      return undefined;
    },
  });
});
afterAll(() => server.close());
beforeEach(() => {
  reply = undefined;
  received = [];
});

const config = (baseURL: string) => ({
  provider: "openai-compatible" as const,
  model: "qwen3-8b",
  baseURL,
  concurrency: 1,
  params: {},
  timeoutMs: 60_000,
  judgeOnly: false,
});

/** The reference: @ai-sdk/openai-compatible as kurabe configured it before it had its own client. */
async function viaSdk(request: ModelRequest): Promise<Completion> {
  const model = createOpenAICompatible({
    name: "openaiCompatible",
    baseURL: `${server.url}/v1`,
    includeUsage: true,
    supportsStructuredOutputs: true,
  }).chatModel("qwen3-8b");
  const started = performance.now();
  const { params } = request;
  const { stream } = await model.doStream({
    prompt: toModelMessages(request.messages),
    abortSignal: new AbortController().signal,
    temperature: params.temperature,
    topP: params.topP,
    maxOutputTokens: params.maxTokens,
    seed: params.seed,
    stopSequences: params.stop,
    ...(params.reasoningEffort ? { providerOptions: { openaiCompatible: { reasoningEffort: params.reasoningEffort } } } : {}),
    ...(request.jsonSchema ? { responseFormat: { type: "json", schema: request.jsonSchema as JSONSchema7 } } : {}),
  });
  return toCompletion(await readFullStream(stream, new AbortController().signal), started);
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const requests: Array<[string, ModelRequest, MockReply]> = [
  ["a plain question", { messages: [{ role: "user", content: "What is 2 + 2?" }], params: {} }, "4"],
  [
    "a conversation with a system turn, sampling parameters and a stop sequence",
    {
      messages: [
        { role: "system", content: "Answer briefly." },
        { role: "user", content: "Name a prime." },
        { role: "assistant", content: "7" },
        { role: "user", content: [{ type: "text", text: "Another." }] },
      ],
      params: { temperature: 0.2, topP: 0.9, maxTokens: 64, seed: 7, stop: ["\n\n"] },
    },
    "11",
  ],
  [
    "an image and a reasoning effort, answered with reasoning and cached tokens",
    {
      messages: [{ role: "user", content: [{ type: "text", text: "What is this?" }, { type: "image", data: PNG, mediaType: "image/png" }] }],
      params: { reasoningEffort: "low" },
    },
    { text: "A tiny PNG header.", reasoning: "Eight bytes, the PNG signature.", cachedInputTokens: 2 },
  ],
  [
    "a JSON schema",
    {
      messages: [{ role: "user", content: "JSON please." }],
      params: {},
      jsonSchema: { type: "object", properties: { answer: { type: "number" } }, required: ["answer"], additionalProperties: false },
    },
    '{"answer": 42}',
  ],
  [
    "an answer in Japanese with a <think> block",
    { messages: [{ role: "user", content: "日本の首都は？" }], params: {} },
    "<think>簡単な質問。</think>\n\n東京です。",
  ],
];

describe("createChatCompletionsModel against the AI SDK's openai-compatible provider", () => {
  it.each(requests)("sends the same body and reads the same answer for %s", async (_, request, answer) => {
    reply = answer;
    const ours = await createChatCompletionsModel(config(`${server.url}/v1`), {}).generate(request, new AbortController().signal);
    const theirs = await viaSdk(request);
    expect(received).toHaveLength(2);
    expect(received[0]!.body).toEqual(received[1]!.body);
    const { timing: ourTiming, ...ourAnswer } = ours;
    const { timing: _theirTiming, ...theirAnswer } = theirs;
    expect(ourAnswer).toEqual(theirAnswer);
    expect(ourTiming.ttftMs).toBeGreaterThanOrEqual(0);
    expect(ourTiming.ttftMs).toBeLessThanOrEqual(ourTiming.totalMs);
  });

  it("accepts a baseURL with a trailing slash", async () => {
    await createChatCompletionsModel(config(`${server.url}/v1/`), {}).generate(requests[0]![1], new AbortController().signal);
    expect(received).toHaveLength(1);
  });
});

describe("createChatCompletionsModel timing", () => {
  it("measures TTFT and the whole answer from the arrival of bytes the server paced", async () => {
    const paced = await startMockServer({ latencyMs: 80, tokenDelayMs: 20 });
    try {
      reply = undefined;
      const completion = await createChatCompletionsModel(config(`${paced.url}/v1`), {}).generate(
        { messages: [{ role: "user", content: "one two three four five" }], params: {} },
        new AbortController().signal,
      );
      // The first byte comes after the 80 ms latency; the role chunk (empty content) does not count as a token, so
      // the first token is one 20 ms gap later. The body is 5 words, a finish chunk, usage and [DONE]: 8 gaps after it.
      expect(completion.timing.ttftMs).toBeGreaterThanOrEqual(95);
      expect(completion.timing.totalMs - completion.timing.ttftMs!).toBeGreaterThanOrEqual(7 * 20 - 5);
    } finally {
      await paced.close();
    }
  });
});

describe("createChatCompletionsModel connections", () => {
  it("keeps no more sockets than its concurrency, reusing them from one request to the next", async () => {
    const own = await startMockServer({ latencyMs: 20 });
    try {
      const model = createChatCompletionsModel({ ...config(`${own.url}/v1`), concurrency: 4 }, {});
      let next = 0;
      // Four callers, each sending its next request the moment its last answer is in (as the engine and kurabe load
      // do): undici reuses a socket only a loop turn after its answer, so an unbounded pool opened a second one.
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          while (next < 40) await model.generate({ messages: [{ role: "user", content: `q ${next++}` }], params: {} }, new AbortController().signal);
        }),
      );
      expect(own.stats.completed).toBe(40);
      expect(own.stats.connections).toBeLessThanOrEqual(4);
    } finally {
      await own.close();
    }
  });

  it("closes its sockets when closed, where the server sees them go", async () => {
    // Idle sockets kept for ten minutes: only closing them ends them within the test.
    const own = await startMockServer({ latencyMs: 20, keepAliveMs: 600_000 });
    try {
      const model = createChatCompletionsModel({ ...config(`${own.url}/v1`), concurrency: 3 }, {});
      const ask = (content: string) => model.generate({ messages: [{ role: "user", content }], params: {} }, new AbortController().signal);
      await Promise.all(["a", "b", "c"].map(ask));
      // Kept alive for the next request until the model is closed.
      expect(own.stats.openConnections).toBe(3);
      await model.close!();
      await expect.poll(() => own.stats.openConnections, { timeout: 30_000 }).toBe(0);
    } finally {
      await own.close();
    }
  });
});

describe("createChatCompletionsModel onAnswered", () => {
  const ask = (content: string) => ({ messages: [{ role: "user" as const, content }], params: {} });

  it("is called once when the answer is in, before the call resolves, and a request sent from it is written at once on the same socket", async () => {
    const own = await startMockServer({ latencyMs: 10 });
    // Undici reports each request as it writes its headers: the order of that write and the first call's resolution
    // shows whether the second request waited for a later phase of the event loop (it did on undici's Pool).
    const events: string[] = [];
    const onHeaders = () => events.push("request written");
    diagnostics.subscribe("undici:client:sendHeaders", onHeaders);
    try {
      const model = createChatCompletionsModel({ ...config(`${own.url}/v1`), concurrency: 1 }, {});
      let second: Promise<unknown> | undefined;
      const first = model.generate(ask("first"), new AbortController().signal, {
        onAnswered: () => {
          events.push("answered");
          second = model.generate(ask("second"), new AbortController().signal);
        },
      });
      await first.then(() => events.push("first resolved"));
      await second;
      expect(events).toEqual(["request written", "answered", "request written", "first resolved"]);
      expect(own.stats.completed).toBe(2);
      expect(own.stats.connections).toBe(1);
    } finally {
      diagnostics.unsubscribe("undici:client:sendHeaders", onHeaders);
      await own.close();
    }
  });

  it("is not called when the connection fails", async () => {
    const closed = await startMockServer({});
    const url = `${closed.url}/v1`;
    await closed.close();
    let called = 0;
    const call = createChatCompletionsModel(config(url), {}).generate(ask("anyone?"), new AbortController().signal, { onAnswered: () => called++ });
    await expect(call).rejects.toMatchObject({ kind: "network" });
    expect(called).toBe(0);
  });
});

describe("createChatCompletionsModel errors", () => {
  it("classifies an HTTP error as the AI SDK's clients do, with the server's Retry-After and no key in the message", async () => {
    const own = await startMockServer({ fault: () => ({ type: "status", status: 429, retryAfter: "2" }) });
    try {
      const model = createChatCompletionsModel({ ...config(`${own.url}/v1`), apiKey: "sk-secret-key-123456" }, {});
      const error = await model.generate(requests[0]![1], new AbortController().signal).then(() => undefined, (thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(ProviderError);
      expect(error).toMatchObject({ kind: "rate_limit", status: 429, retryAfterMs: 2000, retryable: true });
      expect((error as ProviderError).message).toMatch(/^openai-compatible: HTTP 429/);
      expect((error as ProviderError).message).not.toContain("sk-secret");
    } finally {
      await own.close();
    }
  });
});
