import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ApiModelConfig } from "../../src/config/schema.js";
import { ConfigError, ProviderError, type ProviderErrorKind } from "../../src/errors.js";
import { startMockServer } from "../../src/mock-server/server.js";
import type { Fault, MockReply, MockRequest, MockServer } from "../../src/mock-server/types.js";
import { createApiModel } from "../../src/models/ai-sdk/api-model.js";
import { createModel } from "../../src/models/create-model.js";
import type { ModelRequest } from "../../src/models/types.js";

const KEY = "sk-kurabe-test-5f3a9c1e7b";
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_BASE64 = Buffer.from(PNG).toString("base64");

/** The test's view of the mock: what the next request gets, and what the server saw. */
let server: MockServer;
let reply: MockReply | undefined;
let fault: Fault | undefined;
let received: MockRequest[] = [];

beforeAll(async () => {
  server = await startMockServer({
    respond: (request) => reply ?? request.prompt,
    // Consulted for every model call, faulty or not: the one place to record what arrived.
    fault: (request) => {
      received.push(request);
      return fault;
    },
  });
});
afterAll(() => server.close());
beforeEach(() => {
  reply = undefined;
  fault = undefined;
  received = [];
});

type Body = Record<string, unknown>;

interface ProviderCase {
  provider: ApiModelConfig["provider"];
  model: string;
  path: "/v1" | "/v1beta";
  /** How the key travels: `Authorization: Bearer …` or the key alone (x-api-key, x-goog-api-key). */
  credential: string;
  /** Chat completions carry reasoning text only in the vLLM/DeepSeek extension the official OpenAI provider ignores. */
  reasoningParts: boolean;
  lastMessageParts(body: Body): unknown;
  image: unknown;
  params: { sent: ModelRequest["params"]; body: Body };
  reasoningEffortBody: Body;
  jsonSchemaBody: Body;
}

const chatCompletionsImage = {
  type: "image_url",
  image_url: expect.objectContaining({ url: `data:image/png;base64,${PNG_BASE64}` }),
};
const chatCompletionsParams = {
  sent: { temperature: 0.2, topP: 0.9, maxTokens: 64, seed: 7, stop: ["\n\n"] },
  body: { temperature: 0.2, top_p: 0.9, max_tokens: 64, seed: 7, stop: ["\n\n"] },
};
const chatCompletionsJson = {
  response_format: { type: "json_schema", json_schema: expect.objectContaining({ name: "response" }) },
};
const lastMessage = (body: Body) => (body.messages as { content: unknown }[]).at(-1)?.content;

const cases: ProviderCase[] = [
  {
    provider: "openai",
    model: "gpt-4o-mini",
    path: "/v1",
    credential: `Bearer ${KEY}`,
    reasoningParts: false,
    lastMessageParts: lastMessage,
    image: chatCompletionsImage,
    params: chatCompletionsParams,
    reasoningEffortBody: { reasoning_effort: "low" },
    jsonSchemaBody: chatCompletionsJson,
  },
  {
    provider: "anthropic",
    model: "claude-haiku-4-5",
    path: "/v1",
    credential: KEY,
    reasoningParts: true,
    lastMessageParts: lastMessage,
    image: expect.objectContaining({ type: "image", source: { type: "base64", media_type: "image/png", data: PNG_BASE64 } }),
    // Claude takes either temperature or top_p, and has no seed.
    params: {
      sent: { temperature: 0.2, maxTokens: 64, stop: ["\n\n"] },
      body: { temperature: 0.2, max_tokens: 64, stop_sequences: ["\n\n"] },
    },
    reasoningEffortBody: { thinking: { type: "enabled", budget_tokens: 4096 } },
    jsonSchemaBody: { output_config: { format: expect.objectContaining({ type: "json_schema" }) } },
  },
  {
    provider: "google",
    model: "gemini-2.5-flash",
    path: "/v1beta",
    credential: KEY,
    reasoningParts: true,
    lastMessageParts: (body) => (body.contents as { parts: unknown }[]).at(-1)?.parts,
    image: { inlineData: { mimeType: "image/png", data: PNG_BASE64 } },
    params: {
      sent: chatCompletionsParams.sent,
      body: { generationConfig: { temperature: 0.2, topP: 0.9, maxOutputTokens: 64, seed: 7, stopSequences: ["\n\n"] } },
    },
    reasoningEffortBody: { generationConfig: { thinkingConfig: { thinkingBudget: 4096, includeThoughts: true } } },
    jsonSchemaBody: {
      generationConfig: {
        responseMimeType: "application/json",
        responseSchema: expect.objectContaining({ properties: expect.anything() }),
      },
    },
  },
  {
    provider: "openai-compatible",
    model: "qwen3-8b",
    path: "/v1",
    credential: `Bearer ${KEY}`,
    reasoningParts: true,
    lastMessageParts: lastMessage,
    image: chatCompletionsImage,
    params: chatCompletionsParams,
    reasoningEffortBody: { reasoning_effort: "low" },
    jsonSchemaBody: chatCompletionsJson,
  },
];

