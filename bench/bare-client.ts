/**
 * The bare client of bench/streaming-load.ts: node:http with a keep-alive agent and a hand-rolled SSE split, the least
 * a Node client can do per streamed token. It keeps `--concurrency` streamed requests in flight until `--requests`
 * are done and summarises them as `kurabe load` does (src/load/summarise-level.ts): TTFT from the request's start (its
 * body serialised, handed to node:http; kurabe's clock starts at the same point, as its body is handed to undici) to
 * the first content bytes, total to the last bytes, ITL over every gap between two content events of an answer (each
 * stamped when its bytes arrived; vLLM's benchmark_serving ITL), output tokens from the usage chunk, rates over the
 * wall time. Prints one JSON line.
 *
 *   node --import tsx bench/bare-client.ts --base-url http://127.0.0.1:PORT/v1 --concurrency 128 --requests 1024
 */
import http from "node:http";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { "base-url": { type: "string" }, concurrency: { type: "string" }, requests: { type: "string" } },
});
const url = new URL(`${values["base-url"]}/chat/completions`);
const concurrency = Number(values.concurrency);
const requests = Number(values.requests);
const agent = new http.Agent({ keepAlive: true });

interface Sample {
  ttftMs: number;
  arrivals: number[];
  totalMs: number;
  outputTokens: number;
}

function send(i: number): Promise<Sample> {
  const body = JSON.stringify({
    model: "reference",
    messages: [{ role: "user", content: `Request ${i + 1}. Continue this text: the of and to in is was for on are` }],
    max_tokens: 128,
    stream: true,
    stream_options: { include_usage: true },
  });
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: "POST", agent, headers: { "content-type": "application/json" } }, (response) => {
      response.setEncoding("utf8");
      let buffer = "";
      const arrivals: number[] = [];
      let lastAt = started;
      let outputTokens = 0;
      response.on("data", (chunk: string) => {
        lastAt = performance.now();
        buffer += chunk;
        for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!event.startsWith("data: ") || event === "data: [DONE]") continue;
          const parsed = JSON.parse(event.slice(6)) as { choices: Array<{ delta?: { content?: string } }>; usage?: { completion_tokens: number } };
          if (parsed.choices[0]?.delta?.content) arrivals.push(lastAt);
          if (parsed.usage) outputTokens = parsed.usage.completion_tokens;
        }
      });
      response.on("end", () => resolve({ ttftMs: (arrivals[0] ?? lastAt) - started, arrivals, totalMs: lastAt - started, outputTokens }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end(body);
  });
}

const p50 = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length * 0.5)]!;
const samples: Sample[] = [];
const cpuStart = process.cpuUsage();
const start = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < requests) samples.push(await send(next++));
  }),
);
const wallS = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
agent.destroy();
const output = samples.reduce((sum, s) => sum + s.outputTokens, 0);
console.log(
  JSON.stringify({
    requests: samples.length,
    wallS,
    cpuS: (cpu.user + cpu.system) / 1e6,
    outputTokensPerSecond: output / wallS,
    ttftP50Ms: p50(samples.map((s) => s.ttftMs)),
    itlP50Ms: p50(samples.flatMap((s) => s.arrivals.slice(1).map((at, i) => at - s.arrivals[i]!))),
  }),
);
