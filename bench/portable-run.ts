/**
 * Portable runs at scale: a stored run of 1,000,000 results (bench/report-store.ts: 4 models × 2 suites × 125,000
 * items, realistic answers, reasoning on one model, a 200 KB runaway answer every 1,000th) → `kurabe export --out` →
 * `kurabe import` into a fresh store, each in a child process measured with GNU time (wall, CPU, peak RSS). The
 * imported store is compared with the original row by row, field by field (a SHA-256 over every row of every table the
 * run has, in key order).
 *
 * Side by side, on the same machine in the same script:
 * - SQLite's own text round trip of the same store: `sqlite3 .dump` and `sqlite3 new.db < dump.sql` (what a
 *   database's export/import costs without any JSON or validation);
 * - `node -e 'JSON.parse(fs.readFileSync(file, "utf8"))'`, what the import did before it streamed (it read the file
 *   into one string, then validated the parsed whole): on a smaller run's file (`--small`, default 100,000 results)
 *   beside kurabe import of that same file, and on the large file, where it cannot work (a string longer than V8's
 *   limit, 2^29 - 24 characters ≈ 512 MB).
 *
 *   npx tsx bench/portable-run.ts [--results 1000000] [--small 100000]
 */
import { createHash } from "node:crypto";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { BENCH_RUN_ID, writeStore } from "./report-store.js";
import { childEnv, cliPath, ensureBuilt, machineLine, makeTempDir, measure, printTable, runBenchmark, saveResults, type Measurement } from "./harness.js";

const { values } = parseArgs({ options: { results: { type: "string", default: "1000000" }, small: { type: "string", default: "100000" } } });
const results = Number(values.results);
const small = Number(values.small);

/** Every table that holds a run's rows, in an order that makes two stores' rows comparable. */
const RUN_TABLES: Record<string, string> = {
  runs: "id",
  models: "model_id",
  suites: "name",
  items: "suite, item_id",
  responses: "suite, item_id, model_id, sample",
  scores: "suite, item_id, model_id, sample, scorer",
  pairwise_judgments: "suite, item_id, model_a, model_b, shown_first",
  scoring_revisions: "revision",
  revision_scores: "revision, suite, item_id, model_id, sample, scorer",
};

