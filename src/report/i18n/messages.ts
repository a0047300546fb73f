import type { TieBreak } from "../../analysis/decision/decide.js";
import { headerWords } from "./header-words.js";
import type { Verdict as RunVerdict } from "../compare-runs.js";

/** Every label a report shows, in English and Japanese: one table, so a new language is one new entry. */
export const REPORT_LANGUAGES = ["en", "ja"] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** What a self-hosted price rests on, formatted (src/report/model/pricing-notes.ts). */
interface SelfHostedNote {
  model: string;
  gpu: string;
  hourly: string;
  utilisation: string;
  throughput: string;
  measured: boolean;
  perMillion: string;
  fineTuning: string | null;
}

/** The knowledge-base chatbot section's words (src/report/model/knowledge-base.ts). */
interface KnowledgeBaseMessages {
  intro(suites: string): string;
  metrics: Record<import("../model/knowledge-base.js").KbMetric, string>;
  costPer1k: string;
  latencyP50: string;
  queryEmbeddingTokens: string;
  index: string;
  /** The index column's cell: its one-time cost (null: the embedding model has no price) and embedding tokens, formatted. */
  indexCell(usd: string | null, tokens: string): string;
  /** The index column's cell for BM25 alone: it embeds nothing. */
  nothingEmbedded: string;
  choice(model: string): string;
  noChoice: string;
  note: string;
}

/** The prompt-variants section's words (src/report/model/prompt-variants.ts). */
interface PromptVariantsMessages {
  intro(prompts: string): string;
  /** The first prompt's column: the one the others are compared with. */
  baseline(prompt: string): string;
  /** A later prompt against the first: "+12.5 pt (+3.1 … +21.9 pt), significantly better". */
  versus(difference: string, interval: string, verdict: string): string;
  better: string;
  worse: string;
  note: string;
}

