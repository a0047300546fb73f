/**
 * Does `kurabe load` measure the server or itself? The reference server (bench/reference-server.ts) streams 128 tokens
 * per answer at a fixed 5 ms inter-token latency, all answers in flight advancing in one decode step, as a GPU server
 * with continuous batching does. Against it, in the same minutes and alternating, `--runs` times each:
 * - the bare client (bench/bare-client.ts: node:http, hand-split SSE, the least a Node client can do), and
 * - `kurabe load --concurrency C --requests N --input-tokens 16 --output-tokens 128 --warmup 1 --json` (the CLI as
 *   users run it, threads chosen by `--workers auto`, or as `--workers` says).
 * Both keep C streamed requests in flight until N are answered and summarise as src/load/summarise-level.ts does.
 * Targets (issue 11): at concurrency 128, kurabe's output tok/s ≥ 0.95 × the bare client's, TTFT p50 ≤ 1.2 × the
 * bare client's, ITL p50 within 10 % of the server's 5 ms. Medians of the runs; raw figures in bench/.out/.
 *
 *   npx tsx bench/streaming-load.ts [--concurrency 128] [--requests 1024] [--runs 3] [--workers auto|N] [--cli path/to/dist/cli/main.js]
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  childEnv,
  loadAverage,
  machineLine,
  makeTempDir,
  measure,
  measuredCli,
  median,
  printTable,
  repoRoot,
  resultsName,
  runBenchmark,
  saveResults,
  startReferenceServerProcess,
} from "./harness.js";

const TOKENS = 128;
const ITL_MS = 5;

const { values } = parseArgs({
  options: {
    concurrency: { type: "string", default: "128" },
    requests: { type: "string", default: "1024" },
    runs: { type: "string", default: "3" },
    cli: { type: "string" },
    workers: { type: "string", default: "auto" },
  },
});
const concurrency = Number(values.concurrency);
const requests = Number(values.requests);
const runs = Number(values.runs);
const cli = measuredCli(values.cli);
const bareScript = join(dirname(fileURLToPath(import.meta.url)), "bare-client.ts");

interface Row {
  tool: "bare" | "kurabe";
  tokPerS: number;
  ttftP50Ms: number;
  itlP50Ms: number;
  /** The reference server's own median step gap over the run. */
  serverStepMs: number;
  /** The server's own TTFT p50: from a request's arrival to its first token's write (the rest is the client's). */
  serverTtftMs: number;
  /** TCP connections the client opened to the server in the run (one per stream when keep-alive sockets are reused). */
  connections: number;
  cpuS: number;
  clientThreads?: number;
  clientBound?: boolean;
}

/** The reference server's median step gap, its own TTFT and the connections opened to it since the last call. */
async function serverStats(): Promise<{ serverStepMs: number; serverTtftMs: number; connections: number }> {
  const stats = (await (await fetch(`${server.baseURL}/stats`)).json()) as { stepP50Ms: number; ttftP50Ms: number; connections: number };
  return { serverStepMs: stats.stepP50Ms, serverTtftMs: stats.ttftP50Ms, connections: stats.connections };
}
let server: Awaited<ReturnType<typeof startReferenceServerProcess>>;

