/**
 * Latency-bound throughput: 2,000 echo items against a mock server that waits 100 ms before every answer, at
 * concurrency 50. The ideal is items × latency / concurrency = 2,000 × 0.1 s / 50 = 4.0 s; target ≤ 1.10 × ideal.
 * kurabe runs 3 times (a fresh store each time); the table shows each run and the median. Beside the whole-process
 * wall time it shows the run's own duration as the store recorded it (runs.created_at → runs.finished_at: planning,
 * requests, scoring and writes, without Node start, module loading, config/data loading and the final leaderboard),
 * and the bare start of the CLI (`kurabe --version`, median of 5), so the reader sees where the time goes. Then the
 * same 2,000 requests at concurrency 50 from reference clients without kurabe (bench/reference-client.ts: kurabe's own
 * chat-completions client alone, the AI SDK provider over kurabe's undici pool, the same over Node's built-in fetch,
 * bare node:http), once each after kurabe's runs, against the same server: what the layers under kurabe cost here, in
 * the same minute.
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

const REFERENCE_CLIENTS = ["kurabe-client", "ai-sdk", "ai-sdk-builtin-fetch", "node-http"] as const;
const referenceScript = join(dirname(fileURLToPath(import.meta.url)), "reference-client.ts");

interface ReferenceRun {
  client: string;
  wallS: number;
  cpuS: number;
  meanLatencyMs: number;
  p50LatencyMs: number;
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

  const startups: number[] = [];
  for (let i = 0; i < 5; i++) startups.push((await measure(process.execPath, [cli, "--version"], { ...options, label: "kurabe --version" })).wallS);
  const startupS = median(startups);

  const rows: Array<{ wallS: number; storeS: number; peakRssMb: number; cpuS: number; p50Ms: number }> = [];
  for (let run = 1; run <= runs; run++) {
    const dbPath = join(dir, `k${run}.db`);
    const m = await measure(process.execPath, [cli, "run", "kurabe.yaml", "--db", dbPath, "--no-cache", "--json"], { ...options, label: "kurabe run" });
    const entry = checkKurabeOutput(m.stdout, ITEMS) as ReturnType<typeof checkKurabeOutput> & { latencyP50Ms: number };
    const db = new Database(dbPath, { readonly: true });
    const times = db.prepare("SELECT created_at, finished_at FROM runs").get() as { created_at: string; finished_at: string };
    db.close();
    const storeS = (Date.parse(times.finished_at) - Date.parse(times.created_at)) / 1000;
    rows.push({ wallS: m.wallS, storeS, peakRssMb: m.peakRssMb, cpuS: m.userS + m.sysS, p50Ms: entry.latencyP50Ms });
    console.error(`run ${run}: wall ${m.wallS.toFixed(2)} s, in store ${storeS.toFixed(2)} s, CPU ${(m.userS + m.sysS).toFixed(2)} s`);
  }

  const references: ReferenceRun[] = [];
  for (const client of REFERENCE_CLIENTS) {
    const args = ["--import", "tsx", referenceScript, "--client", client, "--base-url", server.baseURL];
    const m = await measure(process.execPath, [...args, "--requests", String(ITEMS), "--concurrency", String(CONCURRENCY)], {
      ...options,
      cwd: repoRoot, // where `--import tsx` resolves
      label: `reference ${client}`,
    });
    references.push(JSON.parse(m.stdout.trim().split("\n").at(-1)!) as ReferenceRun);
  }

  const med = {
    wallS: median(rows.map((r) => r.wallS)),
    storeS: median(rows.map((r) => r.storeS)),
    peakRssMb: median(rows.map((r) => r.peakRssMb)),
    cpuS: median(rows.map((r) => r.cpuS)),
    p50Ms: median(rows.map((r) => r.p50Ms)),
  };
  console.log(`\nbench/latency-bound.ts — ${ITEMS} items, ${LATENCY_MS} ms server latency, concurrency ${CONCURRENCY}; ideal ${IDEAL_S.toFixed(1)} s`);
  console.log(machineLine());
  console.log(`kurabe: ${cli}`);
  const fmt = (r: (typeof rows)[number]) => [
    r.wallS.toFixed(2), (r.wallS / IDEAL_S).toFixed(2), r.storeS.toFixed(2), (r.storeS / IDEAL_S).toFixed(2),
    r.p50Ms.toFixed(0), r.cpuS.toFixed(2), r.peakRssMb.toFixed(0),
  ];
  printTable(
    ["run", "wall s", "wall / ideal", "run in store s", "store / ideal", "request p50 ms", "CPU s", "peak RSS MB"],
    [...rows.map((r, i) => [String(i + 1), ...fmt(r)]), ["median", ...fmt(med)]],
  );
  console.log("\nthe same requests without kurabe (request phase only, no start-up), once each:");
  printTable(
    ["client", "wall s", "wall / ideal", "mean latency ms", "p50 ms", "CPU s", "CPU ms / request"],
    references.map((r) => [
      r.client, r.wallS.toFixed(2), (r.wallS / IDEAL_S).toFixed(2), r.meanLatencyMs.toFixed(1), r.p50LatencyMs.toFixed(0),
      r.cpuS.toFixed(2), ((r.cpuS * 1000) / ITEMS).toFixed(2),
    ]),
  );
  console.log(`bare CLI start (kurabe --version): ${startupS.toFixed(2)} s (median of 5: ${startups.map((s) => s.toFixed(2)).join(", ")})`);
  console.log(`target wall ≤ ${TARGET.toFixed(2)} × ideal (${(IDEAL_S * TARGET).toFixed(2)} s): ${med.wallS <= IDEAL_S * TARGET ? "met" : "MISSED"}`);

  await saveResults(resultsName("latency-bound", cli), { machine: machineLine(), cli, idealS: IDEAL_S, startups, rows, median: med, references });
});
