import { ALPHA, LEVEL, scoreInterval } from "../../analysis/decision/decision-statistics.js";
import type { StatisticsMemo } from "../../analysis/decision/statistics-memo.js";
import type { ItemScores } from "../../analysis/types.js";
import type { Leaderboard, LeaderboardEntry } from "../leaderboard.js";
import { buildBreakEvenSeries } from "./break-even-input.js";
import { compareModels, compareModelsOverall, rateModels } from "./compare-models.js";
import { overviewModels } from "./model-overview.js";
import { knowledgeBaseSection } from "./knowledge-base.js";
import { promptVariantsSection } from "./prompt-variants.js";
import { recommend } from "./recommendation.js";
import type { JudgingSpend, StoredVerdict } from "./report-queries.js";
import {
  REPORT_FORMAT_VERSION,
  type BreakEvenSeries,
  type IfevalAccuracies,
  type Report,
  type ReportEntry,
  type ReportRun,
  type RetrievalSpend,
} from "./report-types.js";
import { DEFAULT_REPORT_SEED } from "../../analysis/decision/stat-settings.js";

export interface ReportOptions {
  /** Base seed of every bootstrap (default DEFAULT_REPORT_SEED). */
  seed?: number;
  /** Scores below this (0..1) fail in JUnit output. */
  minScore?: number;
  /** Items per suite in the per-item section; null or undefined: all. */
  itemsPerSuite?: number | null;
  /** Monthly cost of each deployment option by volume, from the cost model; default: built from `hosting:`. */
  breakEven?: BreakEvenSeries;
}

/** What the statistics need of each model × suite, gathered in one pass over the results (see ScoreCollector). */
export interface CollectedScores {
  itemScores(modelId: string, suite: string): ItemScores;
  correct(modelId: string, suite: string): number;
  latenciesOf(modelId: string): number[];
}

interface ReportInputs {
  run: ReportRun;
  /** The leaderboard, its models priced (API, self-hosted from `hosting:`, or unpriced). */
  board: Leaderboard;
  scores: CollectedScores;
  verdicts: readonly StoredVerdict[];
  /** What judging cost, per judge. */
  judging?: readonly JudgingSpend[];
  /** Each suite's primary scorer by name (for the knowledge-base section); absent: the section is left out. */
  primaryScorers?: ReadonlyMap<string, string>;
  /** Where the intervals and paired differences are kept once computed (the store's); absent: computed here. */
  memo?: StatisticsMemo;
  /** Each RAG model's retrieval figures, for the knowledge-base section. */
  retrieval?: ReadonlyMap<string, RetrievalSpend>;
}

const IFEVAL_KEYS = ["prompt-strict", "prompt-loose", "instruction-strict", "instruction-loose"] as const;

