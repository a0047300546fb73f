/**
 * Where a latency-bound `kurabe run` spends the time that is not requests: the same 2,000 echo items, 100 ms server
 * latency and concurrency 50 as bench/latency-bound.ts, split into phases by clocks on both sides of the wire:
 * - node start: spawn → the first user code (bench/process-stamps.mjs, loaded with `--import`, stamps it);
 * - start-up: first user code → the first request reaching the server (module imports, config, store, suite loading,
 *   run rows);
 * - requests: the first request reaching the server → the last answer leaving it (last arrival + the latency), split
 *   into cycles: a closed loop of 50 sends its (k + 50)-th request when one of its first k is answered, so arrival
 *   k → arrival k + 50 is one request's cycle (100 ms ideal: the latency plus the client's turnaround); the first
 *   wave's cycles (cold code, connections opened) apart from the later ones, and the request phase's CPU per item;
 * - end: the last answer → the process's exit event (last writes, statistics, leaderboard, store closing);
 * - reaped: exit event → the parent sees the exit.
 * The mock server runs in this process and stamps arrivals with Date.now(); every stamp is epoch milliseconds on
 * one machine. Each round also times `node -e 0` and `kurabe --version` (3 each, median), so start-up is read as a
 * ratio to a bare Node start measured in the same minute. With `--cli OTHER/dist/cli/main.js` both builds run in
 * each round, in alternating order.
 *
 *   npx tsx bench/startup-phases.ts [--runs 3] [--cli path/to/other/dist/cli/main.js]
 */
import { spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startMockServer } from "../src/mock-server/index.js";
import {
  checkKurabeOutput,
  childEnv,
  cliPath,
  echoItems,
  kurabeConfig,
  loadAverage,
  machineLine,
  makeTempDir,
  measure,
  measuredCli,
  median,
  printTable,
  runBenchmark,
  saveResults,
  writeJsonl,
} from "./harness.js";

const ITEMS = 2000;
const LATENCY_MS = 100;
const CONCURRENCY = 50;
const IDEAL_MS = (ITEMS * LATENCY_MS) / CONCURRENCY;
const stampsModule = join(dirname(fileURLToPath(import.meta.url)), "process-stamps.mjs");

interface PhaseRow {
  round: number;
  cli: string;
  load: string;
  totalMs: number;
  nodeStartMs: number;
  startUpMs: number;
  requestsMs: number;
  /** The mean cycle of the first wave's requests (arrival k → arrival k + 50 for the first 50), 100 ms ideal. */
  firstCycleMs: number;
  /** The mean cycle of every later request; requests ≈ first cycle + 39 later cycles + the last answer's latency. */
  laterCycleMs: number;
  endMs: number;
  reapedMs: number;
  cpuMs: number;
  /** CPU of the measured process from its first user code to the first request, and from the last answer to exit. */
  startUpCpuMs: number;
  /** CPU of the request phase per request, in µs, and of the first wave's cycle (first arrival → 51st arrival). */
  requestCpuUs: number;
  firstWaveCpuMs: number;
  endCpuMs: number;
  bareNodeMs: number;
  versionMs: number;
}

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" }, cli: { type: "string" } } });
const runs = Number(values.runs);
const clis = [cliPath, ...(values.cli ? [measuredCli(values.cli)] : [])];
const label = (cli: string) => (cli === cliPath ? "this checkout" : "--cli");

