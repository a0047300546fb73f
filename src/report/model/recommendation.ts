import { decide, type Alternative, type Decision, type DecisionCandidate, type DecisionGap, type TieBreak } from "../../analysis/decision/decide.js";
import type { Interval } from "../../analysis/types.js";
import { messagesFor, REPORT_LANGUAGES, type Messages, type ReportLanguage } from "../i18n/messages.js";
import { numberFormat, type NumberFormat } from "../i18n/number-format.js";
import { indexSpend, type IndexCost } from "./index-cost.js";
import type { BreakEvenPair, Report, ReportComparison, RetrievalSpend } from "./report-types.js";

/**
 * Which model to use, per suite (a use case) and over the run, by the one rule of src/analysis/decision/decide.ts,
 * and the verdict that says so from fixed templates: the choice with its score, cost and latency, what it gives up
 * against the leader, why a cheaper model was not chosen, where self-hosting becomes cheaper, and what a named
 * model's retrieval index cost once. Pure.
 */

/**
 * Each language's number formats, made once: the first Intl formatter loads ICU's locale data (~13 ms of CPU), which
 * `kurabe run` thus spends while its requests are out, when it loads this module, not after the last answer
 * (bench/README.md, issue 11); a verdict per suite no longer builds its own.
 */
const FORMATS = Object.fromEntries(REPORT_LANGUAGES.map((language) => [language, numberFormat(messagesFor(language))])) as Record<
  ReportLanguage,
  NumberFormat
>;

export interface RecommendationCandidate extends DecisionCandidate {
  /** The score's 95 % interval (per suite, or over all suites). */
  interval: Interval | null;
  paretoOptimal: boolean;
  /**
   * The retrieval index the model searched (null: none, or stored before kurabe recorded it). A fixed cost, kept out
   * of the cost per answer, the decision and the break-even (see indexSentence) and stated beside them.
   */
  index: IndexCost | null;
}

export interface UseCaseRecommendation {
  /** Null for the whole run. */
  suite: string | null;
  candidates: RecommendationCandidate[];
  /** Pareto-optimal model ids (score, cost per answer, p50 latency), best score first. */
  pareto: string[];
  /** The highest-scoring model. */
  leader: string | null;
  /** The other models with the leader's score (the verdict names them all), and what put the leader first. */
  tied: string[];
  tieBreak: TieBreak | null;
  /** What to use. */
  choice: string | null;
  /** Pareto models cheaper or faster than the leader and what the rule found for each. */
  alternatives: Alternative[];
  verdict: Record<ReportLanguage, string>;
}

export interface Recommendation {
  overall: UseCaseRecommendation;
  suites: UseCaseRecommendation[];
}

/** What the recommendation reads of the report. */
export type RecommendationInput = Pick<Report, "suites" | "entries" | "overview" | "comparisons" | "overallComparisons" | "breakEven">;

/** `retrieval`: each RAG model's retrieval figures as loaded from the store, the one source of its index cost. */
export function recommend(report: RecommendationInput, retrieval: ReadonlyMap<string, RetrievalSpend> = new Map()): Recommendation {
  const pairs = report.breakEven?.pairs ?? [];
  const indexOf = (modelId: string) => retrieval.get(modelId)?.index ?? null;
  const suites = report.suites.map((suite) => {
    const candidates = report.entries
      .filter((e) => e.suite === suite.name && e.score !== null)
      .map((e) => ({ modelId: e.modelId, score: e.score!, interval: e.interval, costPerAnswerUsd: e.costPerAnswerUsd, latencyP50Ms: e.latencyP50Ms, index: indexOf(e.modelId) }));
    return useCase(suite.name, candidates, gapFinder(report.comparisons.filter((c) => c.suite === suite.name)), pairs);
  });
  const overall = report.overview
    .filter((o) => o.quality !== null)
    .map((o) => ({
      modelId: o.modelId,
      score: o.quality!,
      interval: o.interval,
      costPerAnswerUsd: o.costPer1kAnswersUsd === null ? null : o.costPer1kAnswersUsd / 1000,
      latencyP50Ms: o.latency?.p50 ?? null,
      index: indexOf(o.modelId),
    }));
  return { overall: useCase(null, overall, gapFinder(report.overallComparisons), pairs), suites };
}