/** The report model from what was read out of the store: no I/O, the same inputs always give the same report. */
export function assembleReport(inputs: ReportInputs, options: ReportOptions = {}): Report {
  const { run, board, scores, verdicts, memo } = inputs;
  const seed = options.seed ?? DEFAULT_REPORT_SEED;
  const categoryOf = new Map(board.suites.map((suite) => [suite.name, suite.category]));
  const entries = board.entries.map((entry) => toReportEntry(entry, categoryOf.get(entry.suite) ?? "", scores, seed, memo));
  const categories = [...new Set(board.suites.map((suite) => suite.category))];
  const models = board.models.map((model) => ({
    modelId: model.modelId,
    provider: model.provider,
    model: model.model,
    note: model.note,
    price: model.pricing.kind === "api" ? model.pricing.price : null,
    pricing: model.pricing,
    ...(model.variant ? { variant: model.variant } : {}),
  }));
  const mix = { input: entries.reduce((sum, e) => sum + e.inputTokens, 0), output: entries.reduce((sum, e) => sum + e.outputTokens, 0) };
  const breakEven =
    options.breakEven ??
    buildBreakEvenSeries({
      models: board.models.map((model) => ({ modelId: model.modelId, price: model.pricing.kind === "api" ? model.pricing.price : null })),
      hosting: new Map(board.models.flatMap((model) => (model.hosting ? [[model.modelId, model.hosting] as const] : []))),
      mix,
      measuredOutputTokensPerSecond: new Map(
        board.models.flatMap((model) => (model.measuredOutputTokensPerSecond === null ? [] : [[model.modelId, model.measuredOutputTokensPerSecond] as const])),
      ),
    });
  const comparisons = compareModels(board, scores, { seed, memo });
  const report: Omit<Report, "recommendation" | "settings" | "knowledgeBase" | "prompts"> = {
    formatVersion: REPORT_FORMAT_VERSION,
    run,
    models,
    suites: board.suites.map((suite) => ({ ...suite })),
    categories,
    entries,
    overview: overviewModels(board.models.map((m) => m.modelId), categories, entries, scores, seed, memo),
    comparisons,
    // With one suite the whole run is that suite: the same comparisons, not a second computation.
    overallComparisons: board.suites.length > 1 ? compareModelsOverall(board, scores, { seed, memo }) : comparisons,
    ratings: rateModels(verdicts, new Set(board.models.map((m) => m.modelId)), seed),
    breakEven,
    judging: [...(inputs.judging ?? [])],
  };
  const retrieval = inputs.retrieval ?? new Map<string, RetrievalSpend>();
  const recommendation = recommend(report, retrieval);
  for (const model of report.overview) model.paretoOptimal = recommendation.overall.pareto.includes(model.modelId);
  const primaryScorers = inputs.primaryScorers ?? new Map<string, string>();
  return {
    ...report,
    knowledgeBase: knowledgeBaseSection(entries, report.overview, recommendation.overall, primaryScorers, retrieval),
    prompts: promptVariantsSection(models, report.overview, report.overallComparisons),
    recommendation,
    settings: {
      seed,
      level: LEVEL,
      alpha: ALPHA,
      minScore: options.minScore ?? null,
      itemsPerSuite: options.itemsPerSuite ?? null,
    },
  };
}

function toReportEntry(entry: LeaderboardEntry, category: string, scores: CollectedScores, seed: number, memo: StatisticsMemo | undefined): ReportEntry {
  const itemScores = scores.itemScores(entry.modelId, entry.suite);
  const correct = scores.correct(entry.modelId, entry.suite);
  const interval = scoreInterval(itemScores, entry, seed, memo);
  const { secondary, ifeval } = splitIfeval(entry.secondary);
  return {
    modelId: entry.modelId,
    suite: entry.suite,
    category,
    score: entry.score,
    interval,
    n: entry.n,
    planned: entry.planned,
    errors: entry.errors,
    skipped: entry.skipped,
    correct,
    cached: entry.cached,
    latencyP50Ms: entry.latencyP50Ms,
    latencyP95Ms: entry.latencyP95Ms,
    ttftP50Ms: entry.ttftP50Ms,
    outputTokensPerSecond: entry.outputTokensPerSecond,
    inputTokens: entry.inputTokens,
    outputTokens: entry.outputTokens,
    costUsd: entry.costUsd,
    costPerAnswerUsd: entry.costPerAnswerUsd,
    cacheSavingsUsd: entry.cacheSavingsUsd,
    costPerCorrectUsd: entry.costUsd === null || correct === 0 ? null : entry.costUsd / correct,
    passAtK: entry.passAtK ?? null,
    secondary,
    ifeval,
  };
}

/** The leaderboard keeps IFEval's four accuracies among the secondary scores; the report shows them apart. */
function splitIfeval(all: Record<string, number> | undefined): {
  secondary: Record<string, number> | null;
  ifeval: IfevalAccuracies | null;
} {
  if (!all) return { secondary: null, ifeval: null };
  const rest = Object.fromEntries(Object.entries(all).filter(([key]) => !(IFEVAL_KEYS as readonly string[]).includes(key)));
  const secondary = Object.keys(rest).length > 0 ? rest : null;
  if (!IFEVAL_KEYS.every((key) => typeof all[key] === "number")) return { secondary, ifeval: null };
  return {
    secondary,
    ifeval: {
      promptStrict: all["prompt-strict"]!,
      promptLoose: all["prompt-loose"]!,
      instructionStrict: all["instruction-strict"]!,
      instructionLoose: all["instruction-loose"]!,
    },
  };
}
