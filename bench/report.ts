/**
 * Report: 100,000 stored results (4 models × 2 suites × 12,500 items, realistic answer sizes, reasoning traces on one
 * model, a 200 KB runaway answer every 1,000th) rendered by `kurabe report` in a child process measured with GNU time.
 * Targets for the full HTML report (every item, `--items all`): < 10 s wall and < 500 MB peak RSS. Also measures the
 * default HTML (1,000 items per suite), JSON with every item, and CSV.
 *
 *   npx tsx bench/report.ts [--results 100000]
 */
import { stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "../src/store/open-store.js";
import { RunWriter, type ResponseRecord } from "../src/store/run-writer.js";
import type { Item } from "../src/suites/types.js";
import { childEnv, cliPath, ensureBuilt, machineLine, makeTempDir, measure, printTable, runBenchmark, saveResults } from "./harness.js";

const TARGET_WALL_S = 10;
const TARGET_RSS_MB = 500;
const MODELS = ["gpt-4o", "gpt-4o-mini", "llama-3.1-8b", "llama-3.2-1b"];
const SUITES = [
  { name: "support-qa", category: "domain" },
  { name: "gsm8k", category: "reasoning" },
];
const BATCH = 10_000;

const { values } = parseArgs({ options: { results: { type: "string", default: "100000" } } });
const results = Number(values.results);
const itemsPerSuite = Math.ceil(results / (MODELS.length * SUITES.length));

runBenchmark(async () => {
  ensureBuilt();
  const dir = await makeTempDir("report");
  const dbPath = join(dir, "k.db");
  const started = performance.now();
  const written = writeStore(dbPath);
  console.error(`wrote ${written.toLocaleString("en-US")} results in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  // The report command as the CLI will call it (src/cli/main.ts wires `kurabe report` to reportCommand).
  const runner = join(dir, "report-runner.mjs");
  await writeFile(
    runner,
    `const { reportCommand } = await import(${JSON.stringify(join(cliPath, "..", "report.js"))});\n` +
      `const [db, format, items, out] = process.argv.slice(2);\n` +
      `process.exitCode = await reportCommand(undefined, { db, format, out, lang: "en", ...(items === "default" ? {} : { items }) });\n`,
  );
  const cases = [
    { label: "html, every item", format: "html", items: "all" },
    { label: "html, default (1,000 items/suite)", format: "html", items: "default" },
    { label: "json, every item", format: "json", items: "all" },
    { label: "csv", format: "csv", items: "default" },
  ];
  const rows: string[][] = [];
  const figures: Array<Record<string, unknown>> = [];
  for (const c of cases) {
    const out = join(dir, `report-${figures.length}.${c.format}`);
    const m = await measure(process.execPath, [runner, dbPath, c.format, c.items, out], {
      cwd: dir,
      env: childEnv(),
      timeoutMs: 5 * 60_000,
      label: `kurabe report ${c.label}`,
    });
    const size = (await stat(out)).size / 1024 / 1024;
    rows.push([c.label, m.wallS.toFixed(2), m.peakRssMb.toFixed(0), size.toFixed(1)]);
    figures.push({ ...c, wallS: m.wallS, peakRssMb: m.peakRssMb, outputMb: size });
  }
  console.log(`\nkurabe report on ${written.toLocaleString("en-US")} stored results · ${machineLine()}\n`);
  printTable(["format", "wall s", "peak RSS MB", "output MB"], rows);
  const full = figures[0]!;
  const pass = (full.wallS as number) < TARGET_WALL_S && (full.peakRssMb as number) < TARGET_RSS_MB;
  console.log(`\nfull HTML: target < ${TARGET_WALL_S} s and < ${TARGET_RSS_MB} MB: ${pass ? "met" : "MISSED"}`);
  await saveResults("report", { machine: machineLine(), results: written, figures });
  if (!pass) process.exitCode = 1;
});

/** Writes one finished run of `results` responses with scores, one transaction per 10,000. */
function writeStore(dbPath: string): number {
  const db = openDatabase(dbPath);
  try {
    const items = (suite: string): Item[] =>
      Array.from({ length: itemsPerSuite }, (_, i) => ({
        id: `${suite}-${i}`,
        input: `Customer ticket ${i}: ${"The invoice for order ".repeat(8)}${i} does not match the quote. What should we do next?`,
        expected: `${i % 97}`,
        fields: {},
        line: i + 1,
      }));
    const writer = RunWriter.create(
      db,
      { id: "bench-report", configJson: "{}", planFingerprint: "bench", kurabeVersion: "bench" },
      MODELS.map((m, i) => ({
        modelId: m,
        provider: i < 2 ? "openai" : "openai-compatible",
        model: m,
        configJson: JSON.stringify({ judgeOnly: false, price: i < 2 ? { input: 2.5 / (i * 15 + 1), output: 10 / (i * 15 + 1) } : null }),
      })),
      SUITES.map((s) => ({ ...s, configJson: "{}", samples: 1, items: items(s.name) })),
    );
    const keys: Array<{ suite: string; i: number; model: number }> = [];
    for (const suite of SUITES) for (let i = 0; i < itemsPerSuite; i += 1) for (let model = 0; model < MODELS.length; model += 1) keys.push({ suite: suite.name, i, model });
    const slice = keys.slice(0, results);
    const writeBatch = db.transaction((batch: typeof slice, offset: number) => {
      batch.forEach(({ suite, i, model }, k) => {
        const n = offset + k;
        const passed = (i * 31 + model * 17) % 100 < 80 - model * 10;
        const runaway = n % 1000 === 999;
        const response: ResponseRecord = {
          suite,
          itemId: `${suite}-${i}`,
          modelId: MODELS[model]!,
          sample: 0,
          status: n % 500 === 7 ? "error" : "ok",
          requestJson: "{}",
          attempts: 1,
          fromCache: false,
          text: runaway ? "loop ".repeat(40_000) : `Thank you for reaching out. ${"Step: check the order, compare the quote, issue a credit note. ".repeat(5)}Answer: ${passed ? i % 97 : i % 89}`,
          ...(model === 0 ? { reasoning: `First, read the ticket. ${"Consider the invoice and the quote line by line. ".repeat(12)}` } : {}),
          inputTokens: 120,
          outputTokens: 90 + (i % 50),
          ttftMs: 80 + model * 40 + (i % 13),
          totalMs: 600 + model * 300 + ((i * 37) % 400),
          costUsd: model < 2 ? 0.0004 / (model * 15 + 1) : undefined,
        };
        if (response.status === "error") {
          writer.writeResponse({ ...response, text: undefined, errorKind: "rate_limit", errorMessage: "429 Too Many Requests" });
          return;
        }
        writer.writeResponse(response);
        writer.writeScores(response, [
          { scorer: "numeric", isPrimary: true, value: passed ? 1 : 0, passed, extracted: String(passed ? i % 97 : i % 89), detail: passed ? "matches" : `expected ${i % 97}` },
        ]);
      });
    });
    for (let offset = 0; offset < slice.length; offset += BATCH) writeBatch(slice.slice(offset, offset + BATCH), offset);
    writer.finish("completed");
    return slice.length;
  } finally {
    db.close();
  }
}
