import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadReport } from "../../src/report/model/load-report.js";
import { iterateReportItems } from "../../src/report/model/load-items.js";
import { excerptOf } from "../../src/report/model/excerpt.js";
import type { Report } from "../../src/report/model/report-types.js";
import { openDatabase } from "../../src/store/open-store.js";
import { useTempDirs } from "../support/temp-dir.js";
import { writeReportStore } from "./report-store.js";
import { STANDARD_STORE } from "./standard-store.js";

const tempDir = useTempDirs();

function standardReport(options = {}): { report: Report; file: string; runId: string } {
  const file = path.join(tempDir(), "k.db");
  const runId = writeReportStore(file, STANDARD_STORE);
  const db = openDatabase(file);
  try {
    return { report: loadReport(db, runId, options), file, runId };
  } finally {
    db.close();
  }
}

const entry = (report: Report, model: string, suite: string) => report.entries.find((e) => e.modelId === model && e.suite === suite)!;

describe("the report model", () => {
  it("matches the store: score, n, infrastructure errors, skips, correct answers, cost and cost per correct answer", () => {
    const { report } = standardReport();
    const alpha = entry(report, "alpha", "qa");
    expect(alpha).toMatchObject({ n: 60, planned: 60, errors: 0, skipped: 0, correct: 54, category: "nlu" });
    expect(alpha.score).toBeCloseTo(54 / 60, 12);
    // 10 input tokens at $1/M and 20 output tokens at $2/M per answer.
    expect(alpha.costUsd).toBeCloseTo(60 * 50e-6, 12);
    expect(alpha.costPerCorrectUsd).toBeCloseTo((60 * 50e-6) / 54, 12);
    const gamma = entry(report, "gamma", "qa");
    expect(gamma).toMatchObject({ n: 59, errors: 1, correct: 20, costUsd: null, costPerCorrectUsd: null });
    expect(entry(report, "gamma", "follow")).toMatchObject({ n: 9, skipped: 1 });
  });

  it("gives each score a seeded 95% bootstrap interval that contains the mean", () => {
    const { report } = standardReport();
    for (const e of report.entries) {
      expect(e.interval).not.toBeNull();
      expect(e.interval!.level).toBe(0.95);
      expect(e.interval!.low).toBeLessThanOrEqual(e.score!);
      expect(e.interval!.high).toBeGreaterThanOrEqual(e.score!);
    }
    const qa = entry(report, "alpha", "qa").interval!;
    expect(qa.high - qa.low).toBeGreaterThan(0.05);
    expect(standardReport().report.entries.map((e) => e.interval)).toEqual(report.entries.map((e) => e.interval));
  });

  it("compares every pair on every suite with one method: a one-item gap is not significant, a large one is", () => {
    const { report } = standardReport();
    expect(report.comparisons).toHaveLength(3 * 4);
    const close = report.comparisons.find((c) => c.suite === "qa" && c.modelA === "alpha" && c.modelB === "beta")!;
    expect(close).toMatchObject({ n: 60, withinNoise: true, method: "paired-bootstrap" });
    expect(close.difference.estimate).toBeCloseTo(1 / 60, 12);
    expect(close.difference.low).toBeLessThanOrEqual(0);
    expect(close.pValue).toBeGreaterThan(0.05);
    // 60 items that differ once cannot yet rule out a 5-point gap.
    expect(close.moreItemsForMargin).toBeGreaterThan(0);
    const far = report.comparisons.find((c) => c.suite === "qa" && c.modelA === "alpha" && c.modelB === "gamma")!;
    expect(far).toMatchObject({ n: 59, withinNoise: false });
    expect(far.pValue).toBeLessThan(0.001);
    expect(far.difference.low).toBeGreaterThan(0);
    expect(report.comparisons.every((c) => c.method === "paired-bootstrap")).toBe(true);
  });

  it("rates models from pairwise verdicts with Bradley–Terry and reports how many survived the swap", () => {
    const { report } = standardReport();
    expect(report.ratings).toHaveLength(1);
    const [qa] = report.ratings;
    expect(qa).toMatchObject({ suite: "qa", judgments: 20, consistentShare: 0.9 });
    expect(qa!.ratings.map((r) => r.model)).toEqual(["alpha", "beta"]);
    expect(qa!.ratings.map((r) => [r.verdicts, r.unrated])).toEqual([[20, null], [20, null]]);
    const best = qa!.ratings[0]!.rating!;
    expect(best.estimate).toBeGreaterThan(1000);
    expect(best.low).toBeLessThanOrEqual(best.estimate);
  });

  it("keeps IFEval's four accuracies, pass@k with several samples, and separates them from the score", () => {
    const { report } = standardReport();
    expect(entry(report, "beta", "follow").ifeval).toEqual({ promptStrict: 0.5, promptLoose: 1, instructionStrict: 0.75, instructionLoose: 1 });
    expect(entry(report, "beta", "follow").secondary).toBeNull();
    expect(entry(report, "alpha", "code").passAtK).toEqual({ "pass@1": expect.closeTo(0.25, 12), "pass@4": 0.5 });
    expect(entry(report, "alpha", "qa").ifeval).toBeNull();
  });

  it("summarises each model for the charts: category scores, cost per 1,000 answers, latency, Pareto front", () => {
    const { report } = standardReport();
    expect(report.categories).toEqual(["nlu", "reasoning", "instruction", "code"]);
    const [alpha, beta, gamma] = report.overview;
    expect(alpha!.categoryScores.nlu).toBeCloseTo(0.9, 12);
    expect(alpha!.costPer1kAnswersUsd).toBeCloseTo(50e-6 * 1000, 12);
    expect(beta!.costPer1kAnswersUsd).toBeCloseTo(5e-6 * 1000, 12);
    // beta is ten times cheaper and alpha better: both in the Pareto set; gamma has no price, scores lower and is slower.
    expect([alpha!.paretoOptimal, beta!.paretoOptimal, gamma!.paretoOptimal]).toEqual([true, true, false]);
    expect(gamma!.costPer1kAnswersUsd).toBeNull();
    expect(alpha!.latency!.p50).toBeLessThan(gamma!.latency!.p50);
    expect(alpha!.latency!.p5).toBeLessThanOrEqual(alpha!.latency!.p25);
  });

  it("streams items in suite and item order with every model's answers, in model order, with scores", () => {
    const { report, file, runId } = standardReport();
    const db = openDatabase(file);
    try {
      const items = [...iterateReportItems(db, runId, { suites: report.suites.map((s) => s.name), models: ["alpha", "beta", "gamma"], itemsPerSuite: 2 })];
      expect(items.map((i) => i.itemId)).toEqual(["qa-000", "qa-001", "math-000", "math-001", "follow-000", "follow-001", "code-000", "code-001"]);
      expect(items[1]!.answers.map((a) => [a.modelId, a.scores[0]?.passed])).toEqual([["alpha", true], ["beta", false], ["gamma", false]]);
      expect(items[1]!.answers[0]!.reasoning).toEqual({ head: "thinking about 1", tail: "", cut: 0 });
      expect(items[4]!.answers[2]).toMatchObject({ status: "skipped", error: { head: "unsupported: the model takes no image input" }, scores: [] });
      expect(items[6]!.answers.map((a) => `${a.modelId}/${a.sample}`)).toEqual(["alpha/0", "alpha/1", "alpha/2", "alpha/3", "beta/0", "beta/1", "beta/2", "beta/3", "gamma/0", "gamma/1", "gamma/2", "gamma/3"]);
    } finally {
      db.close();
    }
  });
});

describe("excerptOf", () => {
  it("keeps short text whole and cuts long text to head and tail, saying how much was cut", () => {
    expect(excerptOf("short", { head: 3, tail: 3 })).toEqual({ head: "short", tail: "", cut: 0 });
    expect(excerptOf("abcdefghij", { head: 3, tail: 2 })).toEqual({ head: "abc", tail: "ij", cut: 5 });
  });

  it("never splits a surrogate pair", () => {
    const text = `a${"😀".repeat(10)}b`;
    const { head, tail, cut } = excerptOf(text, { head: 2, tail: 2 });
    expect(head).toBe("a");
    expect(tail).toBe("b");
    expect(head.length + tail.length + cut).toBe(text.length);
  });
});
