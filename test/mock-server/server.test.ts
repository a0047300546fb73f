import { afterEach, describe, expect, it } from "vitest";
import { startMockServer } from "../../src/mock-server/server.js";
import type { Fault, MockRequest, MockServer, MockServerOptions } from "../../src/mock-server/types.js";

const PNG_BASE64 = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).toString("base64");

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options: MockServerOptions = {}): Promise<MockServer> {
  server = await startMockServer(options);
  return server;
}

function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  if (!server) throw new Error("start the server first");
  return fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** The `data:` payloads of an SSE body, in order. */
function sseData(text: string): string[] {
  return text
    .split("\n\n")
    .filter((event) => event.trim().length > 0)
    .map((event) => event.split("\n").find((line) => line.startsWith("data: "))?.slice(6) ?? "");
}

const sseJson = (text: string) => sseData(text).filter((data) => data !== "[DONE]").map((data) => JSON.parse(data));

const primes = [{ role: "user", content: "Name three primes." }];
const openaiStream = { model: "gpt-4o-mini", stream: true, stream_options: { include_usage: true }, messages: primes };
const dataUrl = `data:image/png;base64,${PNG_BASE64}`;

describe("the mock model server", () => {
  it("listens on 127.0.0.1, on a free port when asked for port 0", async () => {
    const { url, port } = await start();
    expect(port).toBeGreaterThan(0);
    expect(url).toBe(`http://127.0.0.1:${port}`);
    const models = await fetch(`${url}/v1/models`);
    expect(models.status).toBe(200);
    expect(await models.json()).toMatchObject({ object: "list", data: [{ id: "mock" }] });
  });

  it("echoes the last user message by default", async () => {
    await start();
    const res = await post("/v1/chat/completions", {
      model: "m",
      messages: [
        { role: "user", content: "first" },
        { role: "assistant", content: "ok" },
        { role: "user", content: "second" },
      ],
    });
    expect(await res.json()).toMatchObject({ choices: [{ message: { content: "second" } }] });
  });

  it("answers 404 for a route no provider calls", async () => {
    await start();
    expect((await post("/v1/responses", { model: "m", input: "hi" })).status).toBe(404);
  });

  describe("OpenAI chat completions", () => {
    it("answers without streaming, with cached and reasoning tokens in usage", async () => {
      await start({ respond: () => ({ text: "2, 3 and 5.", reasoning: "Small primes are easy.", cachedInputTokens: 2 }) });
      const res = await post("/v1/chat/completions", { model: "gpt-4o-mini", messages: primes });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { choices: unknown[]; usage: unknown };
      expect(body.choices[0]).toMatchObject({
        message: { role: "assistant", content: "2, 3 and 5.", reasoning_content: "Small primes are easy." },
        finish_reason: "stop",
      });
      expect(body.usage).toEqual({
        prompt_tokens: 5,
        completion_tokens: 9,
        total_tokens: 14,
        prompt_tokens_details: { cached_tokens: 2 },
        completion_tokens_details: { reasoning_tokens: 6 },
      });
    });

    it("streams reasoning_content, then content, then the finish reason, usage and [DONE]", async () => {
      await start({ respond: () => ({ text: "2, 3 and 5.", reasoning: "Small primes." }) });
      const res = await post("/v1/chat/completions", openaiStream);
      expect(res.headers.get("content-type")).toBe("text/event-stream");
      const text = await res.text();
      expect(sseData(text).at(-1)).toBe("[DONE]");
      const chunks = sseJson(text);
      const deltas = chunks.flatMap((chunk) => chunk.choices.map((choice: { delta: unknown }) => choice.delta));
      expect(deltas.map((delta) => delta.reasoning_content ?? "").join("")).toBe("Small primes.");
      expect(deltas.map((delta) => delta.content ?? "").join("")).toBe("2, 3 and 5.");
      expect(chunks.at(-2).choices[0].finish_reason).toBe("stop");
      expect(chunks.at(-1)).toMatchObject({ choices: [], usage: { prompt_tokens: 5, completion_tokens: 7 } });
    });

    it("sends the usage chunk only when stream_options.include_usage asks for it", async () => {
      await start();
      const text = await (await post("/v1/chat/completions", { ...openaiStream, stream_options: undefined })).text();
      expect(sseJson(text).some((chunk) => chunk.usage)).toBe(false);
    });

    it("reads image_url parts as data URLs and developer messages as system", async () => {
      const seen: MockRequest[] = [];
      await start({ respond: (request) => (seen.push(request), "ok") });
      await post("/v1/chat/completions", {
        model: "gpt-4o",
        messages: [
          { role: "developer", content: "Be brief." },
          {
            role: "user",
            content: [
              { type: "text", text: "What is this?" },
              { type: "image_url", image_url: { url: dataUrl } },
            ],
          },
        ],
      });
      expect(seen[0]).toMatchObject({
        protocol: "openai",
        model: "gpt-4o",
        prompt: "What is this?",
        stream: false,
        messages: [
          { role: "system", content: [{ type: "text", text: "Be brief." }] },
          { role: "user", content: [{ type: "text", text: "What is this?" }, { type: "image", url: dataUrl }] },
        ],
      });
    });
  });

  describe("Anthropic messages", () => {
    const request = {
      model: "claude-3-5-haiku-20241022",
      max_tokens: 100,
      stream: true,
      system: [{ type: "text", text: "Be brief." }],
      messages: [
        {
          role: "user",
          content: [
            { type: "image", source: { type: "base64", media_type: "image/png", data: PNG_BASE64 } },
            { type: "text", text: "What is this?" },
          ],
        },
      ],
    };

    it("streams message_start, a thinking block, a text block, message_delta with usage and message_stop", async () => {
      await start({ respond: () => ({ text: "A tiny PNG.", reasoning: "Eight bytes: a PNG signature.", cachedInputTokens: 1 }) });
      const text = await (await post("/v1/messages", request)).text();
      const events = sseJson(text);
      expect(events.map((event) => event.type)).toEqual([
        "message_start",
        "content_block_start",
        ...Array(5).fill("content_block_delta"), // "Eight", " bytes:", " a", " PNG", " signature."
        "content_block_delta", // signature
        "content_block_stop",
        "content_block_start",
        ...Array(3).fill("content_block_delta"),
        "content_block_stop",
        "message_delta",
        "message_stop",
      ]);
      // Every event names itself on an `event:` line too, as Anthropic's stream does.
      expect(text.split("\n\n")[0]).toMatch(/^event: message_start\ndata: /);
      // "Be brief.\nWhat is this?" is 23 characters: 6 tokens, 1 of them cached and counted apart.
      expect(events[0].message.usage).toMatchObject({ input_tokens: 5, cache_read_input_tokens: 1 });
      expect(events.at(-2)).toMatchObject({
        delta: { stop_reason: "end_turn" },
        usage: { output_tokens: 11, output_tokens_details: { thinking_tokens: 8 } },
      });
    });

    it("reads the system prompt and base64 images", async () => {
      const seen: MockRequest[] = [];
      await start({ respond: (r) => (seen.push(r), "ok") });
      await post("/v1/messages", { ...request, stream: false });
      expect(seen[0]?.messages).toEqual([
        { role: "system", content: [{ type: "text", text: "Be brief." }] },
        { role: "user", content: [{ type: "image", url: dataUrl }, { type: "text", text: "What is this?" }] },
      ]);
    });

    it("answers without streaming with thinking and text content blocks", async () => {
      await start({ respond: () => ({ text: "ok", reasoning: "hm" }) });
      const body = await (await post("/v1/messages", { ...request, stream: false })).json();
      expect(body).toMatchObject({
        type: "message",
        stop_reason: "end_turn",
        content: [{ type: "thinking", thinking: "hm" }, { type: "text", text: "ok" }],
      });
    });

    it("answers a forced tool call with a JSON reply as the tool's input, streamed in the reply's chunks; a reply that is no JSON object as text", async () => {
      const pieces = ['{"n": 4', '2, "s": "a', 'b"}'];
      await start({ respond: (r) => (r.prompt === "What is this?" ? { text: pieces.join(""), chunks: pieces } : "plain") });
      const forced = { ...request, tools: [{ name: "json", input_schema: { type: "object" } }], tool_choice: { type: "any" } };
      const events = sseJson(await (await post("/v1/messages", forced)).text());
      expect(events[1]).toEqual({ type: "content_block_start", index: 0, content_block: { type: "tool_use", id: "toolu_mock", name: "json", input: {} } });
      expect(events.filter((event) => event.type === "content_block_delta").map((event) => event.delta)).toEqual(
        pieces.map((piece) => ({ type: "input_json_delta", partial_json: piece })),
      );
      expect(events.at(-2)).toMatchObject({ delta: { stop_reason: "tool_use" } });
      const whole = await (await post("/v1/messages", { ...forced, stream: false, tool_choice: { type: "tool", name: "json" } })).json();
      expect(whole).toMatchObject({ stop_reason: "tool_use", content: [{ type: "tool_use", name: "json", input: { n: 42, s: "ab" } }] });
      const asText = { ...forced, stream: false, messages: [{ role: "user", content: "Say something." }] };
      expect(await (await post("/v1/messages", asText)).json()).toMatchObject({ stop_reason: "end_turn", content: [{ type: "text", text: "plain" }] });
    });
  });

  describe("Gemini generateContent", () => {
    const request = {
      systemInstruction: { parts: [{ text: "Be brief." }] },
      contents: [
        { role: "user", parts: [{ text: "What is this?" }, { inlineData: { mimeType: "image/png", data: PNG_BASE64 } }] },
      ],
    };

    it("takes the model from the path and streams thought parts, text parts, then finishReason with usageMetadata", async () => {
      const seen: MockRequest[] = [];
      await start({ respond: (r) => (seen.push(r), { text: "A tiny PNG.", reasoning: "Eight bytes." }) });
      const text = await (await post("/v1beta/models/gemini-2.0-flash:streamGenerateContent?alt=sse", request)).text();
      expect(seen[0]).toMatchObject({ protocol: "google", model: "gemini-2.0-flash", stream: true, prompt: "What is this?" });
      expect(seen[0]?.messages[1]?.content[1]).toEqual({ type: "image", url: `data:image/png;base64,${PNG_BASE64}` });
      const chunks = sseJson(text);
      const parts: { text: string; thought?: boolean }[] = chunks.flatMap((chunk) => chunk.candidates[0].content?.parts ?? []);
      const joined = (thought: boolean) => parts.filter((part) => (part.thought ?? false) === thought).map((part) => part.text);
      expect(joined(true).join("")).toBe("Eight bytes.");
      expect(joined(false).join("")).toBe("A tiny PNG.");
      expect(chunks.at(-1)).toMatchObject({
        candidates: [{ finishReason: "STOP" }],
        usageMetadata: { promptTokenCount: 6, candidatesTokenCount: 3, thoughtsTokenCount: 3 },
      });
    });

    it("answers generateContent without streaming", async () => {
      await start();
      const body = await (await post("/v1beta/models/gemini-2.0-flash:generateContent", request)).json();
      expect(body).toMatchObject({
        candidates: [{ content: { role: "model", parts: [{ text: "What is this?" }] }, finishReason: "STOP" }],
      });
    });
  });

  it("answers a body that is not a request of the protocol with a 400 in that protocol's error shape", async () => {
    await start();
    const openai = await post("/v1/chat/completions", "not json");
    expect(openai.status).toBe(400);
    expect(await openai.json()).toMatchObject({ error: { message: "the request body is not JSON" } });
    const anthropic = await post("/v1/messages", { model: "m" });
    expect(await anthropic.json()).toEqual({
      type: "error",
      error: { type: "invalid_request_error", message: "messages must be an array" },
    });
    const google = await post("/v1beta/models/g:generateContent", { contents: "hi" });
    expect(await google.json()).toMatchObject({ error: { code: 400, status: "INVALID_ARGUMENT" } });
    expect(server?.stats.requests).toBe(0);
  });

  describe("faults", () => {
    it("answers a status fault in the protocol's error shape, with the Retry-After header", async () => {
      await start({ fault: () => ({ type: "status", status: 429, retryAfter: "2" }) });
      const res = await post("/v1/messages", { model: "m", max_tokens: 5, messages: [{ role: "user", content: "hi" }] });
      expect(res.status).toBe(429);
      expect(res.headers.get("retry-after")).toBe("2");
      expect(await res.json()).toMatchObject({ type: "error", error: { type: "rate_limit_error" } });
    });

    it("tells the fault how often the same prompt came before, so a test can fail first attempts only", async () => {
      const { stats } = await start({
        fault: (_request, seen): Fault | undefined => (seen === 0 ? { type: "status", status: 503 } : undefined),
      });
      const ask = (prompt: string) => post("/v1/chat/completions", { model: "m", messages: [{ role: "user", content: prompt }] });
      expect((await ask("item 1")).status).toBe(503);
      expect((await ask("item 2")).status).toBe(503);
      expect((await ask("item 1")).status).toBe(200);
      expect(stats.requests).toBe(3);
      expect(stats.completed).toBe(1);
      expect(stats.perPrompt).toEqual(new Map([["item 1", 2], ["item 2", 1]]));
    });

    it("truncated-sse: sends the content, then ends cleanly without the finish reason, usage or [DONE]", async () => {
      const { stats } = await start({ fault: () => ({ type: "truncated-sse" }) });
      const res = await post("/v1/chat/completions", openaiStream);
      const text = await res.text();
      expect(sseJson(text).map((chunk) => chunk.choices[0]?.delta?.content ?? "").join("")).toBe("Name three primes.");
      expect(text).not.toContain("[DONE]");
      expect(text).not.toContain("finish_reason\":\"stop");
      expect(stats.completed).toBe(0);
    });

    it("malformed-json: puts an event that is not JSON into a 200 stream, or sends a body that is not JSON", async () => {
      await start({ fault: () => ({ type: "malformed-json" }) });
      const stream = await post("/v1/chat/completions", openaiStream);
      expect(stream.status).toBe(200);
      const payloads = sseData(await stream.text());
      expect(payloads.filter((data) => data !== "[DONE]" && !isJson(data))).toHaveLength(1);
      const body = await post("/v1/chat/completions", { ...openaiStream, stream: false });
      expect(body.status).toBe(200);
      expect(isJson(await body.text())).toBe(false);
    });

    it("reset-mid-stream: the client receives the headers, then the body read fails", async () => {
      await start({ fault: () => ({ type: "reset-mid-stream" }) });
      const res = await post("/v1/chat/completions", openaiStream);
      expect(res.status).toBe(200);
      await expect(res.text()).rejects.toThrow();
    });

    it("slow-first-byte: still delivers the whole answer", async () => {
      const { stats } = await start({ fault: () => ({ type: "slow-first-byte", delayMs: 20 }) });
      const text = await (await post("/v1/chat/completions", openaiStream)).text();
      expect(sseData(text).at(-1)).toBe("[DONE]");
      expect(stats.completed).toBe(1);
    });
  });

  it("records each distinct credential header, so a test can prove a key was sent", async () => {
    const { stats } = await start();
    const body = { model: "m", messages: [{ role: "user", content: "hi" }] };
    await post("/v1/chat/completions", body, { authorization: "Bearer sk-one" });
    await post("/v1/chat/completions", body, { authorization: "Bearer sk-one" });
    await post("/v1/messages", { ...body, max_tokens: 5 }, { "x-api-key": "sk-ant" });
    await post("/v1beta/models/g:generateContent", { contents: [{ parts: [{ text: "hi" }] }] }, { "x-goog-api-key": "goog" });
    expect(stats.credentials).toEqual(new Set(["Bearer sk-one", "sk-ant", "goog"]));
  });

  it("streams the same events when paced by tokenDelayMs", async () => {
    await start();
    const unpaced = sseData(await (await post("/v1/chat/completions", openaiStream)).text());
    await server?.close();
    await start({ tokenDelayMs: 1, latencyMs: 1 });
    const paced = sseData(await (await post("/v1/chat/completions", openaiStream)).text());
    const stable = (payloads: string[]) => payloads.map((data) => data.replace(/"created":\d+/, ""));
    expect(stable(paced)).toEqual(stable(unpaced));
  });

  it("close() also ends streams still in flight", async () => {
    const mock = await start({ tokenDelayMs: 60_000 });
    const res = await post("/v1/chat/completions", openaiStream);
    const body = res.text();
    await mock.close();
    server = undefined;
    await expect(body).rejects.toThrow();
  });
});

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
