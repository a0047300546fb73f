import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ReportLanguage } from "../../../src/report/i18n/messages.js";
import { renderReportToString } from "../../../src/report/render-report.js";
import { openDatabase } from "../../../src/store/open-store.js";
import { useTempDirs } from "../../support/temp-dir.js";
import { writeReportStore } from "../report-store.js";

const tempDir = useTempDirs();

/** The "Models and prices" table's cells, model by model: [model, input price, output price]. */
function priceRows(language: ReportLanguage): string[][] {
  const file = path.join(tempDir(), "k.db");
  const runId = writeReportStore(file, {
    models: [
      { id: "api", price: { input: 2.5, output: 10 } },
      // GPU time charged per output token: no input rate given.
      { id: "hosted", hosting: { hourlyUsd: 3.6, utilisation: 0.5, outputTokensPerSecond: 1000 } },
      // Prefill and decode as separate capacities: both have a price.
      { id: "hosted-both", hosting: { hourlyUsd: 3.6, utilisation: 0.5, outputTokensPerSecond: 1000, inputTokensPerSecond: 10000 } },
    ],
    suites: [{ name: "qa", category: "nlu", items: 2 }],
    result: () => ({ passed: true }),
  });
  const db = openDatabase(file);
  try {
    const page = renderReportToString(db, runId, { format: "html", language, itemsPerSuite: 0 });
    const table = /<details class="models">[\s\S]*?<\/details>/.exec(page)![0];
    return [...table.matchAll(/<tr><td[^>]*><span class="id">([^<]*)<\/span><\/td>[\s\S]*?<td class="num"[^>]*>([^<]*)<\/td>\s*<td class="num"[^>]*>([^<]*)<\/td><\/tr>/g)].map((row) => row.slice(1));
  } finally {
    db.close();
  }
}

describe("the report's models and prices", () => {
  it.each([
    ["en", "in the output price"],
    ["ja", "出力の価格に含む"],
  ] as const)("says a self-hosted model without an input rate pays for its input in the output price, not ≈0.00 (%s)", (language, inOutput) => {
    const rows = priceRows(language);
    expect(rows.map(([model]) => model)).toEqual(["api", "hosted", "hosted-both"]);
    expect(rows[0]!.slice(1)).toEqual(["2.50", "10.00"]);
    expect(rows[1]![1]).toBe(inOutput);
    expect(rows[1]![2]).toMatch(/^≈\d+\.\d\d$/);
    expect(rows[2]![1]).toMatch(/^≈\d+\.\d\d$/);
    expect(rows[2]![1]).not.toBe("≈0.00");
  });
});