export interface Messages {
  locale: string;
  /** What joins a label to its value: ": " in English, the full-width "：" in Japanese (as every ja message writes it). */
  colon: string;
  /** A self-hosted model's input price cell when `hosting:` gives no input rate: GPU time is charged per output token. */
  inOutputPrice: string;
  /** A model's suite in a candidate run against a baseline (kurabe compare, the dashboard's compare page). */
  runVerdicts: Record<RunVerdict, string>;
  /** `kurabe compare`'s own lines around its tables: what is compared, and why a CI gate failed. */
  compareRuns: {
    /** Above each table: "baseline gpt-4o (run R1) → candidate gpt-4o (run R2)". */
    pair: (baseline: string, baselineRun: string, candidate: string, candidateRun: string) => string;
    /** A JUnit failure: the significant drop with its interval and p. */
    regression: (gap: string, p: string) => string;
    /** A JUnit failure: the score under --min-score. */
    belowMinimum: (score: string, minimum: string) => string;
    /** A test case's failures in one message. */
    problems: (problems: string[]) => string;
    /** Standard error when a gate fails; `belowMinimum` is null without --min-score. */
    gateFailed: (regressions: number, belowMinimum: { suites: number; minimum: string } | null) => string;
  };
  /** Between the items of a list: ", " / "、". */
  comma: string;
  /** A figure or name with an aside in brackets: "4 (0)" / "4（0）", as every sentence of the language brackets one. */
  aside: (text: string, aside: string) => string;
  knowledgeBase: KnowledgeBaseMessages;
  promptVariants: PromptVariantsMessages;
  title: string;
  run: string;
  created: string;
  finished: string;
  status: string;
  statuses: Record<string, string>;
  /** An incomplete run's status, with what it lacks (infrastructure errors, never counted as wrong answers). */
  incompleteStatus(results: number, pairwiseFailed: number): string;
  version: string;
  /** The scoring revision the report shows: "1 (as run)" or "2 (rescored DATE: suites)". */
  scoringRevision: string;
  scoringAsRun: (revision: string) => string;
  /** Each suite's scorers and pairwise judge at the revision shown. */
  scoredWith: string;
  scoringRescored: (revision: string, date: string, suites: string) => string;
  description: string;
  contents: string;
  sections: {
    leaderboard: string;
    charts: string;
    comparisons: string;
    ratings: string;
    ifeval: string;
    judging: string;
    breakEven: string;
    recommendation: string;
    items: string;
    knowledgeBase: string;
    prompts: string;
    matrix: string;
    allFigures: string;
    models: string;
  };
  charts: {
    capability: string;
    capabilityNote: string;
    costQuality: string;
    costQualityNote: string;
    costAxis: string;
    qualityAxis: string;
    paretoFront: string;
    notPlotted: (models: string) => string;
    latency: string;
    latencyNote: string;
    latencyAxis: string;
    breakEven: string;
    monthlyCost: string;
    cheapest: string;
    fromVolume: string;
    volumeUnit: string;
    volumeRange: string;
    apiOption: (model: string) => string;
    hostedOption: (model: string) => string;
    pairs: string;
    apiPerMillion: string;
    replicaMonthly: string;
    replicaCapacity: string;
    cheaperFrom: string;
    never: string;
  };
  categories: Record<string, string>;
  columns: {
    model: string;
    provider: string;
    modelName: string;
    priceInput: string;
    priceOutput: string;
    suite: string;
    category: string;
    /** A run compared against another (kurabe compare, the dashboard's compare page). */
    baseline: string;
    candidate: string;
    change: string;
    score: string;
    interval: string;
    n: string;
    errors: string;
    skipped: string;
    latencyP50: string;
    latencyP95: string;
    ttft: string;
    tokensPerSecond: string;
    tokens: string;
    cost: string;
    costPerCorrect: string;
    costPer1k: string;
    givesUp: string;
    overall: string;
    perCorrect: string;
    per1kAnswers: string;
    passAtK: string;
    otherScores: string;
    difference: string;
    pValue: string;
    verdict: string;
    itemsNeeded: string;
    rating: string;
    judgments: string;
    consistent: string;
    promptStrict: string;
    promptLoose: string;
    instructionStrict: string;
    instructionLoose: string;
    judge: string;
    verdicts: string;
    requests: string;
  };
  withinNoise: string;
  significant: (leader: string) => string;
  /** In place of a Bradley–Terry interval, why a model has no rating; `group` after it, or the interval, when split. */
  unrated: { tooFew: (minimum: string, counted: string | null) => string; wonAll: string; lostAll: string; alone: string; unmatched: (minimum: string) => string; group: (number: string, of: string) => string };
  notes: {
    interval: string;
    errors: string;
    skipped: string;
    cached: string;
    noPrice: (models: string) => string;
    /** OpenAI fine-tuned models (ft:…) without a price: billed at their own rate, which the catalog does not list. */
    noPriceFineTuned: (models: string) => string;
    selfHosted: (a: SelfHostedNote) => string;
    /** The GPU column when `hosting:` gives hourlyUsd instead of a catalog GPU. */
    gpuGiven: string;
    costPerCorrect: string;
    /** How two models are compared: one of the "how kurabe decides" rules, and the comparisons' note. */
    pairedMethod: string;
    /** The comparisons' table beyond the method: what its verdict and its last column mean. */
    comparisons: string;
    ratings: (minimum: string, priorSd: string) => string;
    /** Added to `ratings` when some suite's models split into groups. */
    ratingGroups: string;
    judging: string;
    noComparisons: string;
    /** Shown where the break-even section would be, when no model has `hosting:`. */
    breakEvenHint: string;
  };
  /** The recommendation's sentence templates (src/report/model/recommendation.ts fills them). */
  recommendation: {
    overall: string;
    onSuite: (suite: string) => string;
    none: (scope: string) => string;
    choose: (model: string, scope: string, facts: string) => string;
    /** Models tied on the top score, all named, and why the first of them leads (src/analysis/decision/decide.ts). */
    tie: (models: string[], score: string, why: string) => string;
    tieBreaks: Record<TieBreak, (leader: string) => string>;
    /** What-you-give-up cell of a leader tied with others and no cheaper model. */
    tiedShort: (models: string) => string;
    facts: (score: string, cost: string, latency: string) => string;
    scoreWithInterval: (score: string, interval: string) => string;
    /** Between sentences: a space in English, nothing in Japanese. */
    sentenceGap: string;
    per1kAnswers: (usd: string) => string;
    givesUp: (leader: string, gap: string, enough: string, trade: string) => string;
    marginRuledOut: (points: string) => string;
    gap: (points: string, interval: string, significance: string) => string;
    significant: string;
    notSignificant: string;
    significantlyWorse: (model: string, points: string, interval: string, trade: string) => string;
    notEnoughItems: (model: string, gap: string, trade: string, margin: string, more: string, leader: string) => string;
    notCompared: (model: string, trade: string) => string;
    latency: (own: string, versus: string) => string;
    selfHost: (hosted: string, api: string, volume: string) => string;
    neverSelfHost: (hosted: string, api: string) => string;
    dominated: (models: string) => string;
    /** One model's index cost in the one-time sentence (usd null: the embedding model has no price). */
    indexCost: (model: string, usd: string | null, tokens: string) => string;
    indexOnce: (costs: string) => string;
    fraction: (denominator: string) => string;
    times: (factor: string) => string;
    share: (percent: string) => string;
    free: string;
    costUnknown: string;
    overallLabel: string;
    /** The Pareto set after a use case's verdict (Markdown, where no table shows it). */
    pareto: (models: string) => string;
    choice: string;
    givesUpShort: (points: string, leader: string, significance: string) => string;
    nothingGivenUp: string;
    whyNotCheaper: (model: string, status: string) => string;
    statuses: Record<"close-enough" | "significantly-worse" | "not-enough-items" | "not-compared", string>;
  };
  /** The "how kurabe decides" section: the rules of src/analysis/decision/decide.ts in words. */
  howDecides: { title: string; rules: string[] };
  items: {
    question: string;
    choices: string;
    expected: string;
    answer: string;
    reasoning: string;
    passages(count: string): string;
    scores: string;
    scorer: string;
    value: string;
    extracted: string;
    detail: string;
    evidence: string;
    error: string;
    skippedBecause: string;
    noAnswer: string;
    sample: (index: number) => string;
    finishReason: string;
    shown: (shown: string, total: string) => string;
    pass: string;
    fail: string;
  };
  cut: (characters: string) => string;
  minScoreFailure: (score: string, minimum: string) => string;
  noScore: string;
  allInfraErrors: (errors: string) => string;
}

// The one paired method of src/analysis/decision/paired-difference.ts, in words; said once per language and shown
// both among the rules and under the comparisons.
const EN_PAIRED_METHOD =
  "Two models are compared on the items both answered with one method, a paired percentile bootstrap of the mean per-item difference (items resampled with both answers; over all suites, within each suite, each suite weighing the same): significant exactly when its 95% interval excludes 0, and p is that interval inverted.";
const JA_PAIRED_METHOD =
  "2 つのモデルは両方が回答した問題で、ただ 1 つの方法で比較します：問題ごとの差の平均を、両モデルの回答を組にしたまま問題単位で再標本化する対応のあるパーセンタイル・ブートストラップ（全スイートでは各スイートを同じ重みでスイート内ごとに再標本化）。95% 区間が 0 を含まないときだけ有意で、p 値はその区間の逆算です。";

