import { pricingOf, type ModelCostSource, type ModelPricing } from "../analysis/decision/model-pricing.js";
import { meanPassAtK, type ProblemSamples } from "../analysis/pass-at-k.js";
import { quantile } from "../analysis/stats/quantile.js";
import type { HostingConfig } from "../config/schema.js";
import { costOfUsage } from "../engine/cost.js";
import type { Usage } from "../models/types.js";
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
  /** Over every answered sample; a cached answer counts with the timing of the call that fetched it. */
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
  ttftP50Ms: number | null;
  /** Median per-response output tokens per second after the first token (decode speed). */
  outputTokensPerSecond: number | null;
  inputTokens: number;
  outputTokens: number;
  /**
   * What the answers cost at the model's price (src/analysis/decision/model-pricing.ts) × each answer's stored
   * usage, cached answers included (they cost this much to get; `cacheSavingsUsd` says how much the cache saved
   * this time); null when the model is unpriced.
   */
  costUsd: number | null;
  /** costUsd / n: what one answer costs; null when unpriced or nothing was answered. */
  costPerAnswerUsd: number | null;
  /** The part of costUsd whose answers came from the cache (not spent again in this run). */
  cacheSavingsUsd: number | null;
  cached: number;
  /** With several samples per item: the unbiased pass@k (Codex paper) for k = 1 and each standard k ≤ samples. */
  passAtK?: Record<string, number>;
  /** Means of the other scorers of the suite, by scorer name. */
  secondary?: Record<string, number>;
}

/** A model of the run with what its answers cost per token. */
interface LeaderboardModel extends ModelRow {
  pricing: ModelPricing;
  /** `hosting:` as stored with the run (for the break-even); null without. */
  hosting: HostingConfig | null;
  /** Median output tokens per second over the model's answers (the throughput a `hosting:` without one uses). */
  measuredOutputTokensPerSecond: number | null;
}

export interface Leaderboard {
  runId: string;
  models: LeaderboardModel[];
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
  /** Token usage of all answers, and of the cached ones alone (cost is linear in it). */
  usage: Required<Usage>;
  cachedUsage: Required<Usage>;
  cached: number;
  /** Per item: answered samples and how many passed (only kept when items have several samples). */
  samplesByItem?: Map<string, ProblemSamples>;
}

/**
 * Aggregates result rows into per model × suite entries, in model then suite order, each model priced from what the
 * run stored about it (`costs`: its price and `hosting:`; a model missing there is unpriced).
 */
export function buildLeaderboard(
  runId: string,
  models: ModelRow[],
  suites: SuiteRow[],
  rows: Iterable<ResultRow>,
  costs: ReadonlyMap<string, ModelCostSource> = new Map(),
): Leaderboard {
  const cells = new Map<string, Accumulator>();
  const samplesOf = new Map(suites.map((suite) => [suite.name, suite.samples]));
  const cellKey = (modelId: string, suite: string) => `${modelId}\u0000${suite}`;
  for (const row of rows) {
    const key = cellKey(row.modelId, row.suite);
    let cell = cells.get(key);
    if (!cell) {
      cell = { scoreSum: 0, n: 0, errors: 0, skipped: 0, latencies: [], ttfts: [], speeds: [], inputTokens: 0,
        outputTokens: 0, usage: noUsage(), cachedUsage: noUsage(), cached: 0 };
      if ((samplesOf.get(row.suite) ?? 1) > 1) cell.samplesByItem = new Map();
      cells.set(key, cell);
    }
    addRow(cell, row);
  }
  const priced = models.map((model): LeaderboardModel => {
    const speeds = suites.flatMap((suite) => cells.get(cellKey(model.modelId, suite.name))?.speeds ?? []);
    const measured = quantile(speeds, 0.5);
    const source = costs.get(model.modelId) ?? { price: null };
    return { ...model, pricing: pricingOf(source, measured), hosting: source.hosting ?? null, measuredOutputTokensPerSecond: measured };
  });
  const entries: LeaderboardEntry[] = [];
  for (const model of priced) {
    for (const suite of suites) {
      const cell = cells.get(cellKey(model.modelId, suite.name));
      entries.push(toEntry(model.modelId, suite, cell, model.pricing));
    }
  }
  return { runId, models: priced, suites, entries };
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
  addUsage(cell.usage, row);
  if (row.fromCache) {
    cell.cached++;
    addUsage(cell.cachedUsage, row);
  }
  // A cached answer keeps the timing of the call that fetched it (the cache stores the whole completion).
  if (row.totalMs !== null) cell.latencies.push(row.totalMs);
  if (row.ttftMs !== null) cell.ttfts.push(row.ttftMs);
  const speed = outputSpeed(row);
  if (speed !== null) cell.speeds.push(speed);
}

/** Output tokens per second after the first token (decode speed); null when it cannot be measured. */
function outputSpeed(row: ResultRow): number | null {
  if (!row.outputTokens || row.totalMs === null) return null;
  const decodeMs = row.totalMs - (row.ttftMs ?? 0);
  return decodeMs > 0 && row.outputTokens > 1 ? (row.outputTokens - 1) / (decodeMs / 1000) : null;
}

function noUsage(): Required<Usage> {
  return { inputTokens: 0, cachedInputTokens: 0, outputTokens: 0, reasoningTokens: 0 };
}

/** Sums usage with each answer's parts clipped as costOfUsage clips them, so the cost of the sum is the sum of costs. */
function addUsage(total: Required<Usage>, row: ResultRow): void {
  const input = row.inputTokens ?? 0;
  const output = row.outputTokens ?? 0;
  total.inputTokens += input;
  total.cachedInputTokens += Math.min(row.cachedInputTokens ?? 0, input);
  total.outputTokens += output;
  total.reasoningTokens += Math.min(row.reasoningTokens ?? 0, output);
}

function toEntry(modelId: string, suite: SuiteRow, cell: Accumulator | undefined, pricing: ModelPricing): LeaderboardEntry {
  const planned = suite.itemCount * suite.samples;
  const priceOf = (usage: Required<Usage>) => (pricing.kind === "unpriced" ? null : costOfUsage(usage, pricing.price));
  if (!cell) {
    const zero = priceOf(noUsage());
    return { modelId, suite: suite.name, score: null, n: 0, planned, errors: 0, skipped: 0, latencyP50Ms: null,
      latencyP95Ms: null, ttftP50Ms: null, outputTokensPerSecond: null, inputTokens: 0, outputTokens: 0,
      costUsd: zero, costPerAnswerUsd: null, cacheSavingsUsd: zero, cached: 0 };
  }
  const costUsd = priceOf(cell.usage);
  return {
    modelId,
    suite: suite.name,
    score: cell.n > 0 ? cell.scoreSum / cell.n : null,
    n: cell.n,
    planned,
    errors: cell.errors,
    skipped: cell.skipped,
    latencyP50Ms: quantile(cell.latencies, 0.5),
    latencyP95Ms: quantile(cell.latencies, 0.95),
    ttftP50Ms: quantile(cell.ttfts, 0.5),
    outputTokensPerSecond: quantile(cell.speeds, 0.5),
    inputTokens: cell.inputTokens,
    outputTokens: cell.outputTokens,
    costUsd,
    costPerAnswerUsd: costUsd === null || cell.n === 0 ? null : costUsd / cell.n,
    cacheSavingsUsd: priceOf(cell.cachedUsage),
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