/** x − y from the comparisons (stored a − b either way round). */
function gapFinder(comparisons: readonly ReportComparison[]): (x: string, y: string) => DecisionGap | null {
  return (x, y) => {
    const row = comparisons.find((c) => (c.modelA === x && c.modelB === y) || (c.modelA === y && c.modelB === x));
    if (!row || row.n === 0) return null;
    const d = row.difference;
    const difference = row.modelA === x ? d : { estimate: 0 - d.estimate, low: 0 - d.high, high: 0 - d.low, level: d.level };
    return { n: row.n, difference, pValue: row.pValue, significant: !row.withinNoise, moreItemsForMargin: row.moreItemsForMargin, margin: row.margin };
  };
}

function useCase(
  suite: string | null,
  points: Array<Omit<RecommendationCandidate, "paretoOptimal">>,
  gapOf: (x: string, y: string) => DecisionGap | null,
  pairs: readonly BreakEvenPair[],
): UseCaseRecommendation {
  const decision = decide(points, gapOf);
  const candidates = points.map((p) => ({ ...p, paretoOptimal: decision?.pareto.includes(p.modelId) ?? false }));
  const partial = {
    suite,
    candidates,
    pareto: decision?.pareto ?? [],
    leader: decision?.leader ?? null,
    tied: decision?.tied ?? [],
    tieBreak: decision?.tieBreak ?? null,
    choice: decision?.choice ?? null,
    alternatives: decision?.alternatives ?? [],
  };
  const verdict = Object.fromEntries(
    REPORT_LANGUAGES.map((language) => [language, verdictText(suite, candidates, decision, gapOf, pairs, language)]),
  ) as Record<ReportLanguage, string>;
  return { ...partial, verdict };
}

/** The verdict in one language, from the message table's templates: deterministic for the same report. */
function verdictText(
  suite: string | null,
  candidates: readonly RecommendationCandidate[],
  decision: Decision | null,
  gapOf: (x: string, y: string) => DecisionGap | null,
  pairs: readonly BreakEvenPair[],
  language: ReportLanguage,
): string {
  const m = messagesFor(language);
  const f = FORMATS[language];
  const r = m.recommendation;
  const scope = suite === null ? r.overall : r.onSuite(suite);
  if (decision === null) return r.none(scope);
  const of = (id: string) => candidates.find((c) => c.modelId === id)!;
  const choice = of(decision.choice);
  const leader = of(decision.leader);
  const sentences = [r.choose(choice.modelId, scope, facts(choice, m, f))];
  if (choice !== leader) {
    const gap = gapOf(choice.modelId, leader.modelId)!;
    sentences.push(r.givesUp(leader.modelId, gapText(gap, m, f), r.marginRuledOut(f.decimal(gap.margin * 100, 0)), tradeText(choice, leader, m, f)));
  }
  if (decision.tieBreak !== null) sentences.push(r.tie([leader.modelId, ...decision.tied], f.percent(leader.score), r.tieBreaks[decision.tieBreak](leader.modelId)));
  for (const alternative of decision.alternatives) {
    if (alternative.modelId === choice.modelId) continue;
    const other = of(alternative.modelId);
    const trade = tradeText(other, leader, m, f);
    const gap = alternative.gap;
    // The status says "significant" already: the gap is given without the tag gapText adds.
    if (alternative.status === "significantly-worse") sentences.push(r.significantlyWorse(other.modelId, f.points(gap!.difference.estimate), f.pointsInterval(gap!.difference), trade));
    else if (alternative.status === "not-enough-items") {
      sentences.push(r.notEnoughItems(other.modelId, gapText(gap!, m, f), trade, f.decimal(gap!.margin * 100, 0), f.count(gap!.moreItemsForMargin), leader.modelId));
    } else if (alternative.status === "not-compared") sentences.push(r.notCompared(other.modelId, trade));
  }
  for (const pair of pairs.filter((p) => p.apiModel === choice.modelId && candidates.some((c) => c.modelId === p.hostedModel))) {
    const from = pair.selfHostedCheaperFrom;
    sentences.push(from === null ? r.neverSelfHost(pair.hostedModel, choice.modelId) : r.selfHost(pair.hostedModel, choice.modelId, f.volume(from)));
  }
  if (decision.dominated.length > 0) sentences.push(r.dominated(decision.dominated.join(m.comma)));
  const named = [decision.choice, decision.leader, ...decision.alternatives.map((alternative) => alternative.modelId)];
  const index = indexSentence([...new Set(named)].map(of), m, f);
  if (index !== null) sentences.push(index);
  return sentences.join(r.sentenceGap);
}