runBenchmark(async () => {
  ensureBuilt();
  const dir = await makeTempDir("portable");
  const timeoutMs = 60 * 60_000;
  const node = (label: string, args: string[]) => measure(process.execPath, args, { cwd: dir, env: childEnv(), timeoutMs, label });
  const shell = (label: string, script: string) => measure("sh", ["-c", script], { cwd: dir, env: childEnv(), timeoutMs, label });
  const rows: string[][] = [];
  const figures: Array<Record<string, unknown>> = [];
  const record = async (label: string, m: Measurement, fileBytes: number) => {
    const cpu = m.userS + m.sysS;
    rows.push([label, m.wallS.toFixed(1), cpu.toFixed(1), m.peakRssMb.toFixed(0), (fileBytes / 1e6 / m.wallS).toFixed(1)]);
    figures.push({ label, wallS: m.wallS, cpuS: cpu, peakRssMb: m.peakRssMb, fileMb: fileBytes / 1e6 });
    console.error(`${label}: ${m.wallS.toFixed(1)} s, ${m.peakRssMb.toFixed(0)} MB`);
  };

  const stores: Record<string, number> = {};
  for (const [name, count] of [["small", small], ["large", results]] as const) {
    const started = performance.now();
    stores[name] = writeStore(join(dir, `${name}.db`), count);
    console.error(`wrote ${name}.db: ${count.toLocaleString("en-US")} results in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  // The large run: export, import, SQLite's round trip, and what reading it whole does.
  const exported = await node("export", [cliPath, "export", "--db", "large.db", "--out", "large.kurabe.json"]);
  const largeBytes = (await stat(join(dir, "large.kurabe.json"))).size;
  await record("kurabe export --out (large)", exported, largeBytes);
  await record("kurabe import (large)", await node("import", [cliPath, "import", "large.kurabe.json", "--db", "imported.db"]), largeBytes);
  const same = digest(join(dir, "large.db")) === digest(join(dir, "imported.db"));
  console.error(`imported store equals the original row by row: ${same}`);
  const dumped = await shell("sqlite3 .dump", "sqlite3 large.db .dump > large.sql");
  const dumpBytes = (await stat(join(dir, "large.sql"))).size;
  await record("peer: sqlite3 .dump (large)", dumped, dumpBytes);
  await record("peer: sqlite3 < dump.sql (large)", await shell("sqlite3 .read", "sqlite3 peer.db < large.sql"), dumpBytes);
  let wholeLarge = "";
  try {
    await node("JSON.parse", ["-e", "JSON.parse(require('fs').readFileSync('large.kurabe.json', 'utf8'))"]);
    wholeLarge = "read";
  } catch (error) {
    wholeLarge = /Cannot create a string longer than [^\n]*/.exec(String(error))?.[0] ?? String(error).split("\n")[0]!;
  }
  console.error(`JSON.parse of the large file: ${wholeLarge}`);

  // The small run: kurabe import beside reading the same file whole.
  await node("export small", [cliPath, "export", "--db", "small.db", "--out", "small.kurabe.json"]);
  const smallBytes = (await stat(join(dir, "small.kurabe.json"))).size;
  await record("kurabe import (small)", await node("import small", [cliPath, "import", "small.kurabe.json", "--db", "imported-small.db"]), smallBytes);
  await record("peer: node JSON.parse(readFileSync) (small)", await node("JSON.parse small", ["-e", "JSON.parse(require('fs').readFileSync('small.kurabe.json', 'utf8'))"]), smallBytes);

  console.log(`\nportable runs: ${stores.large!.toLocaleString("en-US")} results (${(largeBytes / 1e6).toFixed(0)} MB file, SQL dump ${(dumpBytes / 1e6).toFixed(0)} MB), and ${stores.small!.toLocaleString("en-US")} (${(smallBytes / 1e6).toFixed(0)} MB) · ${machineLine()}\n`);
  printTable(["side", "wall s", "CPU s", "peak RSS MB", "MB/s"], rows);
  const by = (label: string) => figures.find((f) => f.label === label)!;
  const ratio = (a: string, b: string, key: string) => ((by(a)[key] as number) / (by(b)[key] as number)).toFixed(2);
  console.log(`\nimported store equal to the original, every row of every table: ${same ? "yes" : "NO"}`);
  console.log(`JSON.parse of the large file (the import before it streamed): ${wholeLarge}`);
  console.log(`kurabe import / sqlite3 .read (large): wall ${ratio("kurabe import (large)", "peer: sqlite3 < dump.sql (large)", "wallS")}×, peak RSS ${ratio("kurabe import (large)", "peer: sqlite3 < dump.sql (large)", "peakRssMb")}×`);
  console.log(`kurabe export / sqlite3 .dump (large): wall ${ratio("kurabe export --out (large)", "peer: sqlite3 .dump (large)", "wallS")}×`);
  console.log(`kurabe import / JSON.parse alone (small): wall ${ratio("kurabe import (small)", "peer: node JSON.parse(readFileSync) (small)", "wallS")}×, peak RSS ${ratio("kurabe import (small)", "peer: node JSON.parse(readFileSync) (small)", "peakRssMb")}×`);
  console.log(`kurabe import peak RSS, large / small file: ${ratio("kurabe import (large)", "kurabe import (small)", "peakRssMb")}× for a ${(largeBytes / smallBytes).toFixed(1)}× larger file`);
  await saveResults("portable-run", { machine: machineLine(), results: stores, largeBytes, smallBytes, dumpBytes, same, wholeLarge, figures });
  if (!same) process.exitCode = 1;
});

/** SHA-256 over every row of the run's tables, in key order: equal digests, equal stores field by field. */
function digest(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const hash = createHash("sha256");
    for (const [table, order] of Object.entries(RUN_TABLES)) {
      const key = table === "runs" ? "id" : "run_id";
      for (const row of db.prepare(`SELECT * FROM ${table} WHERE ${key} = ? ORDER BY ${order}`).raw().iterate(BENCH_RUN_ID)) {
        hash.update(JSON.stringify(row));
        hash.update("\n");
      }
    }
    return hash.digest("hex");
  } finally {
    db.close();
  }
}
