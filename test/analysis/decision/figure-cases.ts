import { comparePair, scoreInterval } from "../../../src/analysis/decision/decision-statistics.js";
import { DEFAULT_REPORT_SEED } from "../../../src/analysis/decision/stat-settings.js";
import { createRandom } from "../../../src/analysis/stats/random.js";
import type { ItemScores } from "../../../src/analysis/types.js";

/**
 * Scores and pairs every decision statistic is pinned on (test/fixtures/decision/figures.json): pass/fail and
 * fractional scores, several samples per item, items one model left out, strata of unequal size, suites large
 * enough that fewer resamples are drawn. Built from a seeded stream, so the same cases every time.
 */
function scoresOf(seed: number, items: number, options: { rate: number; samples?: number; fractional?: boolean; missing?: number }): ItemScores {
  const random = createRandom(seed);
  const scores = new Map<string, number[]>();
  for (let i = 0; i < items; i += 1) {
    if (options.missing && random.next() < options.missing) continue;
    const samples = Array.from({ length: options.samples ?? 1 }, () =>
      options.fractional ? Math.round(random.next() * 1000) / 1000 : random.next() < options.rate ? 1 : 0,
    );
    scores.set(`item-${String(i).padStart(5, "0")}`, samples);
  }
  return scores;
}

const CELLS: Array<{ modelId: string; suite: string; scores: ItemScores }> = [
  { modelId: "a", suite: "tiny", scores: scoresOf(1, 1, { rate: 0.5 }) },
  { modelId: "a", suite: "faq", scores: scoresOf(2, 12, { rate: 0.7 }) },
  { modelId: "b", suite: "faq", scores: scoresOf(3, 12, { rate: 0.5, missing: 0.2 }) },
  { modelId: "a", suite: "mmlu", scores: scoresOf(4, 300, { rate: 0.8 }) },
  { modelId: "b", suite: "mmlu", scores: scoresOf(5, 300, { rate: 0.75, missing: 0.05 }) },
  { modelId: "a", suite: "code", scores: scoresOf(6, 80, { rate: 0.6, samples: 5 }) },
  { modelId: "b", suite: "code", scores: scoresOf(7, 80, { rate: 0.4, samples: 5 }) },
  { modelId: "a", suite: "judge", scores: scoresOf(8, 150, { rate: 0, fractional: true }) },
  { modelId: "b", suite: "judge", scores: scoresOf(9, 150, { rate: 0, fractional: true, missing: 0.1 }) },
  { modelId: "a", suite: "large", scores: scoresOf(10, 5000, { rate: 0.82 }) },
  { modelId: "b", suite: "large", scores: scoresOf(11, 5000, { rate: 0.81 }) },
  { modelId: "a", suite: "same", scores: scoresOf(12, 40, { rate: 0.9 }) },
  { modelId: "b", suite: "same", scores: scoresOf(12, 40, { rate: 0.9 }) },
];

const cell = (modelId: string, suite: string) => CELLS.find((c) => c.modelId === modelId && c.suite === suite)!.scores;
const PAIRED_SUITES = ["faq", "mmlu", "code", "judge", "large", "same"];

/** Every figure, computed by the code under test, in a JSON-stable shape (NaN as the string "NaN"). */
export function decisionFigures() {
  const intervals = CELLS.map((c) => ({ modelId: c.modelId, suite: c.suite, interval: scoreInterval(c.scores, c, DEFAULT_REPORT_SEED) }));
  const stratum = (suite: string, a: string, b: string) => ({ suite, a: cell(a, suite), b: cell(b, suite) });
  const pairs = PAIRED_SUITES.flatMap((suite) => [
    { suites: [suite], ab: "a-b", result: comparePair([stratum(suite, "a", "b")], { a: "a", b: "b" }, { baseSeed: DEFAULT_REPORT_SEED }) },
    { suites: [suite], ab: "b-a", result: comparePair([stratum(suite, "b", "a")], { a: "b", b: "a" }, { baseSeed: DEFAULT_REPORT_SEED }) },
  ]);
  const strata = PAIRED_SUITES.map((suite) => stratum(suite, "a", "b"));
  pairs.push({ suites: PAIRED_SUITES, ab: "a-b", result: comparePair(strata, { a: "a", b: "b" }, { baseSeed: DEFAULT_REPORT_SEED }) });
  const small = strata.filter((s) => s.suite !== "large");
  pairs.push({ suites: small.map((s) => s.suite), ab: "a-b", result: comparePair(small, { a: "a", b: "b" }, { baseSeed: 7, margin: 0.1, alpha: 0.1 }) });
  return JSON.parse(JSON.stringify({ intervals, pairs }, (_, v: unknown) => (typeof v === "number" && Number.isNaN(v) ? "NaN" : v)));
}
