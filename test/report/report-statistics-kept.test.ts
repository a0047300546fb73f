import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareSides } from "../../src/report/compare-runs.js";
import { loadReport } from "../../src/report/model/load-report.js";
import { renderReportToString } from "../../src/report/render-report.js";
import { openDatabase } from "../../src/store/open-store.js";
import { RevisionWriter } from "../../src/store/scoring-revisions.js";
import { storedStatistics } from "../../src/store/statistics-store.js";
import { loadFilteredReport } from "../../src/view/filtered-report.js";
import { useTempDirs } from "../support/temp-dir.js";
import { itemId, writeReportStore } from "./report-store.js";
import { STANDARD_STORE } from "./standard-store.js";

const tempDir = useTempDirs();

/** A fresh standard store and a function that opens it, runs `read` and closes it again. */
function standardStore() {
  const file = path.join(tempDir(), "k.db");
  const runId = writeReportStore(file, STANDARD_STORE);
  const withStore = <T>(read: (db: ReturnType<typeof openDatabase>) => T): T => {
    const db = openDatabase(file);
    try {
      return read(db);
    } finally {
      db.close();
    }
  };
  return { runId, withStore };
}

/** Chart class names and clip-path ids count ECharts instances in the process: a page rendered twice differs in them only. */
const render = (db: ReturnType<typeof openDatabase>, runId: string, format: "html" | "json" | "md" | "csv") =>
  renderReportToString(db, runId, { format, language: "ja" }).replace(/zr\d+-(cls-)?[a-z]*\d+/g, "zr");

const kept = (db: ReturnType<typeof openDatabase>) => db.prepare("SELECT count(*) FROM statistics").pluck().get() as number;

describe("the decision statistics are computed once and kept in the store", () => {
  it("a report read back from kept statistics is the computed one, byte for byte, in every format", () => {
    const { runId, withStore } = standardStore();
    const formats = ["html", "json", "md", "csv"] as const;
    const cold = withStore((db) => formats.map((format) => render(db, runId, format)));
    const count = withStore(kept);
    // 4 suites × 3 models score intervals, 3 overall, 4 × 3 pairs per suite and 3 overall.
    expect(count).toBe(12 + 3 + 12 + 3);
    const warm = withStore((db) => formats.map((format) => render(db, runId, format)));
    expect(warm).toEqual(cold);
    expect(withStore(kept)).toBe(count);
  });

  it("the dashboard's reports and `compare` read the same statistics the report kept, and add none", () => {
    const { runId, withStore } = standardStore();
    const report = withStore((db) => loadReport(db, runId));
    const count = withStore(kept);
    const filtered = withStore((db) => loadFilteredReport(db, runId, { suites: [], models: ["alpha", "beta"], categories: [] }));
    for (const entry of filtered.entries) {
      expect(entry.interval).toEqual(report.entries.find((e) => e.modelId === entry.modelId && e.suite === entry.suite)!.interval);
    }
    const compared = withStore((db) => compareSides(db, { runId, modelId: "alpha" }, { runId, modelId: "beta" }));
    const qa = compared.find((c) => c.suite === "qa")!;
    expect(qa.baseline).toEqual(report.entries.find((e) => e.modelId === "alpha" && e.suite === "qa")!.interval);
    // The filtered page's overall intervals cover the same suites, its pairs are the report's: nothing new to keep.
    expect(withStore(kept)).toBe(count);
  });

  it("a changed score is never answered from what was kept for the old one", () => {
    const { runId, withStore } = standardStore();
    const before = withStore((db) => loadReport(db, runId));
    withStore((db) => db.prepare("UPDATE scores SET value = 0, passed = 0 WHERE run_id = ? AND model_id = 'alpha' AND suite = 'qa' AND is_primary = 1").run(runId));
    const after = withStore((db) => loadReport(db, runId));
    const fresh = path.join(tempDir(), "fresh.db");
    const freshRun = writeReportStore(fresh, STANDARD_STORE);
    const db = openDatabase(fresh);
    let computed;
    try {
      db.prepare("UPDATE scores SET value = 0, passed = 0 WHERE run_id = ? AND model_id = 'alpha' AND suite = 'qa' AND is_primary = 1").run(freshRun);
      computed = loadReport(db, freshRun);
    } finally {
      db.close();
    }
    const qa = (report: typeof before) => report.entries.find((e) => e.modelId === "alpha" && e.suite === "qa")!;
    expect(qa(after).interval).not.toEqual(qa(before).interval);
    expect(qa(after).interval).toEqual({ estimate: 0, low: 0, high: 0, level: 0.95 });
    expect(after.entries.map((e) => e.interval)).toEqual(computed.entries.map((e) => e.interval));
    expect(after.comparisons).toEqual(computed.comparisons);
    expect(after.overallComparisons).toEqual(computed.overallComparisons);
    expect(after.overview).toEqual(computed.overview);
  });

  describe("a rescore drops the statistics its replaced scores used", () => {
    /** Rescores alpha's qa answers as all wrong (scoring revision 2), as `kurabe rescore` commits it. */
    const rescoreQa = (db: ReturnType<typeof openDatabase>, runId: string) => {
      const writer = new RevisionWriter(db, runId);
      for (let i = 0; i < 60; i += 1) {
        for (const modelId of ["alpha", "beta", "gamma"]) {
          const passed = modelId !== "alpha" && i % 2 === 0;
          writer.writeScores({ suite: "qa", itemId: itemId("qa", i), modelId, sample: 0 }, [{ scorer: "exact", isPrimary: true, value: passed ? 1 : 0, passed }]);
        }
      }
      writer.commit([{ name: "qa", scorer: "exact" }], 0);
    };
    const keys = (db: ReturnType<typeof openDatabase>) => new Set(db.prepare("SELECT key FROM statistics").pluck().all() as string[]);

    it("keeps only the new revision's statistics once they are read", () => {
      const { runId, withStore } = standardStore();
      withStore((db) => loadReport(db, runId));
      const before = withStore(keys);
      withStore((db) => rescoreQa(db, runId));
      expect(withStore(kept)).toBe(0);
      withStore((db) => loadReport(db, runId));
      const after = withStore(keys);
      // As many as the first revision kept: the statistics of unchanged suites again, the changed ones replaced.
      expect(after.size).toBe(before.size);
      expect([...after].filter((key) => !before.has(key)).length).toBeGreaterThan(0);
      expect(withStore((db) => db.prepare("SELECT count(*) FROM statistics_runs WHERE key NOT IN (SELECT key FROM statistics)").pluck().get())).toBe(0);
    });

    it("keeps what another run still uses, and that run reads it without computing again", () => {
      const { runId, withStore } = standardStore();
      const file = withStore((db) => db.name);
      const other = writeReportStore(file, { ...STANDARD_STORE, runId: "20260102-000000-same" });
      withStore((db) => loadReport(db, runId));
      const shared = withStore(keys);
      withStore((db) => loadReport(db, other));
      expect(withStore(keys)).toEqual(shared); // the same scores: the same keys, now the other run's too
      withStore((db) => rescoreQa(db, runId));
      expect(withStore(keys)).toEqual(shared);
      const counted = withStore((db) => {
        const memo = storedStatistics(db, [other]);
        let computed = 0;
        for (const key of shared) memo.recall(key, () => (computed += 1));
        return computed;
      });
      expect(counted).toBe(0);
    });
  });
});