const en: Messages = {
  locale: "en-US",
  colon: ": ",
  inOutputPrice: "in the output price",
  aside: (text, aside) => `${text} (${aside})`,
  runVerdicts: { regression: "regression", improvement: "improvement", "within-noise": "not significant", "no-data": "no data" },
  compareRuns: {
    pair: (baseline, baselineRun, candidate, candidateRun) => `baseline ${baseline} (run ${baselineRun}) → candidate ${candidate} (run ${candidateRun})`,
    regression: (gap, p) => `significant regression: ${gap}, p = ${p}`,
    belowMinimum: (score, minimum) => `score ${score} is under ${minimum}`,
    problems: (problems) => problems.join("; "),
    gateFailed: (regressions, below) =>
      `gate failed: ${regressions} significant regression${regressions === 1 ? "" : "s"}${below ? `, ${below.suites} suite${below.suites === 1 ? "" : "s"} under ${below.minimum}` : ""}`,
  },
  comma: ", ",
  knowledgeBase: {
    intro: (suites) => `Each system on the same held-out inquiries (${suites}): plain, with retrieval (RAG), fine-tuned, or both.`,
    metrics: {
      correctness: "Correctness",
      faithfulness: "Faithfulness",
      citationPrecision: "Citation precision",
      citationRecall: "Citation recall",
      refusal: "Right refusals",
    },
    costPer1k: "Cost / 1,000 inquiries",
    latencyP50: "p50 latency",
    queryEmbeddingTokens: "Embedding tokens / inquiry",
    index: "Index, one-time",
    indexCell: (usd, tokens) => (usd === null ? `${tokens} tok.` : `${usd} · ${tokens} tok.`),
    nothingEmbedded: "nothing embedded (BM25)",
    choice: (model) => `Recommended, by the report's rule: ${model}.`,
    noChoice: "No recommendation: no model has a score.",
    note: "Correctness is the judge's rubric grade where a suite has one, else character F1 against the reference. Faithfulness is the share of the answer's claims the retrieved passages support; citations compare cited documents with the gold sources; right refusals: refusing exactly the unanswerable inquiries. Cost per 1,000 inquiries includes the retrieved passages (input tokens) and each question's embedding (tokens at the embedding model's price); building the index — embedding every passage once — is shown apart as a one-time cost, not spread over inquiries, because the index is kept and reused by later runs until a document, the chunking or the embedding model changes. BM25 embeds nothing. Latency includes retrieval.",
  },
  promptVariants: {
    intro: (prompts) => `Each model was asked every item with each prompt (${prompts}); a cell is that variant's score over all suites, then its paired difference from the same model's first prompt.`,
    baseline: (prompt) => `${prompt} (baseline)`,
    versus: (difference, interval, verdict) => `${difference} (${interval}), ${verdict}`,
    better: "significantly better",
    worse: "significantly worse",
    note: "The difference is this prompt minus the model's first prompt on the same items: the paired bootstrap over all suites (each weighing the same) of the comparisons section, where every variant also meets every other model; significant when its 95% interval excludes 0. The variant `model@prompt` names the pair everywhere else in the report.",
  },
  title: "kurabe report",
  run: "Run",
  created: "Started",
  finished: "Finished",
  status: "Status",
  statuses: { completed: "completed", incomplete: "incomplete", running: "running", interrupted: "interrupted", failed: "failed" },
  incompleteStatus: (results, pairwiseFailed) =>
    `incomplete: ${[
      ...(results > 0 ? [`${results} result${results === 1 ? "" : "s"} without an answer or a score`] : []),
      ...(pairwiseFailed > 0 ? [`${pairwiseFailed} pairwise judgment${pairwiseFailed === 1 ? "" : "s"} failed`] : []),
    ].join(", ")} (infrastructure errors, not counted as wrong answers; resuming the run finishes them)`,
  version: "kurabe version",
  scoringRevision: "Scoring revision",
  scoringAsRun: (revision) => `${revision} (as run)`,
  scoredWith: "Scored with",
  scoringRescored: (revision, date, suites) => `${revision} (rescored ${date}: ${suites})`,
  description: "Description",
  contents: "Contents",
  sections: {
    leaderboard: "Leaderboard",
    charts: "Charts",
    comparisons: "Is the gap real? Paired comparisons",
    ratings: "Pairwise judge ratings (Bradley–Terry)",
    ifeval: "IFEval accuracies",
    judging: "What judging cost",
    breakEven: "Break-even: monthly cost by volume",
    recommendation: "Recommendation",
    items: "Answers side by side",
    knowledgeBase: "Knowledge-base chatbot",
    prompts: "Which prompt? Variants by model",
    matrix: "Scores by suite",
    allFigures: "All figures (counts, latency, TTFT, tokens, cost)",
    models: "Models and prices",
  },
  charts: {
    capability: "Capability by category",
    capabilityNote: "Mean score of each category's suites.",
    costQuality: "Quality versus cost",
    costQualityNote: "Mean suite score against USD per 1,000 answers; the line joins the Pareto set (no other model is at least as good, as cheap and as fast).",
    costAxis: "USD per 1,000 answers",
    qualityAxis: "mean score",
    paretoFront: "Pareto set (score, cost, p50)",
    notPlotted: (models) => `Not plotted (no known price): ${models}.`,
    latency: "Latency per answer",
    latencyNote: "Box: 25th–75th percentile with the median; whiskers: 5th and 95th percentile. A cached answer counts with the timing of the call that fetched it.",
    latencyAxis: "ms",
    breakEven: "Monthly cost by volume",
    monthlyCost: "USD / month",
    cheapest: "Cheapest option",
    fromVolume: "from",
    volumeUnit: "tokens / month",
    volumeRange: "Tokens per month",
    apiOption: (model) => `${model} (API)`,
    // A non-breaking hyphen (U+2011): a phone's table wrapped the option as "(self-|hosted)".
    hostedOption: (model) => `${model} (self\u2011hosted)`,
    pairs: "Each API model against each self-hosted one",
    apiPerMillion: "API USD / 1M tokens (this run's mix)",
    replicaMonthly: "One replica, USD / month",
    replicaCapacity: "One replica, tokens / month",
    cheaperFrom: "Self-hosting cheaper from",
    never: "never",
  },
  categories: {
    nlu: "Understanding",
    reasoning: "Reasoning",
    code: "Code",
    multimodal: "Images",
    instruction: "Instructions",
    domain: "Your data",
  },
  columns: {
    model: "Model",
    provider: "Provider",
    modelName: "Model name",
    priceInput: "USD / 1M input tokens",
    priceOutput: "USD / 1M output tokens",
    suite: "Suite",
    category: "Category",
    baseline: "Baseline",
    candidate: "Candidate",
    change: "Candidate − baseline",
    score: "Score",
    interval: "95% CI",
    n: "n",
    errors: "Infra errors",
    skipped: "Skipped",
    latencyP50: "Latency p50",
    latencyP95: "Latency p95",
    ttft: "TTFT p50",
    tokensPerSecond: "Output tok/s",
    tokens: "Tokens in / out",
    cost: "Cost",
    costPerCorrect: "Cost per correct",
    costPer1k: "USD / 1,000 answers",
    givesUp: "What you give up",
    overall: "All suites",
    perCorrect: "correct",
    per1kAnswers: "1,000 answers",
    passAtK: "pass@k",
    otherScores: "Other scores",
    difference: "Difference (A − B)",
    pValue: "p-value",
    verdict: "Verdict",
    itemsNeeded: "Items to add for a 5-pt gap",
    rating: "Rating",
    judgments: "Verdicts",
    consistent: "Same after swap",
    promptStrict: "Prompt strict",
    promptLoose: "Prompt loose",
    instructionStrict: "Instruction strict",
    instructionLoose: "Instruction loose",
    judge: "Judge",
    verdicts: "Verdicts",
    requests: "Requests (from cache)",
  },
  withinNoise: "not significant",
  unrated: {
    tooFew: (minimum, counted) => `too few verdicts to rate (${minimum} needed${counted === null ? "" : `; ${counted} count, the rest went all one way`})`,
    wonAll: "won every verdict: no finite rating",
    lostAll: "lost every verdict: no finite rating",
    alone: "alone in its group: no finite rating",
    unmatched: (minimum) => `no other model in its group has the ${minimum} verdicts a rating needs: nothing to rate it against`,
    group: (number, of) => `group ${number} of ${of}: gap to the other groups not measured`,
  },
  significant: (leader) => `${leader} is better`,
  notes: {
    interval: "95% CI: percentile bootstrap over items (all samples of an item resampled together), seeded.",
    errors: "Infrastructure errors (rate limits, timeouts, outages, a judge that failed) are counted apart and never scored as wrong answers.",
    skipped: "Skipped: items the model or this machine cannot take (e.g. images for a text-only model); never scored.",
    cached: "Answers taken from the cache are priced like fresh ones (what they cost to get; the cache's savings are shown apart) and timed by the call that fetched them.",
    noPrice: (models) => `Unpriced: ${models} (neither \`price:\` nor \`hosting:\`). To price it, add \`price:\` (USD per 1M input and output tokens) or, for a model you serve, \`hosting:\` (\`gpu\` or \`hourlyUsd\`, \`outputTokensPerSecond\`) in kurabe.yaml.`,
    noPriceFineTuned: (models) =>
      `Unpriced: ${models}, OpenAI fine-tuned (\`ft:…\`): OpenAI bills a fine-tuned model at its own rate, not the base model's, and kurabe's catalog lists none. Add \`price:\` (USD per 1M input and output tokens) in kurabe.yaml, or a KURABE_PRICES file with an \`ft:<base model>\` entry (LiteLLM's form).`,
    selfHosted: (a) =>
      `${a.model} is self-hosted: ${a.gpu} at ${a.hourly}/h, ${a.utilisation} utilisation, ${a.throughput} output tokens/s (${a.measured ? "measured in this run" : "as given"}) → ${a.perMillion} per 1M output tokens${a.fineTuning ? `; fine-tuning ${a.fineTuning}/month amortised, not in the per-answer cost` : ""}.`,
    gpuGiven: "GPUs at the given hourly price",
    costPerCorrect: "Cost per correct answer: the cost of every answer divided by the answers that passed.",
    pairedMethod: EN_PAIRED_METHOD,
    comparisons:
      "Not significant: the interval holds 0 (p ≥ 0.05), so these items cannot tell the two apart. Items to add is for such pairs only: how many more items, spread as these are, a 5-point gap would need to be detected (80% power); 0 when these suffice; – where the gap is significant already.",
    ratings: (minimum, priorSd) =>
      `Bradley–Terry fit of every stored verdict (both orders shown), strong wins weighted 3, ties half, under a weak prior (sd ${priorSd} points) that keeps the fit finite; 1000 is the mean rated model; 95% bootstrap interval. A model with fewer than ${minimum} verdicts, or that won or lost every one, gets no rating: no number from so little would mean anything.`,
    ratingGroups:
      "Groups: where every verdict between two groups of models went one way (a tie counts both ways), the gap between them has no finite estimate, so each group is fitted on its own verdicts with its own mean of 1000, and numbers from different groups are not comparable. Group 1 won against the groups after it; groups that never met go by name.",
    judging:
      "The judge requests of this run (rubric scores and pairwise verdicts; an unreadable verdict is asked for again). Requests answered from the cache cost nothing now and count no tokens. These costs are not in the models' costs above.",
    noComparisons: "Only one model: nothing to compare.",
    breakEvenHint: "Add `hosting:` (`gpu` or `hourlyUsd`, throughput, utilisation) to a local model in kurabe.yaml to see when self-hosting beats the API models.",
  },
  recommendation: {
    overall: "across all suites",
    onSuite: (suite) => `on ${suite}`,
    none: (scope) => `No model was scored ${scope}.`,
    choose: (model, scope, facts) => `Choose ${model} ${scope}: ${facts}.`,
    tie: (models, score, why) => `${models.slice(0, -1).join(", ")} and ${models.at(-1)} tie at ${score}; ${why}.`,
    tieBreaks: {
      cost: (leader) => `${leader} is the cheapest per answer of them`,
      latency: (leader) => `at the same cost, ${leader} is the fastest (p50)`,
      id: (leader) => `at the same cost and p50 latency either will do (${leader} comes first by name)`,
    },
    tiedShort: (models) => `nothing (tied with ${models})`,
    facts: (score, cost, latency) => `${score}, ${cost}, p50 ${latency}`,
    scoreWithInterval: (score, interval) => `${score} (${interval})`,
    sentenceGap: " ",
    per1kAnswers: (usd) => `${usd} per 1,000 answers`,
    givesUp: (leader, gap, enough, trade) => `Against ${leader}, the top scorer, it gives up ${gap}; ${enough}; ${trade}.`,
    marginRuledOut: (points) => `there are enough items to detect a ${points}-point gap`,
    gap: (points, interval, significance) => `${points} (${interval}, ${significance})`,
    significant: "significant",
    notSignificant: "not significant",
    significantlyWorse: (model, points, interval, trade) => `Not ${model}: significantly worse than the top scorer, ${points} (${interval}); ${trade}.`,
    notEnoughItems: (model, gap, trade, margin, more, leader) =>
      `${model} is ${gap}, ${trade}, but there are not enough items to tell whether it is within ${margin} points: about ${more} more needed; until then, ${leader}.`,
    notCompared: (model, trade) => `${model} (${trade}) was not compared on the same items.`,
    latency: (own, versus) => `p50 ${own} vs ${versus}`,
    selfHost: (hosted, api, volume) => `Self-hosting ${hosted} costs less than ${api} from ${volume} tokens a month on (see the break-even).`,
    neverSelfHost: (hosted, api) => `Self-hosting ${hosted} never costs less than ${api} at this token mix.`,
    dominated: (models) => `Dominated (another model is at least as good, as cheap and as fast): ${models}.`,
    indexCost: (model, usd, tokens) => (usd === null ? `${model} ${tokens} embedding tokens (no price)` : `${model} ${usd} (${tokens} embedding tokens)`),
    indexOnce: (costs) =>
      `Building the retrieval index costs, once: ${costs}. It is not in the cost per answer or the break-even, which grow with the number of inquiries: the index is built once and reused until a document, the chunking or the embedding model changes.`,
    fraction: (denominator) => `at 1/${denominator} of the cost`,
    times: (factor) => `at ${factor}× the cost`,
    share: (percent) => `at ${percent} of the cost`,
    free: "at no cost",
    costUnknown: "cost unknown",
    overallLabel: "All suites",
    pareto: (models) => ` (Pareto set: ${models})`,
    choice: "Choose",
    givesUpShort: (points, leader, significance) => `${points} vs ${leader} (${significance})`,
    nothingGivenUp: "nothing (no cheaper model)",
    whyNotCheaper: (model, status) => `cheaper ${model}: ${status}`,
    statuses: {
      "close-enough": "close enough",
      "significantly-worse": "significantly worse",
      "not-enough-items": "not enough items to tell",
      "not-compared": "not compared",
    },
  },
  howDecides: {
    title: "How kurabe decides",
    rules: [
      "The leader is the model with the highest score (per suite; overall, the mean of the suite scores). Models tied on it are all named; the cheapest per answer of them leads, then the fastest (p50), then the first by name.",
      "Every model is priced: API models at their price × the tokens each answer used (cached answers too), self-hosted models from `hosting:` (GPU price / (utilisation × throughput)).",
      "The Pareto set is over score, cost per answer and p50 latency: no other model is at least as good on all three and better on one.",
      EN_PAIRED_METHOD,
      "A cheaper or faster model is recommended only when it is not significantly worse AND the items are enough to detect a 5-point gap (80% power); otherwise kurabe says how many more items are needed and keeps the leader.",
      "A significantly worse model is never recommended. The same rule applies per suite and over all suites.",
    ],
  },
  items: {
    question: "Question",
    choices: "Choices",
    expected: "Expected",
    answer: "Answer",
    reasoning: "Reasoning trace",
    passages: (count) => `Retrieved passages (${count})`,
    scores: "Scores",
    scorer: "Scorer",
    value: "Value",
    extracted: "Extracted",
    detail: "Detail",
    evidence: "Evidence",
    error: "Infrastructure error",
    skippedBecause: "Skipped",
    noAnswer: "no answer",
    sample: (index) => `sample ${index + 1}`,
    finishReason: "finish",
    shown: (shown, total) => `Showing ${shown} of ${total} items (--items sets how many).`,
    pass: "pass",
    fail: "fail",
  },
  cut: (characters) => ` … [${characters} characters cut] … `,
  minScoreFailure: (score, minimum) => `score ${score} is below the minimum ${minimum}`,
  noScore: "no answered item to score",
  allInfraErrors: (errors) => `no answer could be scored: ${errors} infrastructure errors`,
};

