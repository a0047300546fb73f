/** The shape every report format renders: one run, rebuilt from the store, with its statistics. */
import type { Interval, Rating } from "../../analysis/types.js";
import type { ModelPricing } from "../../analysis/decision/model-pricing.js";
import type { PriceConfig } from "../../config/schema.js";
import type { LeaderboardEntry } from "../leaderboard.js";
import type { Recommendation } from "./recommendation.js";
import type { KnowledgeBaseSection } from "./knowledge-base.js";
import type { JudgingSpend } from "./report-queries.js";
import type { ExtractedWords, ScoreDetail } from "../../scoring/score-detail.js";

import type { ScoringRevisionInfo, SuiteScoring } from "../../store/scoring-revisions.js";
import type { PromptVariantOf } from "../../store/queries.js";
import type { PromptVariantsSection } from "./prompt-variants.js";

/**
 * The JSON report's shape (README, "The JSON report's format"): raised when a field a reader relies on changes meaning
 * or may be missing. 2: a Bradley–Terry row's `rating` may be null, with `unrated` saying why, `verdicts`, `counted` and
 * `group` beside it (1: `model` and `rating` alone, always a number).
 */
export const REPORT_FORMAT_VERSION = 2;

export interface ReportRun {
  id: string;
  createdAt: string;
  finishedAt: string | null;
  status: string;
  /** An incomplete run's missing results and failed pairwise judgments. */
  shortfall?: { results: number; pairwiseFailed: number };
  kurabeVersion: string;
  configPath: string | null;
  description: string | null;
  /**
   * Which scoring revision of the run the scores are (1 as run; `kurabe rescore` adds one), when it was made, and each
   * suite's scorers and pairwise judge at that revision.
   */
  scoring: ScoringRevisionInfo & { scoredWith: SuiteScoring[] };
}

export interface ReportModelInfo {
  modelId: string;
  provider: string;
  model: string;
  /** Shown beside the model wherever it appears (e.g. a smoke-test model whose scores mean nothing). */
  note: string | null;
  /** USD per 1M tokens as the run used it; null when no price was known. */
  price: PriceConfig | null;
  /** What the model's answers cost per token: API, self-hosted (with its assumptions) or unpriced. */
  pricing: ModelPricing;
  /** A prompt variant (`model@prompt`): the model it asks and the prompt's id; absent for a model asked as the suites say. */
  variant?: PromptVariantOf;
}

export interface ReportSuite {
  name: string;
  category: string;
  itemCount: number;
  samples: number;
}

/** IFEval's four accuracies (prompt- and instruction-level, strict and loose). */
export interface IfevalAccuracies {
  promptStrict: number;
  promptLoose: number;
  instructionStrict: number;
  instructionLoose: number;
}

/** One model on one suite. */
/** One model on one suite: the leaderboard's figures, with what the statistics add. */
export interface ReportEntry extends Omit<LeaderboardEntry, "passAtK" | "secondary"> {
  category: string;
  /** 95% percentile bootstrap interval of the mean, clustered by item; null when none answered. */
  interval: Interval | null;
  /** Answered samples whose primary score passed. */
  correct: number;
  /** costUsd / correct; null without a price or without a correct answer. */
  costPerCorrectUsd: number | null;
  passAtK: Record<string, number> | null;
  /** Means of the suite's other scorers (e.g. GSM8K strict and flexible), by scorer name, IFEval's apart. */
  secondary: Record<string, number> | null;
  ifeval: IfevalAccuracies | null;
}

/**
 * Two models on the same items of one suite: is the gap real? (difference = modelA − modelB; the one paired method of
 * src/analysis/decision/paired-difference.ts, whose interval, p and verdict always agree).
 */
export interface ReportComparison {
  suite: string;
  modelA: string;
  modelB: string;
  n: number;
  difference: Interval;
  pValue: number;
  method: "paired-bootstrap";
  /** The 95 % interval of the difference contains 0. */
  withinNoise: boolean;
  /** The smallest gap these items detect with 80 % power. */
  detectableGap: number;
  /** Items to add before a gap of `margin` would be detected; 0 when these suffice; null when significant. */
  moreItemsForMargin: number | null;
  margin: number;
}

/** Bradley–Terry ratings from one suite's pairwise judge verdicts. */
export interface ReportRatings {
  suite: string;
  /** Stored verdicts (one per order shown). */
  judgments: number;
  /** Share of (item, pair) verdicts that survived the position swap; null with no pairs. */
  consistentShare: number | null;
  ratings: Rating[];
}

