import { messagesFor, REPORT_LANGUAGES, type Messages, type ReportLanguage } from "../i18n/messages.js";
import { numberFormat, type NumberFormat } from "../i18n/number-format.js";
import type { BreakEvenPair, Report, ReportComparison } from "./report-types.js";

/**
 * Which model to use, per suite (a use case) and over the run: the Pareto set over quality (score, higher is
 * better), cost (per correct answer, else per answer; lower) and latency (p50; lower), and a verdict from fixed
 * templates naming the trade-off and which gaps are within noise (the report's paired comparisons). Pure.
 */

export interface RecommendationCandidate {
  modelId: string;
  /** 0..1: the suite score, or overall the mean suite score. */
  quality: number;
  /** USD per correct answer (`costBasis` "correct") or per answer ("answer"); null when unknown. */
  cost: number | null;
  latencyP50Ms: number | null;
  paretoOptimal: boolean;
}

/** `modelId` against the chosen model. */
export interface RecommendationGap {
  modelId: string;
  versus: string;
  /** modelId's quality − versus's, 0..1 scale. */
  difference: number;
  /** Suite: the paired comparison's p-value; overall: null. */
  pValue: number | null;
  /** Suite: the comparison's verdict; overall: within noise on every suite compared; null when never compared. */
  withinNoise: boolean | null;
  /** Suite: items the comparison says would detect the gap; null otherwise. */
  itemsNeeded: number | null;
  /** Items both models answered (suite only). */
  n: number | null;
  /** Overall only: suites where the gap is significant, of those compared. */
  significantSuites: number | null;
  comparedSuites: number | null;
  /** modelId's cost / versus's; null when either is unknown. */
  costRatio: number | null;
}

export interface UseCaseRecommendation {
  /** Null for the whole run. */
  suite: string | null;
  costBasis: "correct" | "answer";
  candidates: RecommendationCandidate[];
  /** Pareto-optimal model ids, best quality first. */
  pareto: string[];
  /** The highest-scoring Pareto model. */
  best: string | null;
  /** What to use: a cheaper Pareto model within noise of the best, else the best. */
  choice: string | null;
  gaps: RecommendationGap[];
  verdict: Record<ReportLanguage, string>;
}

export interface Recommendation {
  overall: UseCaseRecommendation;
  suites: UseCaseRecommendation[];
}

/** What the recommendation reads of the report. */
export type RecommendationInput = Pick<Report, "suites" | "entries" | "overview" | "comparisons" | "breakEven">;

export function recommend(report: RecommendationInput): Recommendation {
  const pairs = report.breakEven?.pairs ?? [];
  const suites = report.suites.map((suite) => {
    const entries = report.entries.filter((e) => e.suite === suite.name && e.score !== null);
    const basis = entries.every((e) => e.costUsd === null || e.costPerCorrectUsd !== null) ? "correct" : "answer";
    const candidates = entries.map((e) => ({
      modelId: e.modelId,
      quality: e.score!,
      cost: basis === "correct" ? e.costPerCorrectUsd : e.costUsd === null || e.n === 0 ? null : e.costUsd / e.n,
      latencyP50Ms: e.latencyP50Ms,
    }));
    const gapOf = (model: string, versus: string, quality: number, cost: number | null, vQuality: number, vCost: number | null): RecommendationGap => {
      const row = comparisonOf(report.comparisons, suite.name, model, versus);
      return {
        modelId: model,
        versus,
        difference: row ? signedDifference(row, model) : quality - vQuality,
        pValue: row ? row.pValue : null,
        withinNoise: row ? row.withinNoise : null,
        itemsNeeded: row ? row.itemsNeeded : null,
        n: row ? row.n : null,
        significantSuites: null,
        comparedSuites: null,
        costRatio: ratio(cost, vCost),
      };
    };
    return useCase(suite.name, basis, candidates, gapOf, pairs);
  });
  const overallCandidates = report.overview
    .filter((o) => o.quality !== null)
    .map((o) => ({
      modelId: o.modelId,
      quality: o.quality!,
      cost: o.costPer1kAnswersUsd === null ? null : o.costPer1kAnswersUsd / 1000,
      latencyP50Ms: o.latency?.p50 ?? null,
    }));
  const overallGap = (model: string, versus: string, quality: number, cost: number | null, vQuality: number, vCost: number | null): RecommendationGap => {
    const rows = report.suites.flatMap((s) => comparisonOf(report.comparisons, s.name, model, versus) ?? []);
    const significant = rows.filter((row) => !row.withinNoise).length;
    return {
      modelId: model,
      versus,
      difference: quality - vQuality,
      pValue: null,
      withinNoise: rows.length === 0 ? null : significant === 0,
      itemsNeeded: null,
      n: null,
      significantSuites: significant,
      comparedSuites: rows.length,
      costRatio: ratio(cost, vCost),
    };
  };
  return { overall: useCase(null, "answer", overallCandidates, overallGap, pairs), suites };
}