const ja: Messages = {
  locale: "ja-JP",
  colon: "：",
  inOutputPrice: "出力の価格に含む",
  aside: (text, aside) => `${text}（${aside}）`,
  runVerdicts: { regression: "劣化", improvement: "改善", "within-noise": "有意差なし", "no-data": "データなし" },
  compareRuns: {
    pair: (baseline, baselineRun, candidate, candidateRun) => `基準 ${baseline}（実行 ${baselineRun}）→ 比較対象 ${candidate}（実行 ${candidateRun}）`,
    regression: (gap, p) => `有意な劣化：${gap}、p = ${p}`,
    belowMinimum: (score, minimum) => `スコア ${score} が ${minimum} 未満`,
    problems: (problems) => problems.join("。"),
    gateFailed: (regressions, below) => `ゲート不合格：有意な劣化 ${regressions} 件${below ? `、${below.minimum} 未満のスイート ${below.suites} 件` : ""}`,
  },
  comma: "、",
  knowledgeBase: {
    intro: (suites) => `同じ評価用問い合わせ（学習に使っていないもの：${suites}）に対する各方式：そのまま、検索拡張（RAG）、ファインチューニング、その両方。`,
    metrics: {
      correctness: "正確さ",
      faithfulness: "根拠への忠実さ",
      citationPrecision: "引用の適合率",
      citationRecall: "引用の再現率",
      refusal: "回答拒否の正しさ",
    },
    costPer1k: "1,000件あたりの費用",
    latencyP50: "p50 レイテンシ",
    queryEmbeddingTokens: "1件あたりの埋め込みトークン",
    index: "索引（初回のみ）",
    indexCell: (usd, tokens) => (usd === null ? `${tokens} トークン` : `${usd}・${tokens} トークン`),
    nothingEmbedded: "埋め込みなし（BM25）",
    choice: (model) => `レポート共通の基準による推奨：${model}。`,
    noChoice: "推奨なし：スコアのあるモデルがありません。",
    note: "正確さはルーブリック採点があればその評点、なければ参照回答との文字単位 F1。根拠への忠実さは回答の主張のうち検索された資料が裏付ける割合。引用は引用した文書と正解の出典の比較。回答拒否の正しさは、答えられない問い合わせにだけ「答えられない」と答えた割合。1,000件あたりの費用には検索した資料（入力トークン）と質問の埋め込み（埋め込みモデルの価格）を含みます。索引の作成（全資料を一度埋め込む費用）は問い合わせに割り振らず「初回のみ」の費用として別に示します。索引は保存され、文書・分割方法・埋め込みモデルが変わるまで以後の実行で再利用されるためです。BM25 は埋め込みを使いません。レイテンシには検索時間を含みます。",
  },
  promptVariants: {
    intro: (prompts) => `各モデルに全問題を各プロンプト（${prompts}）で尋ねました。セルはその組み合わせの全スイートでのスコアと、同じモデルの最初のプロンプトとの対応のある差です。`,
    baseline: (prompt) => `${prompt}（基準）`,
    versus: (difference, interval, verdict) => `${difference}（${interval}）、${verdict}`,
    better: "有意に高い",
    worse: "有意に低い",
    note: "差は同じ問題での「このプロンプト − そのモデルの最初のプロンプト」で、比較セクションと同じ対応のあるブートストラップを全スイート（各スイート同じ重み）で行ったものです。95% 区間が 0 を含まなければ有意。他のモデルとの比較も含め、レポートの他の箇所では `モデル@プロンプト` の名前で示します。",
  },
  title: "kurabe レポート",
  run: "実行",
  created: "開始",
  finished: "終了",
  status: "状態",
  statuses: { completed: "完了", incomplete: "未完了", running: "実行中", interrupted: "中断", failed: "失敗" },
  incompleteStatus: (results, pairwiseFailed) =>
    `未完了：${[
      ...(results > 0 ? [`回答または採点のない結果 ${results} 件`] : []),
      ...(pairwiseFailed > 0 ? [`失敗した一対比較の判定 ${pairwiseFailed} 件`] : []),
    ].join("、")}（インフラのエラーで、誤答には数えていません。実行を再開すると完了します）`,
  version: "kurabe バージョン",
  scoringRevision: "採点リビジョン",
  scoringAsRun: (revision) => `${revision}（実行時の採点）`,
  scoredWith: "採点方法",
  scoringRescored: (revision, date, suites) => `${revision}（${date} に再採点：${suites}）`,
  description: "説明",
  contents: "目次",
  sections: {
    leaderboard: "結果一覧",
    charts: "グラフ",
    comparisons: "差は本物か：対応のある比較",
    ratings: "ペア比較ジャッジによるレーティング（Bradley–Terry）",
    ifeval: "IFEval の正答率",
    judging: "ジャッジのコスト",
    breakEven: "損益分岐：利用量ごとの月額費用",
    recommendation: "推奨",
    items: "回答の並列比較",
    knowledgeBase: "ナレッジベース・チャットボット",
    prompts: "どのプロンプトか：モデル別のプロンプト比較",
    matrix: "スイート別スコア",
    allFigures: "すべての数値（件数、レイテンシ、初回トークン、トークン数、費用）",
    models: "モデルと価格",
  },
  charts: {
    capability: "カテゴリ別の能力",
    capabilityNote: "各カテゴリに属するスイートのスコアの平均。",
    costQuality: "品質と費用",
    costQualityNote: "スイートスコアの平均と 1,000 回答あたりの費用（USD）。線はパレート集合（品質・費用・速度のすべてで同等以上のモデルがない）を結びます。",
    costAxis: "1,000 回答あたり USD",
    qualityAxis: "平均スコア",
    paretoFront: "パレート集合（スコア・費用・p50）",
    notPlotted: (models) => `価格不明のため非表示：${models}`,
    latency: "回答ごとのレイテンシ",
    latencyNote: "箱：25〜75 パーセンタイルと中央値、ひげ：5 と 95 パーセンタイル。キャッシュからの回答は取得時の呼び出しの時間で数えます。",
    latencyAxis: "ミリ秒",
    breakEven: "利用量ごとの月額費用",
    monthlyCost: "USD / 月",
    cheapest: "最安の選択肢",
    fromVolume: "以上",
    volumeUnit: "トークン / 月",
    volumeRange: "月間トークン数",
    apiOption: (model) => `${model}（API）`,
    hostedOption: (model) => `${model}（自前運用）`,
    pairs: "API モデルと自前運用モデルの組ごと",
    apiPerMillion: "API の 100 万トークンあたり USD（この実行の構成）",
    replicaMonthly: "レプリカ 1 台の月額 USD",
    replicaCapacity: "レプリカ 1 台の月間トークン数",
    cheaperFrom: "自前運用が安くなる月間トークン数",
    never: "なし",
  },
  categories: {
    nlu: "言語理解",
    reasoning: "推論",
    code: "コード",
    multimodal: "画像",
    instruction: "指示追従",
    domain: "自社データ",
  },
  columns: {
    model: "モデル",
    provider: "プロバイダ",
    modelName: "モデル名",
    priceInput: "入力 100 万トークンあたり USD",
    priceOutput: "出力 100 万トークンあたり USD",
    suite: "スイート",
    category: "カテゴリ",
    baseline: "基準",
    candidate: "比較対象",
    change: "比較対象 − 基準",
    score: "スコア",
    interval: "95% 信頼区間",
    n: "件数",
    errors: "基盤エラー",
    skipped: "スキップ",
    latencyP50: "レイテンシ p50",
    latencyP95: "レイテンシ p95",
    ttft: "初回トークン p50",
    tokensPerSecond: "トークン/秒（出力）",
    tokens: "トークン 入力 / 出力",
    cost: "費用",
    costPerCorrect: "正答 1 件あたり費用",
    costPer1k: "1,000 回答あたり USD",
    givesUp: "諦めるもの",
    overall: "全スイート",
    perCorrect: "正答",
    per1kAnswers: "1,000 回答",
    passAtK: "pass@k",
    otherScores: "その他のスコア",
    difference: "差（A − B）",
    pValue: "p 値",
    verdict: "判定",
    itemsNeeded: "5 ポイント差の検出に追加する問題数",
    rating: "レーティング",
    judgments: "判定数",
    consistent: "入替後も同じ",
    promptStrict: "プロンプト単位 strict",
    promptLoose: "プロンプト単位 loose",
    instructionStrict: "指示単位 strict",
    instructionLoose: "指示単位 loose",
    judge: "ジャッジ",
    verdicts: "判定数",
    requests: "リクエスト（うちキャッシュ）",
  },
  withinNoise: "有意差なし",
  unrated: {
    tooFew: (minimum, counted) => `判定が少なく評価できない（${minimum} 件必要${counted === null ? "" : `。数えるのは ${counted} 件、残りは一方的`}）`,
    wonAll: "全判定で勝ち：有限のレーティングなし",
    lostAll: "全判定で負け：有限のレーティングなし",
    alone: "グループに単独：有限のレーティングなし",
    unmatched: (minimum) => `同じグループに判定 ${minimum} 件以上のモデルがほかになく、比べる相手がない`,
    group: (number, of) => `グループ ${number}/${of}：他グループとの差は測れない`,
  },
  significant: (leader) => `${leader} が優位`,
  notes: {
    interval: "95% 信頼区間：問題単位のパーセンタイル・ブートストラップ（同じ問題のサンプルはまとめて再標本化、シード固定）。",
    errors: "基盤エラー（レート制限、タイムアウト、障害、ジャッジの失敗）は別に数え、不正解として採点しません。",
    skipped: "スキップ：モデルまたはこの環境で扱えない問題（テキスト専用モデルへの画像など）。採点しません。",
    cached: "キャッシュからの回答も新たに取得した回答と同じく費用を計上し（キャッシュによる節約額は別に表示）、レイテンシは取得時の呼び出しのものです。",
    noPrice: (models) => `価格なし：${models}（\`price:\` も \`hosting:\` もありません）。kurabe.yaml に \`price:\`（入力・出力 100 万トークンあたり USD）か、自前で動かすモデルなら \`hosting:\`（\`gpu\` または \`hourlyUsd\`、\`outputTokensPerSecond\`）を書くと費用を表示します。`,
    noPriceFineTuned: (models) =>
      `価格なし：${models}（OpenAI のファインチューニング済みモデル \`ft:…\`）。OpenAI はファインチューニング済みモデルをベースモデルとは別の料金で課金し、kurabe のカタログにはその料金がありません。kurabe.yaml に \`price:\`（入力・出力 100 万トークンあたり USD）を書くか、\`ft:<ベースモデル>\` の項目（LiteLLM の形式）を含む KURABE_PRICES のファイルを指定してください。`,
    selfHosted: (a) =>
      `${a.model} は自前運用：${a.gpu}、1 時間 ${a.hourly}、稼働率 ${a.utilisation}、出力 ${a.throughput} トークン/秒（${a.measured ? "この実行での実測" : "設定値"}）→ 出力 100 万トークンあたり ${a.perMillion}${a.fineTuning ? `。ファインチューニング費用は月 ${a.fineTuning}（償却、1 回答あたり費用には含まない）` : ""}。`,
    gpuGiven: "指定した時間単価の GPU",
    costPerCorrect: "正答 1 件あたり費用：全回答の費用 ÷ 正答数。",
    pairedMethod: JA_PAIRED_METHOD,
    comparisons:
      "有意差なし：区間が 0 を含む（p ≥ 0.05）ため、これらの問題では 2 つを区別できません。追加する問題数はこうして区別できない組だけのもの：今と同じばらつきで 5 ポイントの差を検出する（検出力 80%）のに足りない問題数（足りていれば 0、差がすでに有意な組は –）。",
    ratings: (minimum, priorSd) =>
      `保存された全判定（表示順の入替を含む）への Bradley–Terry 当てはめ。強い勝ちは 3 倍、引き分けは半分。当てはめを有限に保つ弱い事前分布（標準偏差 ${priorSd} 点）付き。1000 が評価したモデルの平均。95% ブートストラップ区間。判定が ${minimum} 件未満のモデルと全勝・全敗のモデルには、意味のある数値が出せないためレーティングを付けない。`,
    ratingGroups:
      "グループ：2 つのモデル群の間の判定がすべて一方の勝ち（引き分けは両方向に数える）なら、その差は有限に推定できない。各グループは自身の判定だけで当てはめ、それぞれの平均を 1000 とするので、グループが違う数値は比べられない。グループ 1 はそれ以降のグループに勝った群。対戦のないグループ同士は名前順。",
    judging:
      "この実行でのジャッジへのリクエスト（ルーブリック採点とペア比較。読めない判定は一度だけ聞き直す）。キャッシュから答えたリクエストは今回の費用もトークンも 0。この費用は上の各モデルの費用に含まれない。",
    noComparisons: "モデルが 1 つのため比較はありません。",
    breakEvenHint: "kurabe.yaml のローカルモデルに `hosting:`（`gpu` または `hourlyUsd`、スループット、稼働率）を書くと、自前ホスティングが API より安くなる利用量を表示します。",
  },
  recommendation: {
    overall: "全スイート平均では",
    onSuite: (suite) => `${suite} では`,
    none: (scope) => `${scope}採点できたモデルがありません。`,
    choose: (model, scope, facts) => `${scope} ${model} を選んでください：${facts}。`,
    tie: (models, score, why) => `${models.join(models.length === 2 ? " と " : "、")} は ${score} で同点です。${why}。`,
    tieBreaks: {
      cost: (leader) => `その中で 1 回答あたりの費用が最も安いのは ${leader} です`,
      latency: (leader) => `費用は同じで、p50 レイテンシが最も短いのは ${leader} です`,
      id: (leader) => `費用も p50 レイテンシも同じなので、どれを選んでも構いません（名前順で ${leader} が先）`,
    },
    tiedShort: (models) => `なし（${models} と同点）`,
    facts: (score, cost, latency) => `${score}、${cost}、p50 ${latency}`,
    scoreWithInterval: (score, interval) => `${score}（${interval}）`,
    sentenceGap: "",
    per1kAnswers: (usd) => `1,000 回答あたり ${usd}`,
    givesUp: (leader, gap, enough, trade) => `最高スコアの ${leader} と比べて ${gap}。${enough}。${trade}。`,
    marginRuledOut: (points) => `${points} ポイントの差を検出できるだけの問題数があります`,
    gap: (points, interval, significance) => `${points}（${interval}、${significance}）`,
    significant: "有意",
    notSignificant: "有意差なし",
    significantlyWorse: (model, points, interval, trade) => `${model} は推奨しません：最高スコアのモデルより ${points}（${interval}）と有意に低く、${trade}。`,
    notEnoughItems: (model, gap, trade, margin, more, leader) =>
      `${model} は ${gap}、${trade}。ただし差が ${margin} ポイント以内かを判断するには問題数が足りません：あと約 ${more} 問必要です。それまでは ${leader} を推奨します。`,
    notCompared: (model, trade) => `${model}（${trade}）は同じ問題で比較されていません。`,
    latency: (own, versus) => `p50 ${own}（比較先 ${versus}）`,
    selfHost: (hosted, api, volume) => `月 ${volume} トークン以上では、${hosted} の自前運用が ${api} より安くなります（損益分岐を参照）。`,
    neverSelfHost: (hosted, api) => `このトークン構成では、${hosted} の自前運用が ${api} より安くなることはありません。`,
    dominated: (models) => `品質・費用・速度のすべてで他のモデル以下：${models}。`,
    indexCost: (model, usd, tokens) => (usd === null ? `${model} は埋め込み ${tokens} トークン（価格なし）` : `${model} は ${usd}（埋め込み ${tokens} トークン）`),
    indexOnce: (costs) =>
      `検索索引の作成費用（初回のみ）：${costs}。問い合わせ数に応じて増える回答あたりの費用や損益分岐には含めません。索引は保存され、文書・分割方法・埋め込みモデルが変わるまで再利用されるためです。`,
    fraction: (denominator) => `費用は 1/${denominator}`,
    times: (factor) => `費用は ${factor} 倍`,
    share: (percent) => `費用は ${percent}`,
    free: "費用はかかりません",
    costUnknown: "費用は不明",
    overallLabel: "全スイート",
    pareto: (models) => `（パレート集合：${models}）`,
    choice: "推奨",
    givesUpShort: (points, leader, significance) => `${leader} 比 ${points}（${significance}）`,
    nothingGivenUp: "なし（より安いモデルはありません）",
    whyNotCheaper: (model, status) => `より安い ${model}：${status}`,
    statuses: {
      "close-enough": "十分に近い",
      "significantly-worse": "有意に低い",
      "not-enough-items": "判断には問題数が不足",
      "not-compared": "比較なし",
    },
  },
  howDecides: {
    title: "kurabe の判断方法",
    rules: [
      "首位はスコアが最も高いモデルです（スイートごと。全体ではスイートスコアの平均）。同点のモデルはすべて名前を挙げ、その中で 1 回答あたりの費用が最も安いモデル、次に p50 レイテンシが最も短いモデル、次に名前順で先のモデルを首位とします。",
      "すべてのモデルに費用を付けます。API モデルは価格 × 各回答のトークン数（キャッシュからの回答も含む）、自前運用のモデルは `hosting:` から（GPU 料金 ÷（稼働率 × スループット））。",
      "パレート集合はスコア・1 回答あたり費用・p50 レイテンシで決めます。3 つすべてで同等以上かつどれかで上回るモデルがあれば外れます。",
      JA_PAIRED_METHOD,
      "安い・速いモデルを推奨するのは、有意に低くなく、かつ 5 ポイントの差を検出できる（検出力 80%）だけの問題数があるときだけです。足りなければ必要な追加問題数を示し、首位を推奨します。",
      "有意に低いモデルは推奨しません。スイートごとにも全体にも同じ規則を使います。",
    ],
  },
  items: {
    question: "問題",
    choices: "選択肢",
    expected: "正解",
    answer: "回答",
    reasoning: "推論過程",
    passages: (count) => `検索された資料（${count}件）`,
    scores: "採点",
    scorer: "採点方法",
    value: "値",
    extracted: "抽出結果",
    detail: "詳細",
    evidence: "根拠",
    error: "基盤エラー",
    skippedBecause: "スキップ",
    noAnswer: "回答なし",
    sample: (index) => `サンプル ${index + 1}`,
    finishReason: "終了理由",
    shown: (shown, total) => `${total} 問中 ${shown} 問を表示（--items で件数を指定）。`,
    pass: "合格",
    fail: "不合格",
  },
  cut: (characters) => ` …［${characters} 文字省略］… `,
  minScoreFailure: (score, minimum) => `スコア ${score} が下限 ${minimum} を下回っています`,
  noScore: "採点できた回答がありません",
  allInfraErrors: (errors) => `採点できた回答がありません（基盤エラー ${errors} 件）`,
};

// Headings break between words only (header-words.ts), in every table the report draws.
const MESSAGES: Record<ReportLanguage, Messages> = {
  en: { ...en, columns: headerWords(en.columns) },
  ja: { ...ja, columns: headerWords(ja.columns) },
};

export function messagesFor(language: ReportLanguage): Messages {
  return MESSAGES[language];
}

export function isReportLanguage(value: string): value is ReportLanguage {
  return (REPORT_LANGUAGES as readonly string[]).includes(value);
}

/** A category's label, or its own name when it is not a known one. */
export function categoryLabel(messages: Messages, category: string): string {
  return Object.hasOwn(messages.categories, category) ? messages.categories[category]! : category;
}
