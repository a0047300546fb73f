import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderReportToString } from "../../../src/report/render-report.js";
import type { ScoreRecord } from "../../../src/store/run-writer.js";
import { openDatabase } from "../../../src/store/open-store.js";
import { useTempDirs } from "../../support/temp-dir.js";
import { writeReportStore } from "../report-store.js";

const tempDir = useTempDirs();

/** The HTML report's scores tables (one per answer) with the scores each model's answers got. */
function scoresTables(scores: (model: string) => ScoreRecord[]): string[] {
  const file = path.join(tempDir(), "k.db");
  const runId = writeReportStore(file, {
    models: [{ id: "a", price: { input: 1, output: 1 } }, { id: "b", price: { input: 1, output: 1 } }],
    suites: [{ name: "qa", category: "nlu", items: 1 }],
    result: (model) => ({ scores: scores(model) }),
  });
  const db = openDatabase(file);
  try {
    return renderReportToString(db, runId, { format: "html", language: "en", itemsPerSuite: null }).match(/<table class="scores">[^]*?<\/table>/g)!;
  } finally {
    db.close();
  }
}

const score = (extra: Partial<ScoreRecord> = {}): ScoreRecord => ({ scorer: "exact", isPrimary: true, value: 1, passed: true, ...extra });
const headings = (table: string) => [...table.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((match) => match[1]);
const cellsPerRow = (table: string) => [...table.matchAll(/<tr class[^]*?<\/tr>/g)].map((row) => row[0].match(/<td/g)!.length);

describe("an answer's scores table in the HTML report", () => {
  it("leaves out the extracted value and detail columns when no score of the answer has one", () => {
    const tables = scoresTables(() => [score()]);
    expect(tables).toHaveLength(2);
    for (const table of tables) {
      expect(headings(table)).toEqual(["Scorer", "Value"]);
      expect(cellsPerRow(table)).toEqual([2]);
    }
  });

  it("keeps a column when one score of the answer fills it, its other cells empty", () => {
    const tables = scoresTables((model) =>
      model === "a" ? [score({ detail: "matched after trimming" }), score({ scorer: "contains", isPrimary: false })] : [score({ extracted: "yes" })],
    );
    expect(headings(tables[0]!)).toEqual(["Scorer", "Value", "Detail"]);
    expect(cellsPerRow(tables[0]!)).toEqual([3, 3]);
    expect(tables[0]).toContain("<td>matched after trimming</td>");
    expect(headings(tables[1]!)).toEqual(["Scorer", "Value", "Extracted"]);
    expect(cellsPerRow(tables[1]!)).toEqual([3]);
  });
});
