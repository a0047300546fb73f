/**
 * Dashboard: how long a page takes warm (asked again, its report model cached) on a run of 10,000 items (4 models ×
 * 2 suites × 5,000 items = 40,000 stored results, written as bench/report.ts writes them). `kurabe view` runs in its
 * own process; the peer is a static server (node:http, its own process) sending the same pages' bytes, captured from
 * kurabe's first answer: the floor of fetching a page of that size from that client, so the ratio is what building the
 * page costs on top. Each page is fetched once cold, then `--fetches` times warm from each server, in turns; then once
 * more cold from a second `kurabe view` process, which finds the decision statistics the first one kept in the store.
 * Target (issue 9): every page < 300 ms warm.
 *
 *   npx tsx bench/dashboard.ts [--items 10000] [--fetches 15] [--cli other/dist/cli/main.js]
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { machineLine, makeTempDir, measuredCli, median, printTable, resultsName, runBenchmark, saveResults, startServerProcess } from "./harness.js";
import { BENCH_RUN_ID, MODELS, SUITES, writeStore } from "./report-store.js";

const TARGET_WARM_MS = 300;

const { values } = parseArgs({
  options: { items: { type: "string", default: "10000" }, fetches: { type: "string", default: "15" }, cli: { type: "string" } },
});
const items = Number(values.items);
const fetches = Number(values.fetches);
const run = encodeURIComponent(BENCH_RUN_ID);

/** The dashboard's pages as a user opens them: runs list, run page (whole, filtered), items, one item, compare, a download. */
const PAGES = [
  { label: "runs list", path: "/" },
  { label: "run page", path: `/runs/${run}` },
  { label: "run page, two models", path: `/runs/${run}?model=${MODELS[0]}&model=${MODELS[1]}` },
  { label: "items", path: `/runs/${run}/items` },
  { label: "items, one suite, failed", path: `/runs/${run}/items?suite=${SUITES[1]!.name}&outcome=fail` },
  { label: "one item", path: `/runs/${run}/item?suite=${SUITES[0]!.name}&id=${SUITES[0]!.name}-42` },
  { label: "compare (two models)", path: `/compare?base=${run}&cand=${run}` },
  { label: "CSV download", path: `/runs/${run}/report.csv` },
];

runBenchmark(async () => {
  const cli = measuredCli(values.cli);
  const dir = await makeTempDir("dashboard");
  const dbPath = join(dir, "k.db");
  const written = writeStore(dbPath, items * MODELS.length);
  console.error(`wrote ${written.toLocaleString("en-US")} results (${items.toLocaleString("en-US")} items)`);

  const view = await startServerProcess([cli, "view", "--db", dbPath, "--port", "0", "--lang", "en"], "kurabe view", dir, /(http:\/\/127\.0\.0\.1:\d+)/);
  const kurabeUrl = view.baseURL;
  const fetchPage = async (base: string, path: string) => {
    const started = performance.now();
    const response = await fetch(base + path);
    const body = Buffer.from(await response.arrayBuffer());
    const ms = performance.now() - started;
    if (response.status !== 200) throw new Error(`${base}${path}: HTTP ${response.status}`);
    return { ms, body };
  };

  // Cold: the first request of each page (the report model built then); its bytes become the static peer's page.
  const pagesDir = join(dir, "pages");
  await mkdir(pagesDir);
  const cold: Record<string, { ms: number; kb: number }> = {};
  const files: Record<string, string> = {};
  for (const [i, page] of PAGES.entries()) {
    const { ms, body } = await fetchPage(kurabeUrl, page.path);
    cold[page.label] = { ms, kb: body.length / 1024 };
    files[page.path] = join(pagesDir, `${i}.bin`);
    await writeFile(files[page.path]!, body);
  }
  const staticScript = join(dir, "static-server.mjs");
  await writeFile(
    staticScript,
    `import { createServer } from "node:http";\nimport { readFileSync } from "node:fs";\n` +
      `const bodies = new Map(Object.entries(JSON.parse(readFileSync(process.argv[2], "utf8"))).map(([path, file]) => [path, readFileSync(file)]));\n` +
      `const server = createServer((req, res) => {\n` +
      `  const body = bodies.get(req.url);\n` +
      `  if (!body) return void res.writeHead(404).end();\n` +
      `  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length }).end(body);\n` +
      `});\nserver.listen(0, "127.0.0.1", () => console.log(\`static http://127.0.0.1:\${server.address().port}\`));\n`,
  );
  const pagesJson = join(dir, "pages.json");
  await writeFile(pagesJson, JSON.stringify(files));
  const peer = await startServerProcess([staticScript, pagesJson], "the static peer", dir, /(http:\/\/127\.0\.0\.1:\d+)/);

  // Warm: in turns, kurabe then the peer, page by page.
  const warm: Record<string, { kurabe: number[]; peer: number[] }> = Object.fromEntries(PAGES.map((p) => [p.label, { kurabe: [], peer: [] }]));
  for (let k = 0; k < fetches; k += 1) {
    for (const page of PAGES) {
      warm[page.label]!.kurabe.push((await fetchPage(kurabeUrl, page.path)).ms);
      warm[page.label]!.peer.push((await fetchPage(peer.baseURL, page.path)).ms);
    }
  }
  // Cold again in a second view process: the pages are rebuilt, but the decision statistics the first one computed
  // are kept in the store (as after `kurabe run`, whose leaderboard computes them).
  await view.stop();
  const second = await startServerProcess([cli, "view", "--db", dbPath, "--port", "0", "--lang", "en"], "kurabe view (second start)", dir, /(http:\/\/127\.0\.0\.1:\d+)/);
  const coldKept: Record<string, number> = {};
  for (const page of PAGES) coldKept[page.label] = (await fetchPage(second.baseURL, page.path)).ms;
  await second.stop();
  const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1]!;
  const figures = PAGES.map((page) => {
    const w = warm[page.label]!;
    return {
      page: page.label,
      path: page.path,
      kb: cold[page.label]!.kb,
      coldMs: cold[page.label]!.ms,
      coldKeptMs: coldKept[page.label]!,
      warmMedianMs: median(w.kurabe),
      warmP95Ms: p95(w.kurabe),
      peerMedianMs: median(w.peer),
      ratio: median(w.kurabe) / median(w.peer),
    };
  });
  console.log(`\nkurabe view on a run of ${items.toLocaleString("en-US")} items (${written.toLocaleString("en-US")} results), ${fetches} warm fetches each · ${machineLine()}\n`);
  printTable(
    ["page", "KB", "cold ms", "cold, statistics kept ms", "warm p50 ms", "warm p95 ms", "static p50 ms", "warm / static"],
    figures.map((f) => [f.page, f.kb.toFixed(0), f.coldMs.toFixed(0), f.coldKeptMs.toFixed(0), f.warmMedianMs.toFixed(1), f.warmP95Ms.toFixed(1), f.peerMedianMs.toFixed(1), f.ratio.toFixed(1)]),
  );
  const worst = Math.max(...figures.map((f) => f.warmMedianMs));
  console.log(`\nslowest warm page (median) ${worst.toFixed(0)} ms: target < ${TARGET_WARM_MS} ms ${worst < TARGET_WARM_MS ? "met" : "MISSED"}`);
  await saveResults(resultsName("dashboard", cli), { machine: machineLine(), items, results: written, fetches, figures });
  if (worst >= TARGET_WARM_MS) process.exitCode = 1;
});