/** Latency percentiles of a model's fresh (not cached) answers over every suite. */
export interface LatencySummary {
  n: number;
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

/** A model over the whole run: what the charts plot. */
export interface ModelOverview {
  modelId: string;
  /** Mean of its suite scores (each suite weighs the same); null when it has none. */
  quality: number | null;
  /** Its 95 % interval: items resampled within each suite (src/analysis/decision/decision-statistics.ts). */
  interval: Interval | null;
  suitesScored: number;
  /** Per category (in `Report.categories` order): mean of the category's suite scores. */
  categoryScores: Record<string, number | null>;
  /** Spent per 1,000 answered samples; null without a price. */
  costPer1kAnswersUsd: number | null;
  /** No other priced model is at least as good for at most the cost (and better at one). */
  paretoOptimal: boolean;
  latency: LatencySummary | null;
}

/** Monthly cost of each option at a range of volumes; supplied by the caller (the cost model), rendered as given. */
export interface BreakEvenSeries {
  /** What the volume counts, e.g. "requests / month". */
  volumeUnit: string;
  /** Option names in display order. */
  options: string[];
  points: Array<{ volume: number; monthlyUsd: Record<string, number> }>;
  /**
   * The cheapest option over every volume, exactly (src/analysis/decision/cheapest-option.ts): what the table lists
   * and the chart marks. A caller-supplied series without segments gets them from its points.
   */
  segments?: Array<{ fromVolume: number; toVolume: number; option: string }>;
  /** Built from `hosting:`: which model each option is and how it is served (the renderers label it per language). */
  optionKinds?: Record<string, { model: string; kind: "api" | "self-hosted" }>;
  /** When the report built the series from `hosting:` in kurabe.yaml: each API model against each self-hosted one. */
  pairs?: BreakEvenPair[];
}

/** One API model against one self-hosted model (src/analysis/cost/break-even.ts at the run's token mix). */
export interface BreakEvenPair {
  apiModel: string;
  hostedModel: string;
  apiOption: string;
  hostedOption: string;
  apiUsdPerMillion: number;
  replicaMonthlyUsd: number;
  replicaMonthlyTokens: number;
  /** Lowest monthly tokens at which self-hosting costs no more than the API; null if it never does. */
  breakEvenMonthlyTokens: number | null;
  /** From this volume on self-hosting stays no dearer; null if never. */
  selfHostedCheaperFrom: number | null;
}

export interface ReportSettings {
  seed: number;
  level: number;
  alpha: number;
  minScore: number | null;
  /** Items per suite in the per-item section; null for all. */
  itemsPerSuite: number | null;
}

export interface Report {
  formatVersion: number;
  run: ReportRun;
  models: ReportModelInfo[];
  suites: ReportSuite[];
  /** Categories in order of first appearance among the suites. */
  categories: string[];
  entries: ReportEntry[];
  overview: ModelOverview[];
  comparisons: ReportComparison[];
  /** Every pair over all suites (suite "*"): the paired bootstrap stratified by suite, each suite weighing the same. */
  overallComparisons: ReportComparison[];
  ratings: ReportRatings[];
  /** From the caller, or built from `hosting:` in kurabe.yaml (src/report/model/break-even-input.ts); null without. */
  breakEven: BreakEvenSeries | null;
  /** What the judges' verdicts cost in the run, per judge; empty when no suite is judged. */
  judging: JudgingSpend[];
  /** Which model to use per suite and overall (src/report/model/recommendation.ts). */
  recommendation: Recommendation;
  /** Prompt variants side by side per model, each against the model's first prompt; null with fewer than two prompts. */
  prompts: PromptVariantsSection | null;
  /** The knowledge-base chatbot view (plain, RAG, fine-tuned, both) when suites are scored by RAG scorers; else null. */
  knowledgeBase: KnowledgeBaseSection | null;
  settings: ReportSettings;
}

/** A long string cut to its head and tail: `cut` characters were left out between them (0: nothing cut). */
export interface Excerpt {
  head: string;
  tail: string;
  cut: number;
}

export interface ReportItemScore {
  scorer: string;
  primary: boolean;
  value: number;
  passed: boolean;
  extracted: Excerpt | null;
  detail: Excerpt | null;
  /** A built-in scorer's detail as a code, worded in the report's language (src/report/i18n/score-detail-text.ts). */
  coded: ScoreDetail | null;
  /** A RAG scorer's extracted value when it is words, not data ("no citation"), worded in the report's language. */
  codedExtracted: ExtractedWords | null;
  /** What the score rests on (a judge's prompt and verdict, a program's output), as stored JSON. */
  evidence: Excerpt | null;
}

export interface ReportItemAnswer {
  modelId: string;
  sample: number;
  status: "ok" | "error" | "skipped";
  text: Excerpt | null;
  reasoning: Excerpt | null;
  finishReason: string | null;
  /** Why there is no (scored) answer: `kind: message`. */
  error: Excerpt | null;
  totalMs: number | null;
  /** What retrieval put before the question (a model with rag:), best first; null for a model without. */
  passages: ReportPassage[] | null;
  scores: ReportItemScore[];
}

/** One retrieved passage, as the drill-down shows it. */
export interface ReportPassage {
  id: string;
  score: number;
  text: Excerpt;
}

/** One item with every model's answers side by side (streamed, never all held at once). */
export interface ReportItem {
  suite: string;
  itemId: string;
  position: number;
  input: Excerpt;
  choices: Excerpt[] | null;
  /** The gold answer: a string as is, anything else as JSON. */
  expected: Excerpt | null;
  answers: ReportItemAnswer[];
}

/** A RAG model's retrieval figures (src/report/model/report-queries.ts, loadRetrievalSpend). */
export interface RetrievalSpend {
  /** Mean embedding tokens of a question's retrieval (0 for BM25); their cost is in each answer's. */
  queryEmbeddingTokens: number | null;
  /** The index searched: a one-time cost, shown apart (null: answers stored before kurabe recorded it). */
  index: { passages: number; embeddingTokens: number | null; costUsd: number | null } | null;
}
