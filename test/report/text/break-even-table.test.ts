import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadReport } from "../../../src/report/model/load-report.js";
import { createRenderContext } from "../../../src/report/render-context.js";
import { breakEvenTables } from "../../../src/report/text/break-even-table.js";
import { openDatabase } from "../../../src/store/open-store.js";
import { useTempDirs } from "../../support/temp-dir.js";
import { FOUR_MODEL_STORE } from "../four-model-store.js";
import { writeReportStore } from "../report-store.js";

const tempDir = useTempDirs();

describe("the break-even tables", () => {
  it("print every money column in dollars, the API price per 1M tokens as the replica's monthly cost", () => {
    const file = path.join(tempDir(), "k.db");
    const runId = writeReportStore(file, FOUR_MODEL_STORE);
    const db = openDatabase(file);
    try {
      const report = loadReport(db, runId);
      const { pairs } = breakEvenTables(createRenderContext(report, "en"), report.breakEven!);
      const first = report.breakEven!.pairs![0]!;
      expect(pairs.rows[0]!.slice(0, 4)).toEqual([first.apiModel, first.hostedModel, "$4.07", "$4,803.40"]);
      for (const row of pairs.rows) expect(row[2]).toMatch(/^\$\d/);
    } finally {
      db.close();
    }
  });
});