runBenchmark(async () => {
  const dir = await makeTempDir("streaming");
  server = await startReferenceServerProcess(TOKENS, ITL_MS);
  const options = { cwd: dir, env: childEnv(), timeoutMs: 300_000 };
  const loads: string[] = [];
  const rows: Row[] = [];
  for (let run = 1; run <= runs; run++) {
    for (const tool of run % 2 === 1 ? (["bare", "kurabe"] as const) : (["kurabe", "bare"] as const)) {
      loads.push(loadAverage());
      if (tool === "bare") {
        const args = ["--import", "tsx", bareScript, "--base-url", server.baseURL, "--concurrency", String(concurrency), "--requests", String(requests)];
        const m = await measure(process.execPath, args, { ...options, cwd: repoRoot, label: "bare client" });
        const r = JSON.parse(m.stdout.trim().split("\n").at(-1)!) as { outputTokensPerSecond: number; ttftP50Ms: number; itlP50Ms: number; cpuS: number };
        rows.push({ tool, tokPerS: r.outputTokensPerSecond, ttftP50Ms: r.ttftP50Ms, itlP50Ms: r.itlP50Ms, ...(await serverStats()), cpuS: r.cpuS });
      } else {
        const args = [cli, "load", "--base-url", server.baseURL, "--model", "reference", "--concurrency", String(concurrency)];
        args.push("--requests", String(requests), "--input-tokens", "16", "--output-tokens", String(TOKENS), "--warmup", "1", "--workers", values.workers, "--json");
        const m = await measure(process.execPath, args, { ...options, label: "kurabe load" });
        const level = JSON.parse(m.stdout).result.levels[0];
        if (level.errors > 0 || level.completed !== requests) throw new Error(`kurabe load: ${level.errors} errors, ${level.completed} answered`);
        rows.push({
          tool,
          tokPerS: level.outputTokensPerSecond,
          ttftP50Ms: level.ttftMs.p50,
          itlP50Ms: level.itlMs.p50,
          ...(await serverStats()),
          cpuS: m.userS + m.sysS,
          clientThreads: level.client.threads,
          clientBound: level.client.bound,
        });
      }
      const last = rows.at(-1)!;
      console.error(`run ${run} ${tool}: ${last.tokPerS.toFixed(0)} tok/s, TTFT p50 ${last.ttftP50Ms.toFixed(1)} ms, ITL p50 ${last.itlP50Ms.toFixed(2)} ms, server step ${last.serverStepMs.toFixed(2)} ms, ${last.connections} connections`);
    }
  }
  const med = (tool: Row["tool"], key: "tokPerS" | "ttftP50Ms" | "itlP50Ms" | "serverStepMs" | "cpuS") => median(rows.filter((r) => r.tool === tool).map((r) => r[key]));
  const bare = { tok: med("bare", "tokPerS"), ttft: med("bare", "ttftP50Ms"), itl: med("bare", "itlP50Ms"), cpu: med("bare", "cpuS") };
  const kurabe = { tok: med("kurabe", "tokPerS"), ttft: med("kurabe", "ttftP50Ms"), itl: med("kurabe", "itlP50Ms"), cpu: med("kurabe", "cpuS") };
  const steps = { bare: med("bare", "serverStepMs"), kurabe: med("kurabe", "serverStepMs") };
  const ratios = {
    tok: kurabe.tok / bare.tok,
    ttft: kurabe.ttft / bare.ttft,
    itlVsServer: kurabe.itl / ITL_MS,
    itlVsSteps: median(rows.filter((r) => r.tool === "kurabe").map((r) => r.itlP50Ms / r.serverStepMs)),
  };

  console.log(`\nbench/streaming-load.ts — reference server: ${TOKENS} tokens at ${ITL_MS} ms ITL; concurrency ${concurrency}, ${requests} requests a run, ${runs} runs each`);
  console.log(machineLine());
  console.log(`load average before each run: ${loads.join(" · ")}`);
  const fmt = (r: Row, i: number) => [
    r.tool, loads[i]!, r.tokPerS.toFixed(0), r.ttftP50Ms.toFixed(1), r.serverTtftMs.toFixed(1), r.itlP50Ms.toFixed(2), r.serverStepMs.toFixed(2), String(r.connections), r.cpuS.toFixed(2),
    r.clientThreads === undefined ? "" : `${r.clientThreads}${r.clientBound ? " (bound)" : ""}`,
  ];
  printTable(["run", "load", "out tok/s", "TTFT p50 ms", "server's TTFT p50 ms", "ITL p50 ms", "server step p50 ms", "connections", "process CPU s", "kurabe threads"], rows.map(fmt));
  console.log("");
  printTable(
    ["median", "out tok/s", "TTFT p50 ms", "ITL p50 ms", "process CPU s"],
    [
      ["bare client", bare.tok.toFixed(0), bare.ttft.toFixed(1), bare.itl.toFixed(2), bare.cpu.toFixed(2)],
      ["kurabe load", kurabe.tok.toFixed(0), kurabe.ttft.toFixed(1), kurabe.itl.toFixed(2), kurabe.cpu.toFixed(2)],
    ],
  );
  const verdict = (ok: boolean) => (ok ? "met" : "MISSED");
  console.log(`\nkurabe / bare output tok/s: ${ratios.tok.toFixed(3)} (target ≥ 0.95: ${verdict(ratios.tok >= 0.95)})`);
  console.log(`kurabe / bare TTFT p50: ${ratios.ttft.toFixed(2)} (target ≤ 1.2: ${verdict(ratios.ttft <= 1.2)})`);
  console.log(`kurabe ITL p50 / server's ${ITL_MS} ms: ${ratios.itlVsServer.toFixed(3)} (target within 10 %: ${verdict(Math.abs(ratios.itlVsServer - 1) <= 0.1)})`);
  console.log(`kurabe ITL p50 / the server's own step p50 in the same run: ${ratios.itlVsSteps.toFixed(3)} (server steps: ${steps.kurabe.toFixed(2)} ms in kurabe's runs, ${steps.bare.toFixed(2)} ms in the bare client's)`);
  console.log("(process CPU includes start-up: tsx for the bare client, kurabe's CLI for kurabe)");
  await saveResults(resultsName("streaming-load", cli), { concurrency, requests, loads, rows, bare, kurabe, steps, ratios });
});

