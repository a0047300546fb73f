import path from "node:path";
import { loadReport } from "../../src/report/model/load-report.js";
import { openDatabase } from "../../src/store/open-store.js";
import { FOUR_MODEL_STORE } from "./four-model-store.js";
import { writeReportStore } from "./report-store.js";

/** The report model's statistics on the four-model fixture, in a JSON-stable shape (NaN as the string "NaN"). */
export function fourModelReportFigures(dir: string) {
  const file = path.join(dir, "figures.db");
  const runId = writeReportStore(file, FOUR_MODEL_STORE);
  const db = openDatabase(file);
  try {
    const report = loadReport(db, runId);
    const figures = {
      intervals: report.entries.map((e) => ({ modelId: e.modelId, suite: e.suite, score: e.score, interval: e.interval })),
      comparisons: report.comparisons,
      overallComparisons: report.overallComparisons,
      overview: report.overview,
      recommendation: report.recommendation,
    };
    return JSON.parse(JSON.stringify(figures, (_, v: unknown) => (typeof v === "number" && Number.isNaN(v) ? "NaN" : v)));
  } finally {
    db.close();
  }
}
