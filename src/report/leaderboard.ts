import { meanPassAtK, type ProblemSamples } from "../analysis/pass-at-k.js";
import type { ModelRow, ResultRow, SuiteRow } from "../store/queries.js";

/** One model on one suite: everything the terminal table and `results --json` show. */
export interface LeaderboardEntry {
  modelId: string;
  suite: string;
  /** Mean primary score over answered items (infrastructure errors excluded), 0..1; null when none answered. */
  score: number | null;
  n: number;
  planned: number;
  errors: number;
  skipped: number;
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
  ttftP50Ms: number | null;
  /** Median per-response output tokens per second after the first token (decode speed). */
  outputTokensPerSecond: number | null;
  inputTokens: number;
  outputTokens: number;
  /** Spent in this run; null when the model has no known price. */
  costUsd: number | null;
  cached: number;
  /** With several samples per item: the unbiased pass@k (Codex paper) for k = 1 and each standard k ≤ samples. */
  passAtK?: Record<string, number>;
  /** Means of the other scorers of the suite, by scorer name. */
  secondary?: Record<string, number>;
}

export interface Leaderboard {
  runId: string;
  models: ModelRow[];
  suites: SuiteRow[];
  entries: LeaderboardEntry[];
}

interface Accumulator {
  scoreSum: number;
  n: number;
  errors: number;
  skipped: number;
  latencies: number[];
  ttfts: number[];
  speeds: number[];
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  priced: boolean;
  cached: number;
  /** Per item: answered samples and how many passed (only kept when items have several samples). */
  samplesByItem?: Map<string, ProblemSamples>;
}

/** Aggregates result rows into per model × suite entries, in model then suite order. */
export function buildLeaderboard(
  runId: string,
  models: ModelRow[],
  suites: SuiteRow[],
  rows: Iterable<ResultRow>,
): Leaderboard {
  const cells = new Map<string, Accumulator>();
  const samplesOf = new Map(suites.map((suite) => [suite.name, suite.samples]));
  const cellKey = (modelId: string, suite: string) => `${modelId}\u0000${suite}`;
  for (const row of rows) {
    const key = cellKey(row.modelId, row.suite);
    let cell = cells.get(key);
    if (!cell) {
      cell = { scoreSum: 0, n: 0, errors: 0, skipped: 0, latencies: [], ttfts: [], speeds: [], inputTokens: 0,
        outputTokens: 0, costUsd: 0, priced: false, cached: 0 };
      if ((samplesOf.get(row.suite) ?? 1) > 1) cell.samplesByItem = new Map();
      cells.set(key, cell);
    }
    addRow(cell, row);
  }
  const entries: LeaderboardEntry[] = [];
  for (const model of models) {
    for (const suite of suites) {
      const cell = cells.get(cellKey(model.modelId, suite.name));
      entries.push(toEntry(model.modelId, suite, cell, model.priced));
    }
  }
  return { runId, models, suites, entries };
}

function addRow(cell: Accumulator, row: ResultRow): void {
  if (row.status === "skipped") return void cell.skipped++;
  // An answer left unscored (its judge failed) is an infrastructure error too, never a zero.
  if (row.status === "error" || row.score === null) return void cell.errors++;
  cell.n++;
  cell.scoreSum += row.score ?? 0;
  if (cell.samplesByItem) {
    const item = cell.samplesByItem.get(row.itemId) ?? { n: 0, c: 0 };
    cell.samplesByItem.set(row.itemId, { n: item.n + 1, c: item.c + (row.passed ? 1 : 0) });
  }
  cell.inputTokens += row.inputTokens ?? 0;
  cell.outputTokens += row.outputTokens ?? 0;
  cell.costUsd += row.costUsd ?? 0;
  if (row.fromCache) {
    cell.cached++;
    return; // a cached answer's timings belong to the run that fetched it
  }
  if (row.totalMs !== null) cell.latencies.push(row.totalMs);
  if (row.ttftMs !== null) cell.ttfts.push(row.ttftMs);
  if (row.outputTokens && row.totalMs !== null) {
    const decodeMs = row.totalMs - (row.ttftMs ?? 0);
    if (decodeMs > 0 && row.outputTokens > 1) cell.speeds.push((row.outputTokens - 1) / (decodeMs / 1000));
  }
}

function toEntry(modelId: string, suite: SuiteRow, cell: Accumulator | undefined, priced: boolean): LeaderboardEntry {
  const planned = suite.itemCount * suite.samples;
  if (!cell) {
    return { modelId, suite: suite.name, score: null, n: 0, planned, errors: 0, skipped: 0, latencyP50Ms: null,
      latencyP95Ms: null, ttftP50Ms: null, outputTokensPerSecond: null, inputTokens: 0, outputTokens: 0,
      costUsd: priced ? 0 : null, cached: 0 };
  }
  return {
    modelId,
    suite: suite.name,
    score: cell.n > 0 ? cell.scoreSum / cell.n : null,
    n: cell.n,
    planned,
    errors: cell.errors,
    skipped: cell.skipped,
    latencyP50Ms: percentile(cell.latencies, 0.5),
    latencyP95Ms: percentile(cell.latencies, 0.95),
    ttftP50Ms: percentile(cell.ttfts, 0.5),
    outputTokensPerSecond: percentile(cell.speeds, 0.5),
    inputTokens: cell.inputTokens,
    outputTokens: cell.outputTokens,
    costUsd: priced ? cell.costUsd : null,
    cached: cell.cached,
    ...(cell.samplesByItem ? { passAtK: passAtKTable([...cell.samplesByItem.values()], suite.samples) } : {}),
  };
}

const STANDARD_K = [1, 5, 10, 100];

/** pass@k for k = 1, 5, 10, 100 up to the samples drawn; problems with fewer answered samples than k are left out. */
function passAtKTable(problems: ProblemSamples[], samples: number): Record<string, number> {
  const table: Record<string, number> = {};
  for (const k of new Set([...STANDARD_K.filter((k) => k <= samples), samples])) {
    const eligible = problems.filter((problem) => problem.n >= k);
    if (eligible.length > 0) table[`pass@${k}`] = meanPassAtK(eligible, k);
  }
  return table;
}

/** Linear interpolation between closest ranks (NumPy's default `linear` method). */
export function percentile(values: number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}
