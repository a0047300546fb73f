/**
 * Latency-bound throughput: 2,000 echo items against a mock server that waits 100 ms before every answer, at
 * concurrency 50. The ideal is items × latency / concurrency = 2,000 × 0.1 s / 50 = 4.0 s; target ≤ 1.10 × ideal.
 * Each round, alternating the order, runs in the same minute:
 * - `kurabe run` (a fresh store each time): the whole process's wall time, and the run's own duration as the store
 *   recorded it (runs.created_at → runs.finished_at: planning, requests, scoring and writes, without Node start,
 *   module loading, config/data loading and the final leaderboard);
 * - the same 2,000 requests at concurrency 50 from bare node:http (bench/reference-client.ts `node-http`, the floor
 *   for any Node client here) and from kurabe's own chat-completions client alone (`kurabe-client`), request phase
 *   only, no start-up.
 * Every row carries the 1-minute load average before it: on a shared machine the bare client's own wall / ideal is
 * the measure of what the machine allowed. After the rounds, once each: the AI SDK over kurabe's undici pool and over
 * Node's fetch, and the bare start of the CLI (`kurabe --version`, median of 5).
 *
 *   npx tsx bench/latency-bound.ts [--runs 3] [--cli path/to/dist/cli/main.js]
 */
import { writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import {
  checkKurabeOutput,
  childEnv,
  echoItems,
  kurabeConfig,
  loadAverage,
  machineLine,
  makeTempDir,
  measure,
  measuredCli,
  resultsName,
  median,
  printTable,
  repoRoot,
  runBenchmark,
  saveResults,
  startMockServerProcess,
  writeJsonl,
} from "./harness.js";

const ITEMS = 2000;
const LATENCY_MS = 100;
const CONCURRENCY = 50;
const IDEAL_S = (ITEMS * LATENCY_MS) / 1000 / CONCURRENCY;
const TARGET = 1.1;

const ROUND_CLIENTS = ["node-http", "kurabe-client"] as const;
const ONCE_CLIENTS = ["ai-sdk", "ai-sdk-builtin-fetch"] as const;
const referenceScript = join(dirname(fileURLToPath(import.meta.url)), "reference-client.ts");

interface ReferenceRun {
  client: string;
  wallS: number;
  cpuS: number;
  meanLatencyMs: number;
  p50LatencyMs: number;
}

interface KurabeRow {
  load: string;
  wallS: number;
  storeS: number;
  peakRssMb: number;
  cpuS: number;
  p50Ms: number;
}

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" }, cli: { type: "string" } } });
const runs = Number(values.runs);
const cli = measuredCli(values.cli);

runBenchmark(async () => {
  const dir = await makeTempDir("latency");
  const server = await startMockServerProcess(LATENCY_MS);
  await writeJsonl(join(dir, "items.jsonl"), echoItems(ITEMS));
  await writeFile(join(dir, "kurabe.yaml"), kurabeConfig({ baseURL: server.baseURL, concurrency: CONCURRENCY, itemsPath: "items.jsonl" }));
  const options = { cwd: dir, env: childEnv(), timeoutMs: 120_000 };

  const kurabeRun = async (run: number): Promise<KurabeRow> => {
    const load = loadAverage();
    const dbPath = join(dir, `k${run}.db`);
    const m = await measure(process.execPath, [cli, "run", "kurabe.yaml", "--db", dbPath, "--no-cache", "--json"], { ...options, label: "kurabe run" });
    const entry = checkKurabeOutput(m.stdout, ITEMS) as ReturnType<typeof checkKurabeOutput> & { latencyP50Ms: number };
    const db = new Database(dbPath, { readonly: true });
    const times = db.prepare("SELECT created_at, finished_at FROM runs").get() as { created_at: string; finished_at: string };
    db.close();
    const storeS = (Date.parse(times.finished_at) - Date.parse(times.created_at)) / 1000;
    console.error(`run ${run} kurabe (load ${load}): wall ${m.wallS.toFixed(2)} s, in store ${storeS.toFixed(2)} s, CPU ${(m.userS + m.sysS).toFixed(2)} s`);
    return { load, wallS: m.wallS, storeS, peakRssMb: m.peakRssMb, cpuS: m.userS + m.sysS, p50Ms: entry.latencyP50Ms };
  };
  const referenceRun = async (client: string): Promise<ReferenceRun & { load: string }> => {
    const load = loadAverage();
    const args = ["--import", "tsx", referenceScript, "--client", client, "--base-url", server.baseURL];
    const m = await measure(process.execPath, [...args, "--requests", String(ITEMS), "--concurrency", String(CONCURRENCY)], {
      ...options,
      cwd: repoRoot, // where `--import tsx` resolves
      label: `reference ${client}`,
    });
    const result = JSON.parse(m.stdout.trim().split("\n").at(-1)!) as ReferenceRun;
    console.error(`${client} (load ${load}): wall ${result.wallS.toFixed(2)} s`);
    return { ...result, load };
  };

  const rows: KurabeRow[] = [];
  const rounds: Array<ReferenceRun & { load: string; run: number }> = [];
  for (let run = 1; run <= runs; run++) {
    const references = async () => {
      for (const client of ROUND_CLIENTS) rounds.push({ ...(await referenceRun(client)), run });
    };
    if (run % 2 === 1) {
      rows.push(await kurabeRun(run));
      await references();
    } else {
      await references();
      rows.push(await kurabeRun(run));
    }
  }
  const once: Array<ReferenceRun & { load: string }> = [];
  for (const client of ONCE_CLIENTS) once.push(await referenceRun(client));
  const startups: number[] = [];
  for (let i = 0; i < 5; i++) startups.push((await measure(process.execPath, [cli, "--version"], { ...options, label: "kurabe --version" })).wallS);
  const startupS = median(startups);

  const med = {
    wallS: median(rows.map((r) => r.wallS)),
    storeS: median(rows.map((r) => r.storeS)),
    peakRssMb: median(rows.map((r) => r.peakRssMb)),
    cpuS: median(rows.map((r) => r.cpuS)),
    p50Ms: median(rows.map((r) => r.p50Ms)),
  };
  const bareMedianS = median(rounds.filter((r) => r.client === "node-http").map((r) => r.wallS));
  console.log(`\nbench/latency-bound.ts — ${ITEMS} items, ${LATENCY_MS} ms server latency, concurrency ${CONCURRENCY}; ideal ${IDEAL_S.toFixed(1)} s`);
  console.log(machineLine());
  console.log(`kurabe: ${cli}`);
  const fmt = (r: Omit<KurabeRow, "load">) => [
    r.wallS.toFixed(2), (r.wallS / IDEAL_S).toFixed(2), r.storeS.toFixed(2), (r.storeS / IDEAL_S).toFixed(2),
    r.p50Ms.toFixed(0), r.cpuS.toFixed(2), r.peakRssMb.toFixed(0),
  ];
  printTable(
    ["kurabe run", "load", "wall s", "wall / ideal", "run in store s", "store / ideal", "request p50 ms", "CPU s", "peak RSS MB"],
    [...rows.map((r, i) => [String(i + 1), r.load, ...fmt(r)]), ["median", "", ...fmt(med)]],
  );
  console.log("\nthe same requests without kurabe (request phase only, no start-up):");
  printTable(
    ["client", "round", "load", "wall s", "wall / ideal", "mean latency ms", "p50 ms", "CPU s", "CPU ms / request"],
    [...rounds, ...once.map((r) => ({ ...r, run: 0 }))].map((r) => [
      r.client, r.run === 0 ? "after" : String(r.run), r.load, r.wallS.toFixed(2), (r.wallS / IDEAL_S).toFixed(2),
      r.meanLatencyMs.toFixed(1), r.p50LatencyMs.toFixed(0), r.cpuS.toFixed(2), ((r.cpuS * 1000) / ITEMS).toFixed(2),
    ]),
  );
  console.log(`bare CLI start (kurabe --version): ${startupS.toFixed(2)} s (median of 5: ${startups.map((s) => s.toFixed(2)).join(", ")})`);
  console.log(`bare node:http median wall / ideal: ${(bareMedianS / IDEAL_S).toFixed(2)} (what the machine allowed in the same minutes)`);
  console.log(`target wall ≤ ${TARGET.toFixed(2)} × ideal (${(IDEAL_S * TARGET).toFixed(2)} s): ${med.wallS <= IDEAL_S * TARGET ? "met" : "MISSED"}`);

  await saveResults(resultsName("latency-bound", cli), { machine: machineLine(), cli, idealS: IDEAL_S, startups, rows, median: med, rounds, once });
});
