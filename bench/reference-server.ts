/**
 * The reference server of bench/streaming-load.ts: an OpenAI-compatible chat-completions endpoint that streams a fixed
 * number of tokens per answer at a fixed inter-token latency, as a GPU server with continuous batching does: one decode
 * step every ITL ms emits the next token of every answer in flight (one timer for all), and a new
 * request joins at the next step. The last token carries the finish reason, followed in the same write by the usage
 * chunk and `[DONE]` (as vLLM sends them). GET /v1/stats gives the median gap between its steps since the last call
 * (a starved server steps slower than --itl-ms), the median time from a request's arrival to its first token's write
 * (the server's own TTFT) and the TCP connections clients opened to it, all since the last call.
 * Prints its base URL on stdout.
 *
 *   node --import tsx bench/reference-server.ts [--port 0] [--tokens 128] [--itl-ms 5]
 */
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { port: { type: "string", default: "0" }, tokens: { type: "string", default: "128" }, "itl-ms": { type: "string", default: "5" } },
});
const TOKENS = Number(values.tokens);
const ITL_MS = Number(values["itl-ms"]);

const head = { id: "chatcmpl-ref", object: "chat.completion.chunk", created: 0, model: "reference" };
const frame = (payload: unknown) => `data: ${JSON.stringify(payload)}\n\n`;
const TOKEN = frame({ ...head, choices: [{ index: 0, delta: { content: " token" }, finish_reason: null }] });
const FIRST = frame({ ...head, choices: [{ index: 0, delta: { role: "assistant", content: " token" }, finish_reason: null }] });
const LAST = frame({ ...head, choices: [{ index: 0, delta: { content: " token" }, finish_reason: "stop" }] });
const tail = (promptTokens: number) =>
  frame({ ...head, choices: [], usage: { prompt_tokens: promptTokens, completion_tokens: TOKENS, total_tokens: promptTokens + TOKENS } }) +
  "data: [DONE]\n\n";

interface Stream {
  res: ServerResponse;
  sent: number;
  promptTokens: number;
  /** performance.now() when the request arrived (its headers parsed). */
  arrivedAt: number;
}

let batch: Stream[] = [];

/** One decode step: the next token of every answer in flight. */
function step(): void {
  const next: Stream[] = [];
  for (const stream of batch) {
    if (stream.res.destroyed) continue;
    stream.sent += 1;
    if (stream.sent === TOKENS) {
      stream.res.end(LAST + tail(stream.promptTokens));
    } else {
      if (stream.sent === 1) serverTtfts.push(performance.now() - stream.arrivedAt);
      stream.res.write(stream.sent === 1 ? FIRST : TOKEN);
      next.push(stream);
    }
  }
  batch = next;
}

// Steps are due every ITL ms on a fixed grid: Node's timers fire a millisecond or more late (libuv counts whole
// milliseconds, and a step's writes take time), so scheduling each step ITL after the last one started stepped every
// ~5.8 ms, not 5. A late step is made up by at most TIMER_SLACK_MS: a starved server is slower, not bursty (no two
// steps closer than ITL − 2 ms). Timers may also fire up to a millisecond early against performance.now(); such a
// step goes ahead (a timer asked for the rest would wait a whole millisecond more), the grid stays where it is.
const TIMER_SLACK_MS = 2;
let due = performance.now() + ITL_MS;
// The gaps between consecutive steps that had answers in flight: what the server really did, for GET /v1/stats.
let stepGaps: number[] = [];
// From each request's arrival to its first token's write: the TTFT the server gave, without the client's share.
let serverTtfts: number[] = [];
let lastStepAt: number | undefined;
function loop(): void {
  const early = due - performance.now();
  if (early >= 1) {
    setTimeout(loop, early);
    return;
  }
  const started = performance.now();
  if (batch.length > 0) {
    if (lastStepAt !== undefined) stepGaps.push(started - lastStepAt);
    lastStepAt = started;
  } else lastStepAt = undefined;
  step();
  due = Math.max(due + ITL_MS, started + ITL_MS - TIMER_SLACK_MS);
  setTimeout(loop, Math.max(0, due - performance.now()));
}
setTimeout(loop, ITL_MS);

const server = createServer((req, res) => {
  const arrivedAt = performance.now();
  // The steps since the last call: their number and median gap (the server's own inter-token latency).
  if (req.method === "GET" && req.url?.endsWith("/stats")) {
    const sorted = stepGaps.sort((a, b) => a - b);
    const stepMeanMs = sorted.length > 0 ? sorted.reduce((a, b) => a + b, 0) / sorted.length : null;
    const ttfts = serverTtfts.sort((a, b) => a - b);
    const stats = {
      steps: sorted.length,
      stepP50Ms: sorted[Math.floor(sorted.length / 2)] ?? null,
      stepMeanMs,
      ttftP50Ms: ttfts[Math.floor(ttfts.length / 2)] ?? null,
      connections,
    };
    res.writeHead(200, { "content-type": "application/json", connection: "close" }).end(JSON.stringify(stats));
    stepGaps = [];
    serverTtfts = [];
    connections = 0;
    req.resume();
    return;
  }
  if (req.method !== "POST" || !req.url?.endsWith("/chat/completions")) {
    res.writeHead(404).end();
    req.resume();
    return;
  }
  let size = 0;
  req.on("data", (chunk: Buffer) => (size += chunk.length));
  req.on("end", () => {
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    // ~4 bytes of request body a token: the figure only has to be stable, not exact.
    batch.push({ res, sent: 0, promptTokens: Math.max(1, Math.round(size / 4)), arrivedAt });
  });
});
server.keepAliveTimeout = 60_000;
// Connections opened since the last GET /v1/stats: a client that reuses its keep-alive sockets opens one per stream.
let connections = 0;
server.on("connection", () => (connections += 1));
server.listen(Number(values.port), "127.0.0.1", () => {
  process.stdout.write(`reference server at http://127.0.0.1:${(server.address() as AddressInfo).port}/v1\n`);
});
