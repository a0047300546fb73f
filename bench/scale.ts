/**
 * Scale: 100,000 echo items against the zero-latency mock server at concurrency 16, in one run. Results are committed
 * to SQLite as they come, so memory must stay flat: target peak RSS < 300 MB. Reports wall time, peak RSS (GNU time
 * %M and a once-a-second RSS timeline), and the rows in the store. Runs once (it takes minutes); fails after 30 min.
 *
 *   npx tsx bench/scale.ts [--items 100000] [--cli path/to/dist/cli/main.js]
 */
import { stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
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
  printTable,
  runBenchmark,
  saveResults,
  startMockServerProcess,
  writeJsonl,
} from "./harness.js";

const CONCURRENCY = 16;
const TARGET_RSS_MB = 300;

const { values } = parseArgs({ options: { items: { type: "string", default: "100000" }, cli: { type: "string" } } });
const items = Number(values.items);
const cli = measuredCli(values.cli);

runBenchmark(async () => {
  const dir = await makeTempDir("scale");
  const server = await startMockServerProcess(0);
  await writeJsonl(join(dir, "items.jsonl"), echoItems(items));
  await writeFile(join(dir, "kurabe.yaml"), kurabeConfig({ baseURL: server.baseURL, concurrency: CONCURRENCY, itemsPath: "items.jsonl" }));
  const dbPath = join(dir, "k.db");

  console.error(`running ${items} items (several minutes)…`);
  const m = await measure(process.execPath, [cli, "run", "kurabe.yaml", "--db", dbPath, "--no-cache", "--json"], {
    cwd: dir,
    env: childEnv(),
    timeoutMs: 30 * 60_000,
    label: "kurabe run",
  });
  checkKurabeOutput(m.stdout, items);

  const db = new Database(dbPath, { readonly: true });
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const rows = { items: count("items"), responses: count("responses"), scores: count("scores") };
  const okResponses = (db.prepare("SELECT count(*) AS n FROM responses WHERE status = 'ok'").get() as { n: number }).n;
  const times = db.prepare("SELECT created_at, finished_at FROM runs").get() as { created_at: string; finished_at: string };
  db.close();
  const storeS = (Date.parse(times.finished_at) - Date.parse(times.created_at)) / 1000;
  const dbMb = ((await stat(dbPath)).size + (await stat(`${dbPath}-wal`).catch(() => ({ size: 0 }))).size) / 2 ** 20;

  // The RSS timeline in ten slices of the run: the maximum in each, to show whether memory grows with results.
  const slices = Array.from({ length: 10 }, (_, i) => {
    const from = (m.wallS * i) / 10;
    const to = (m.wallS * (i + 1)) / 10;
    const inSlice = m.timeline.filter(([t]) => t >= from && t < to).map(([, rss]) => rss);
    return inSlice.length ? String(Math.max(...inSlice)) : "-";
  });

  console.log(`\nbench/scale.ts — ${items} items, concurrency ${CONCURRENCY}, zero-latency mock server, one run`);
  console.log(machineLine());
  console.log(`kurabe: ${cli}`);
  printTable(
    ["items", "wall s", "items/s", "run in store s", "peak RSS MB", "CPU s", "responses", "ok", "scores", "items rows", "store MB"],
    [[
      String(items), m.wallS.toFixed(1), (items / m.wallS).toFixed(0), storeS.toFixed(1), m.peakRssMb.toFixed(0),
      (m.userS + m.sysS).toFixed(1), String(rows.responses), String(okResponses), String(rows.scores), String(rows.items),
      dbMb.toFixed(0),
    ]],
  );
  console.log(`RSS (MB), max per tenth of the run: ${slices.join(" · ")}`);
  console.log(`target peak RSS < ${TARGET_RSS_MB} MB: ${m.peakRssMb < TARGET_RSS_MB ? "met" : "MISSED"}`);

  await saveResults(resultsName("scale", cli), {
    machine: machineLine(), cli, items, concurrency: CONCURRENCY, wallS: m.wallS, storeS, peakRssMb: m.peakRssMb,
    treeRssMb: m.treeRssMb, cpuS: m.userS + m.sysS, rows, okResponses, dbMb, timeline: m.timeline,
  });
});
