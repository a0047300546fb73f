/**
 * The stored run the report and dashboard benchmarks read: 4 models × 2 suites, realistic answer sizes, reasoning
 * traces on one model, a 200 KB runaway answer every 1,000th, an infrastructure error every 500th, two models
 * priced. Written through the real RunWriter, one transaction per 10,000 results.
 */
import { openDatabase } from "../src/store/open-store.js";
import { RunWriter, type ResponseRecord } from "../src/store/run-writer.js";
import type { Item } from "../src/suites/types.js";

export const BENCH_RUN_ID = "bench-report";
export const MODELS = ["gpt-4o", "gpt-4o-mini", "llama-3.1-8b", "llama-3.2-1b"];
export const SUITES = [
  { name: "support-qa", category: "domain" },
  { name: "gsm8k", category: "reasoning" },
];
const BATCH = 10_000;

/** Writes one finished run of `results` responses with scores, one transaction per 10,000. */
export function writeStore(dbPath: string, results: number): number {
  const itemsPerSuite = Math.ceil(results / (MODELS.length * SUITES.length));
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
      { id: BENCH_RUN_ID, configJson: "{}", planFingerprint: "bench", kurabeVersion: "bench" },
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
      // The writer commits at the end of the event-loop turn; this batch goes into this transaction.
      writer.flush();
    });
    for (let offset = 0; offset < slice.length; offset += BATCH) writeBatch(slice.slice(offset, offset + BATCH), offset);
    writer.finish("completed");
    return slice.length;
  } finally {
    db.close();
  }
}

/**
 * Empties the store's kept decision statistics (src/store/statistics-store.ts), so the next report computes every
 * bootstrap again, as the first report of a run written without `kurabe run` (this benchmark's store) does.
 */
export function forgetStatistics(dbPath: string): void {
  const db = openDatabase(dbPath);
  try {
    db.exec("DELETE FROM statistics");
  } finally {
    db.close();
  }
}