/** Through the provider registry: the AI SDK for openai, anthropic and google, kurabe's own client for the rest. */
function modelFor(c: ProviderCase) {
  const baseURL = `${server.url}${c.path}`;
  return createModel({ ...defaults, provider: c.provider, model: c.model, apiKey: KEY, baseURL }, {});
}

const defaults = { concurrency: 1, params: {}, timeoutMs: 60_000, judgeOnly: false };
const ask = (text: string, params: ModelRequest["params"] = {}): ModelRequest => ({
  messages: [{ role: "user", content: text }],
  params,
});
const noAbort = () => new AbortController().signal;

async function failureOf(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

describe.each(cases)("createModel: $provider", (c) => {
  it("streams an answer with usage (cached and reasoning tokens included), finish reason and TTFT", async () => {
    reply = { text: "2, 3 and 5.", reasoning: "Small primes are easy.", cachedInputTokens: 2 };
    const completion = await (await modelFor(c)).generate(ask("Name three primes."), noAbort());
    expect(received[0]?.stream).toBe(true);
    expect(completion.text).toBe("2, 3 and 5.");
    expect(completion.finishReason).toBe("stop");
    // The mock counts ~4 characters a token: 18 prompt characters, 11 of text and 22 of reasoning.
    expect(completion.usage).toEqual({ inputTokens: 5, cachedInputTokens: 2, outputTokens: 9, reasoningTokens: 6 });
    expect(completion.timing.ttftMs).toBeGreaterThanOrEqual(0);
    expect(completion.timing.ttftMs).toBeLessThanOrEqual(completion.timing.totalMs);
  });

  it("keeps reasoning apart from the answer: reasoning parts and <think> blocks", async () => {
    reply = { text: "<think>Tag thoughts.</think>\n\nThe answer.", reasoning: "Part thoughts." };
    const completion = await (await modelFor(c)).generate(ask("Why?"), noAbort());
    expect(completion.text).toBe("The answer.");
    expect(completion.reasoning).toBe(c.reasoningParts ? "Part thoughts.\n\nTag thoughts." : "Tag thoughts.");
  });

  it("leaves reasoning undefined when there is none", async () => {
    const completion = await (await modelFor(c)).generate(ask("Plain."), noAbort());
    expect(completion).toMatchObject({ text: "Plain." });
    expect(completion.reasoning).toBeUndefined();
  });

  it("sends an image part as bytes: a data URL or inline data, never a URL to fetch", async () => {
    const request: ModelRequest = {
      messages: [
        { role: "system", content: "Describe images." },
        {
          role: "user",
          content: [
            { type: "text", text: "What is this?" },
            { type: "image", data: PNG, mediaType: "image/png" },
          ],
        },
      ],
      params: {},
    };
    await (await modelFor(c)).generate(request, noAbort());
    const [seen] = received;
    expect(seen?.prompt).toBe("What is this?");
    expect(seen?.messages.at(-1)?.content).toContainEqual({ type: "image", url: `data:image/png;base64,${PNG_BASE64}` });
    expect(c.lastMessageParts(seen?.body ?? {})).toContainEqual(c.image);
  });

  it("passes sampling parameters in the provider's own names", async () => {
    await (await modelFor(c)).generate(ask("Params.", c.params.sent), noAbort());
    expect(received[0]?.body).toMatchObject(c.params.body);
  });

  it("asks for reasoning effort in the provider's own terms", async () => {
    await (await modelFor(c)).generate(ask("Think.", { reasoningEffort: "low" }), noAbort());
    expect(received[0]?.body).toMatchObject(c.reasoningEffortBody);
  });

  it("asks for structured output when the request has a JSON schema", async () => {
    reply = '{"answer": 42}';
    const schema = {
      type: "object",
      properties: { answer: { type: "number" } },
      required: ["answer"],
      additionalProperties: false,
    };
    const completion = await (await modelFor(c)).generate({ ...ask("JSON please."), jsonSchema: schema }, noAbort());
    expect(received[0]?.body).toMatchObject(c.jsonSchemaBody);
    expect(JSON.parse(completion.text)).toEqual({ answer: 42 });
  });

  it.each<[string, ProviderErrorKind, Fault]>([
    ["HTTP 429", "rate_limit", { type: "status", status: 429 }],
    ["HTTP 500", "server", { type: "status", status: 500 }],
    ["HTTP 503", "server", { type: "status", status: 503 }],
    ["HTTP 401", "auth", { type: "status", status: 401 }],
    ["HTTP 400", "bad_request", { type: "status", status: 400 }],
    ["a connection reset mid-stream", "network", { type: "reset-mid-stream" }],
    ["an event that is not JSON", "protocol", { type: "malformed-json" }],
    ["a stream cut off before its finish events", "protocol", { type: "truncated-sse" }],
  ])("reports %s as a %s error", async (_, kind, injected) => {
    fault = injected;
    const error = await failureOf((await modelFor(c)).generate(ask("Fail."), noAbort()));
    expect(error.kind).toBe(kind);
    expect(error.message.startsWith(`${c.provider}: `)).toBe(true);
  });

  it("takes the wait from Retry-After: `Retry-After: 2` is 2000 ms, no header is undefined", async () => {
    fault = { type: "status", status: 429, retryAfter: "2" };
    const named = await failureOf((await modelFor(c)).generate(ask("Wait."), noAbort()));
    expect(named).toMatchObject({ kind: "rate_limit", status: 429, retryAfterMs: 2000 });
    fault = { type: "status", status: 429 };
    expect((await failureOf((await modelFor(c)).generate(ask("Wait."), noAbort()))).retryAfterMs).toBeUndefined();
  });

  it("reports a first byte slower than the timeout signal as a timeout", async () => {
    fault = { type: "slow-first-byte", delayMs: 60_000 };
    const error = await failureOf((await modelFor(c)).generate(ask("Slow."), AbortSignal.timeout(50)));
    expect(error.kind).toBe("timeout");
  });

  it("rethrows a user's abort as it is, not as a provider failure", async () => {
    const controller = new AbortController();
    const stop = new Error("stopped by the user");
    fault = { type: "slow-first-byte", delayMs: 60_000 };
    const pending = (await modelFor(c)).generate(ask("Stop."), controller.signal);
    // expect.poll gives up after 1 s by default: on a busy machine the request may take longer to arrive.
    await expect.poll(() => received.length, { timeout: 30_000 }).toBe(1);
    controller.abort(stop);
    await expect(pending).rejects.toBe(stop);
  });

  it("sends the key in the provider's header, and never puts it in an error message", async () => {
    server.stats.credentials.clear();
    fault = { type: "status", status: 401 };
    const error = await failureOf((await modelFor(c)).generate(ask("Key?"), noAbort()));
    expect(server.stats.credentials).toContain(c.credential);
    expect(error.kind).toBe("auth");
    // The mock echoes the presented key in its 401 message, as some providers do.
    expect(error.message).toContain("[redacted]");
    expect(error.message).not.toContain(KEY);
    expect(error.describe()).not.toContain(KEY);
  });
});

describe("createApiModel", () => {
  const openai: ApiModelConfig = { provider: "openai", model: "gpt-4o", concurrency: 1, params: {}, timeoutMs: 1000, judgeOnly: false };

  it("names the model provider:model unless the config gives an id", () => {
    expect(createApiModel({ ...openai, apiKey: KEY }, {}).id).toBe("openai:gpt-4o");
    expect(createApiModel({ ...openai, apiKey: KEY, id: "gpt4o-prod" }, {}).id).toBe("gpt4o-prod");
  });

  it("takes image support from the config first, then the model catalog", () => {
    expect(createApiModel({ ...openai, apiKey: KEY }, {}).capabilities).toEqual({ images: true, jsonSchema: true });
    expect(createApiModel({ ...openai, apiKey: KEY, images: false }, {}).capabilities.images).toBe(false);
    expect(createApiModel({ ...openai, apiKey: KEY, model: "my-fine-tune" }, {}).capabilities.images).toBe(false);
  });

  it("reads the key from the provider's usual environment variable when the config has none", async () => {
    server.stats.credentials.clear();
    const model = createApiModel({ ...openai, baseURL: `${server.url}/v1` }, { OPENAI_API_KEY: "sk-from-env" });
    await model.generate(ask("Env."), noAbort());
    expect(server.stats.credentials).toContain("Bearer sk-from-env");
  });

  it("refuses to create a keyed provider's model without a key, naming the variable to set", () => {
    expect(() => createApiModel(openai, {})).toThrow(ConfigError);
    expect(() => createApiModel(openai, {})).toThrow(/OPENAI_API_KEY/);
    expect(() => createApiModel({ ...openai, provider: "anthropic" }, {})).toThrow(/ANTHROPIC_API_KEY/);
    expect(() => createApiModel({ ...openai, provider: "google" }, {})).toThrow(/GOOGLE_GENERATIVE_AI_API_KEY/);
  });

  it("lets an openai-compatible server go without a key, and sends none", async () => {
    server.stats.credentials.clear();
    const model = await createModel({ ...defaults, provider: "openai-compatible", model: "llama3", baseURL: `${server.url}/v1` }, {});
    await model.generate(ask("Local."), noAbort());
    expect(received[0]?.headers.authorization).toBeUndefined();
  });

  it("scrubs credential headers from the config too", async () => {
    fault = { type: "status", status: 401 };
    const headers = { "x-api-key": "gateway-secret-42" };
    const model = createApiModel({ ...openai, apiKey: KEY, baseURL: `${server.url}/v1`, headers }, {});
    const error = await failureOf(model.generate(ask("Gateway."), noAbort()));
    expect(error.message).not.toContain("gateway-secret-42");
  });

  it("reports a server that is not there as a network error", async () => {
    const gone = await startMockServer();
    await gone.close();
    const model = createApiModel({ ...openai, apiKey: KEY, baseURL: `${gone.url}/v1` }, {});
    expect((await failureOf(model.generate(ask("Anyone?"), noAbort()))).kind).toBe("network");
  });

  it("refuses an image outside user messages before calling the provider", async () => {
    const model = createApiModel({ ...openai, apiKey: KEY, baseURL: `${server.url}/v1` }, {});
    const request: ModelRequest = {
      messages: [
        { role: "system", content: [{ type: "image", data: PNG, mediaType: "image/png" }] },
        { role: "user", content: "Hi" },
      ],
      params: {},
    };
    expect((await failureOf(model.generate(request, noAbort()))).kind).toBe("unsupported");
    expect(received).toHaveLength(0);
  });
});