type Point = Omit<RecommendationCandidate, "paretoOptimal">;
type GapFn = (model: string, versus: string, quality: number, cost: number | null, vQuality: number, vCost: number | null) => RecommendationGap;

/**
 * q dominates p when it is at least as good on every axis and better on one. An unknown cost (or latency) is
 * comparable only with another unknown one: a model without a price is never dropped for being dearer.
 */
function dominates(q: Point, p: Point): boolean {
  const noWorse = (a: number | null, b: number | null) => (a === null && b === null) || (a !== null && b !== null && a <= b);
  if (!(q.quality >= p.quality && noWorse(q.cost, p.cost) && noWorse(q.latencyP50Ms, p.latencyP50Ms))) return false;
  const better = (a: number | null, b: number | null) => a !== null && b !== null && a < b;
  return q.quality > p.quality || better(q.cost, p.cost) || better(q.latencyP50Ms, p.latencyP50Ms);
}

/** Best quality first, then cheaper (unknown last), then model id. */
function byQuality(a: Point, b: Point): number {
  return b.quality - a.quality || (a.cost ?? Infinity) - (b.cost ?? Infinity) || (a.modelId < b.modelId ? -1 : a.modelId > b.modelId ? 1 : 0);
}

function useCase(suite: string | null, costBasis: "correct" | "answer", points: Point[], gapOf: GapFn, pairs: readonly BreakEvenPair[]): UseCaseRecommendation {
  const candidates: RecommendationCandidate[] = points.map((p) => ({ ...p, paretoOptimal: !points.some((q) => q !== p && dominates(q, p)) }));
  const pareto = candidates.filter((c) => c.paretoOptimal).sort(byQuality);
  const best = pareto[0] ?? null;
  let choice = best;
  if (best && best.cost !== null) {
    const cheaper = pareto
      .filter((c) => c !== best && c.cost !== null && c.cost < best.cost!)
      .filter((c) => gapOf(c.modelId, best.modelId, c.quality, c.cost, best.quality, best.cost).withinNoise === true)
      .sort((a, b) => a.cost! - b.cost! || byQuality(a, b));
    if (cheaper[0]) choice = cheaper[0];
  }
  const gaps: RecommendationGap[] = [];
  if (choice) {
    const hosted = new Set(pairs.filter((pair) => pair.apiModel === choice!.modelId).map((pair) => pair.hostedModel));
    const others = [...pareto.filter((c) => c !== choice), ...candidates.filter((c) => !c.paretoOptimal && hosted.has(c.modelId))];
    for (const other of others) gaps.push(gapOf(other.modelId, choice.modelId, other.quality, other.cost, choice.quality, choice.cost));
  }
  const partial = { suite, costBasis, candidates, pareto: pareto.map((c) => c.modelId), best: best?.modelId ?? null, choice: choice?.modelId ?? null, gaps };
  const verdict = Object.fromEntries(REPORT_LANGUAGES.map((language) => [language, verdictText(partial, pairs, language)])) as Record<ReportLanguage, string>;
  return { ...partial, verdict };
}

function comparisonOf(comparisons: readonly ReportComparison[], suite: string, x: string, y: string): ReportComparison | undefined {
  return comparisons.find((c) => c.suite === suite && c.n > 0 && ((c.modelA === x && c.modelB === y) || (c.modelA === y && c.modelB === x)));
}

/** The comparison's difference as `model` − the other. */
function signedDifference(row: ReportComparison, model: string): number {
  return row.modelA === model ? row.difference.estimate : -row.difference.estimate;
}