/**
 * What the named models' retrieval indexes cost once (indexSpend), or null when none embedded anything.
 * Not added to the cost per answer, the decision or the break-even: those compare costs that grow with the number of
 * inquiries (per answer; per month at a monthly token volume), and an index is paid once, then kept and reused by
 * later runs until a document, the chunking or the embedding model changes — it has no per-answer or per-month rate
 * without a horizon kurabe cannot know. So it is stated beside them, with the figure the knowledge-base section shows.
 */
function indexSentence(named: readonly RecommendationCandidate[], m: Messages, f: NumberFormat): string | null {
  const r = m.recommendation;
  const costs = named.flatMap((c) => {
    const spend = indexSpend(c.index);
    if (spend.kind !== "embedded") return [];
    return [r.indexCost(c.modelId, spend.costUsd === null ? null : f.usd(spend.costUsd), f.count(spend.tokens))];
  });
  return costs.length === 0 ? null : r.indexOnce(costs.join(m.comma));
}

/** "86.0% (82.1–89.8%), $1.20 per 1,000 answers, p50 900 ms". */
function facts(c: RecommendationCandidate, m: Messages, f: NumberFormat): string {
  const r = m.recommendation;
  const score = c.interval ? r.scoreWithInterval(f.percent(c.score), f.percentInterval(c.interval)) : f.percent(c.score);
  const cost = c.costPerAnswerUsd === null ? r.costUnknown : r.per1kAnswers(f.usd(c.costPerAnswerUsd * 1000));
  return r.facts(score, cost, c.latencyP50Ms === null ? "–" : f.ms(c.latencyP50Ms));
}

/** "−1.2 pt (−3.1 … +0.8 pt, not significant)". */
function gapText(gap: DecisionGap, m: Messages, f: NumberFormat): string {
  const r = m.recommendation;
  return r.gap(f.points(gap.difference.estimate), f.pointsInterval(gap.difference), gap.significant ? r.significant : r.notSignificant);
}

/** What `model` costs and how fast it is against `versus`: "at 1/16 of the cost, p50 400 ms vs 900 ms". */
function tradeText(model: RecommendationCandidate, versus: RecommendationCandidate, m: Messages, f: NumberFormat): string {
  const r = m.recommendation;
  const clauses = [costText(ratio(model.costPerAnswerUsd, versus.costPerAnswerUsd), m, f)];
  if (model.latencyP50Ms !== null && versus.latencyP50Ms !== null) clauses.push(r.latency(f.ms(model.latencyP50Ms), f.ms(versus.latencyP50Ms)));
  return clauses.join(m.comma);
}

function ratio(cost: number | null, versus: number | null): number | null {
  return cost === null || versus === null || !(versus > 0) ? null : cost / versus;
}

/** "at 1/16 of the cost", "at 3.2× the cost", "at 80% of the cost". */
function costText(costRatio: number | null, m: Messages, f: NumberFormat): string {
  const r = m.recommendation;
  if (costRatio === null) return r.costUnknown;
  if (costRatio === 0) return r.free;
  if (costRatio <= 1 / 1.5) return r.fraction(f.count(Math.round(1 / costRatio)));
  if (costRatio >= 1.5) return r.times(f.decimal(costRatio, 1));
  return r.share(f.percent(costRatio, 0));
}
