/**
 * A reference client for latency-bound.ts: the same streamed requests kurabe sends, without kurabe, to show what the
 * layers under kurabe cost on this machine. Run by latency-bound.ts in its own process; prints one JSON line.
 *
 *   node --import tsx bench/reference-client.ts --client kurabe-client|ai-sdk|ai-sdk-builtin-fetch|node-http \
 *     --base-url http://127.0.0.1:PORT/v1 --requests 2000 --concurrency 50
 *
 * - kurabe-client: kurabe's own chat-completions client (src/models/chat-completions), kurabe's path to an
 *   OpenAI-compatible server minus the engine, store, scoring and start-up.
 * - ai-sdk: @ai-sdk/openai-compatible's doStream over kurabe's undici pool (src/models/http), drained as kurabe drains
 *   an SDK stream: what the same requests cost through the SDK.
 * - ai-sdk-builtin-fetch: the same with Node's built-in fetch, the SDK's default.
 * - node-http: node:http and a hand-rolled SSE split: the floor for any Node client on this machine.
 * The clock runs from the first request to the last answer; module loading is not counted.
 */
import http from "node:http";
import { parseArgs } from "node:util";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { createChatCompletionsModel } from "../src/models/chat-completions/chat-completions-model.js";
import { httpTransport } from "../src/models/http/dispatcher.js";
import { fetchThrough } from "../src/models/http/fetch-through.js";

const { values } = parseArgs({
  options: {
    client: { type: "string" },
    "base-url": { type: "string" },
    requests: { type: "string", default: "2000" },
    concurrency: { type: "string", default: "50" },
  },
});
const baseURL = values["base-url"]!;
const requests = Number(values.requests);
const concurrency = Number(values.concurrency);
const prompt = (i: number) => `Item ${i + 1}: what is ${i + 1} plus ${(i * 7) % 100}?`;

type Ask = (i: number) => Promise<string>;

function aiSdk(fetchImpl: typeof fetch | undefined): Ask {
  const model = createOpenAICompatible({
    name: "reference",
    baseURL,
    includeUsage: true,
    supportsStructuredOutputs: true,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  }).chatModel("mock-model");
  return async (i) => {
    const { stream } = await model.doStream({
      prompt: [{ role: "user", content: [{ type: "text", text: prompt(i) }] }],
      abortSignal: new AbortController().signal,
    });
    const reader = stream.getReader();
    let text = "";
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      if (part.value.type === "text-delta") text += part.value.delta;
      if (part.value.type === "error") throw part.value.error;
    }
    return text;
  };
}

function kurabeClient(): Ask {
  const model = createChatCompletionsModel({
    provider: "openai-compatible",
    model: "mock-model",
    baseURL,
    concurrency,
    params: {},
    timeoutMs: 60_000,
    judgeOnly: false,
  });
  return async (i) =>
    (await model.generate({ messages: [{ role: "user", content: prompt(i) }], params: {} }, new AbortController().signal)).text;
}

function nodeHttp(): Ask {
  const agent = new http.Agent({ keepAlive: true });
  const url = new URL(`${baseURL}/chat/completions`);
  return (i) =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({
        model: "mock-model",
        stream: true,
        stream_options: { include_usage: true },
        messages: [{ role: "user", content: prompt(i) }],
      });
      const request = http.request(url, { method: "POST", agent, headers: { "content-type": "application/json" } }, (response) => {
        response.setEncoding("utf8");
        let buffer = "";
        let text = "";
        response.on("data", (chunk: string) => {
          buffer += chunk;
          for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
            const event = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (!event.startsWith("data: ") || event === "data: [DONE]") continue;
            const delta = (JSON.parse(event.slice(6)) as { choices: Array<{ delta?: { content?: string } }> }).choices[0]?.delta;
            text += delta?.content ?? "";
          }
        });
        response.on("end", () => resolve(text));
        response.on("error", reject);
      });
      request.on("error", reject);
      request.end(body);
    });
}

const clients: Record<string, () => Ask> = {
  "kurabe-client": kurabeClient,
  "ai-sdk": () => aiSdk(fetchThrough(httpTransport(process.env).dispatcher)),
  "ai-sdk-builtin-fetch": () => aiSdk(undefined),
  "node-http": nodeHttp,
};
const make = clients[values.client ?? ""];
if (!make) throw new Error(`--client must be one of ${Object.keys(clients).join(", ")}`);
const ask = make();

const latencies: number[] = [];
const cpuStart = process.cpuUsage();
const start = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    for (let i = next++; i < requests; i = next++) {
      const sent = performance.now();
      const text = await ask(i);
      latencies.push(performance.now() - sent);
      // The mock server echoes the prompt: anything else is a broken client, not a measurement.
      if (text !== prompt(i)) throw new Error(`request ${i}: unexpected answer ${JSON.stringify(text)}`);
    }
  }),
);
const wallS = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
latencies.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    client: values.client,
    wallS,
    cpuS: (cpu.user + cpu.system) / 1e6,
    meanLatencyMs: latencies.reduce((sum, ms) => sum + ms, 0) / latencies.length,
    p50LatencyMs: latencies[Math.floor(latencies.length / 2)],
  }),
);