function ratio(cost: number | null, versus: number | null): number | null {
  return cost === null || versus === null || !(versus > 0) ? null : cost / versus;
}

/** The verdict in one language, from the message table's templates: deterministic for the same report. */
export function verdictText(rec: Omit<UseCaseRecommendation, "verdict">, pairs: readonly BreakEvenPair[], language: ReportLanguage): string {
  const m = messagesFor(language);
  const f = numberFormat(m);
  const r = m.recommendation;
  const scope = rec.suite === null ? r.overall : r.onSuite(rec.suite);
  if (rec.choice === null || rec.best === null) return r.none(scope);
  const sentences: string[] = [];
  const gapTo = (model: string) => rec.gaps.find((g) => g.modelId === model);
  if (rec.candidates.length === 1) sentences.push(r.only(rec.choice, scope));
  else if (rec.choice !== rec.best) {
    const gap = gapTo(rec.best)!;
    // gap is best − choice; the sentence speaks of the choice against the best.
    const inverse = { ...gap, difference: -gap.difference, costRatio: gap.costRatio === null || gap.costRatio === 0 ? null : 1 / gap.costRatio };
    const tell = gap.itemsNeeded !== null && gap.n !== null && gap.itemsNeeded > gap.n ? r.itemsWouldTell(f.count(gap.itemsNeeded)) : "";
    sentences.push(r.cheaperWithinNoise(rec.choice, rec.best, scope, r.evidence(f.points(inverse.difference), noiseText(inverse, m, f)) + tell, costText(inverse.costRatio, m, f)));
  } else sentences.push(r.best(rec.choice, scope));
  for (const gap of rec.gaps) {
    if (gap.modelId === rec.best && rec.choice !== rec.best) continue;
    const amount = `${f.decimal(Math.abs(gap.difference) * 100, 1)} pt`;
    const direction = gap.difference > 0 ? r.higher(amount) : gap.difference < 0 ? r.lower(amount) : r.level;
    const pair = pairs.find((p) => p.hostedModel === gap.modelId && p.apiModel === rec.choice);
    if (pair) {
      const from = pair.breakEvenMonthlyTokens;
      sentences.push(from === null ? r.neverSelfHost(gap.modelId, direction, noiseText(gap, m, f), rec.choice) : r.selfHost(gap.modelId, direction, noiseText(gap, m, f), rec.choice, compact(from, m)));
      continue;
    }
    const clauses: string[] = [];
    if (gap.costRatio !== null && gap.costRatio !== 1) clauses.push(costText(gap.costRatio, m, f));
    const own = rec.candidates.find((c) => c.modelId === gap.modelId)?.latencyP50Ms ?? null;
    const chosen = rec.candidates.find((c) => c.modelId === rec.choice)?.latencyP50Ms ?? null;
    if (own !== null && chosen !== null && own !== chosen) clauses.push(own < chosen ? r.faster(f.ms(own), f.ms(chosen)) : r.slower(f.ms(own), f.ms(chosen)));
    sentences.push(r.tradeOff(gap.modelId, direction, noiseText(gap, m, f), clauses));
  }
  const dominated = rec.candidates.filter((c) => !c.paretoOptimal && !rec.gaps.some((g) => g.modelId === c.modelId)).map((c) => c.modelId);
  if (dominated.length > 0) sentences.push(r.dominated(dominated.join(", ")));
  return sentences.join(" ");
}

function noiseText(gap: Pick<RecommendationGap, "pValue" | "withinNoise" | "significantSuites" | "comparedSuites">, m: Messages, f: NumberFormat): string {
  const p = f.pValue(gap.pValue);
  const pText = p.startsWith("<") ? `p ${p}` : `p = ${p}`;
  const r = m.recommendation;
  if (gap.withinNoise === null) return r.notCompared;
  if (gap.comparedSuites !== null && gap.significantSuites !== null) {
    return gap.significantSuites === 0 ? r.noiseEverySuite : r.significantOn(f.count(gap.significantSuites), f.count(gap.comparedSuites));
  }
  return gap.withinNoise ? r.withinNoise(pText) : r.significant(pText);
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

function compact(value: number, m: Messages): string {
  return new Intl.NumberFormat(m.locale, { notation: "compact", maximumSignificantDigits: 2 }).format(value);
}