runBenchmark(async () => {
  const dir = await makeTempDir("phases");
  let arrivals: number[] = [];
  const server = await startMockServer({
    latencyMs: LATENCY_MS,
    respond: (request) => {
      arrivals.push(Date.now());
      return request.prompt;
    },
  });
  await writeJsonl(join(dir, "items.jsonl"), echoItems(ITEMS));
  await writeFile(join(dir, "kurabe.yaml"), kurabeConfig({ baseURL: `${server.url}/v1`, concurrency: CONCURRENCY, itemsPath: "items.jsonl" }));
  const options = { cwd: dir, env: childEnv(), timeoutMs: 120_000 };
  // Spawn to exit by this process's clock: GNU time's wall figure has 10 ms steps, too coarse for a bare Node start.
  const wallMs = (args: string[]) =>
    new Promise<number>((resolve, reject) => {
      const started = performance.now();
      const child = spawn(process.execPath, args, { cwd: dir, env: options.env, stdio: "ignore" });
      child.once("error", reject);
      child.once("exit", (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`node ${args.join(" ")} exited ${code}`))));
    });
  const medianOf3 = async (args: string[]) => median([await wallMs(args), await wallMs(args), await wallMs(args)]);

  const rows: PhaseRow[] = [];
  const phases = async (round: number, cli: string): Promise<PhaseRow> => {
    const load = loadAverage();
    const bareNodeMs = await medianOf3(["-e", "0"]);
    const versionMs = await medianOf3([cli, "--version"]);
    const stampsFile = join(dir, `stamps-${round}-${rows.length}.json`);
    arrivals = [];
    const spawnedAt = Date.now(); // measure() spawns before its first await
    const args = ["--import", stampsModule, cli, "run", "kurabe.yaml", "--db", join(dir, `k${round}-${rows.length}.db`), "--no-cache", "--json"];
    const m = await measure(process.execPath, args, { ...options, env: childEnv({ KURABE_BENCH_STAMPS: stampsFile }), label: "kurabe run" });
    const reapedAt = Date.now();
    checkKurabeOutput(m.stdout, ITEMS);
    const stamps = JSON.parse(await readFile(stampsFile, "utf8")) as { entered: number; exited: number; cpu: Array<[number, number]> };
    const firstArrival = arrivals[0]!;
    const lastAnswer = arrivals.at(-1)! + LATENCY_MS;
    const cycles = waveCycles(arrivals);
    const cpuAt = cpuClock(stamps.cpu);
    const row = {
      round,
      cli: label(cli),
      load,
      totalMs: reapedAt - spawnedAt,
      nodeStartMs: stamps.entered - spawnedAt,
      startUpMs: firstArrival - stamps.entered,
      requestsMs: lastAnswer - firstArrival,
      firstCycleMs: mean(cycles.slice(0, CONCURRENCY)),
      laterCycleMs: mean(cycles.slice(CONCURRENCY)),
      endMs: stamps.exited - lastAnswer,
      reapedMs: reapedAt - stamps.exited,
      cpuMs: (m.userS + m.sysS) * 1000,
      startUpCpuMs: cpuAt(firstArrival) - cpuAt(stamps.entered),
      requestCpuUs: ((cpuAt(lastAnswer) - cpuAt(firstArrival)) * 1000) / ITEMS,
      firstWaveCpuMs: cpuAt(arrivals[CONCURRENCY]!) - cpuAt(firstArrival),
      endCpuMs: cpuAt(stamps.exited) - cpuAt(lastAnswer),
      bareNodeMs,
      versionMs,
    };
    console.error(
      `round ${round} ${row.cli} (load ${load}): start-up ${row.startUpMs.toFixed(0)} ms (CPU ${row.startUpCpuMs.toFixed(0)}), ` +
        `requests ${row.requestsMs} ms (first wave's cycle ${row.firstCycleMs.toFixed(1)} ms, later ${row.laterCycleMs.toFixed(1)} ms), end ${row.endMs.toFixed(0)} ms (CPU ${row.endCpuMs.toFixed(0)})`,
    );
    return row;
  };

  for (let round = 1; round <= runs; round++) {
    for (const cli of round % 2 === 1 ? clis : [...clis].reverse()) rows.push(await phases(round, cli));
  }
  await server.close();

  const fmt = (n: number) => n.toFixed(0);
  const line = (r: Omit<PhaseRow, "round" | "cli" | "load">) => [
    fmt(r.bareNodeMs), fmt(r.versionMs), fmt(r.nodeStartMs), fmt(r.startUpMs), (r.startUpMs / r.bareNodeMs).toFixed(1), fmt(r.startUpCpuMs),
    fmt(r.requestsMs), (r.requestsMs / IDEAL_MS).toFixed(3), r.firstCycleMs.toFixed(1), r.laterCycleMs.toFixed(1), fmt(r.firstWaveCpuMs), fmt(r.requestCpuUs), fmt(r.endMs), fmt(r.endCpuMs), fmt(r.reapedMs), fmt(r.totalMs),
    (r.totalMs / IDEAL_MS).toFixed(3), fmt(r.cpuMs),
  ];
  const medianRow = (subset: PhaseRow[]) => {
    const keys = ["totalMs", "nodeStartMs", "startUpMs", "requestsMs", "firstCycleMs", "laterCycleMs", "firstWaveCpuMs", "requestCpuUs", "endMs", "reapedMs", "cpuMs", "startUpCpuMs", "endCpuMs", "bareNodeMs", "versionMs"] as const;
    return Object.fromEntries(keys.map((k) => [k, median(subset.map((r) => r[k]))])) as Omit<PhaseRow, "round" | "cli" | "load">;
  };
  console.log(`\nbench/startup-phases.ts — ${ITEMS} items, ${LATENCY_MS} ms latency, concurrency ${CONCURRENCY}; ideal ${IDEAL_MS} ms`);
  console.log(machineLine());
  printTable(
    ["round", "cli", "load", "node -e 0 ms", "--version ms", "node start ms", "start-up ms", "start-up / node -e 0", "start-up CPU ms", "requests ms", "requests / ideal", "first wave cycle ms", "later cycle ms", "first wave CPU ms", "request CPU µs / item", "end ms", "end CPU ms", "reaped ms", "total ms", "total / ideal", "CPU ms"],
    [
      ...rows.map((r) => [String(r.round), r.cli, r.load, ...line(r)]),
      ...clis.map((cli) => ["median", label(cli), "", ...line(medianRow(rows.filter((r) => r.cli === label(cli))))]),
    ],
  );
  await saveResults(values.cli ? "startup-phases-other-cli" : "startup-phases", { machine: machineLine(), clis, rows });
});

/**
 * A closed loop of CONCURRENCY lanes sends its (k + CONCURRENCY)-th request when one of the first k has been answered:
 * arrival k → arrival k + CONCURRENCY is one request's full cycle (latency plus the client's turnaround), 100 ms ideal.
 */
function waveCycles(arrivals: readonly number[]): number[] {
  const cycles: number[] = [];
  for (let k = 0; k + CONCURRENCY < arrivals.length; k++) cycles.push(arrivals[k + CONCURRENCY]! - arrivals[k]!);
  return cycles;
}

/** The process's CPU time at an epoch millisecond, interpolated between its 10 ms samples. */
function cpuClock(samples: ReadonlyArray<[number, number]>): (at: number) => number {
  return (at) => {
    const after = samples.findIndex(([t]) => t >= at);
    if (after <= 0) return after === 0 ? samples[0]![1] : samples.at(-1)![1];
    const [t0, c0] = samples[after - 1]!;
    const [t1, c1] = samples[after]!;
    return c0 + ((c1 - c0) * (at - t0)) / (t1 - t0 || 1);
  };
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
