import type { Interval } from "../types.js";

/**
 * How kurabe decides which model to use on a use case (one suite, or the whole run) — the same rule for both:
 *
 * 1. The leader is the model with the highest score. Models tied on it are all named (`tied`): the cheapest per
 *    answer of them leads, then the fastest p50, then the first by id (`tieBreak` says which settled it).
 * 2. The Pareto set is over score (higher), cost per answer (lower) and p50 latency (lower); a model is in it when no
 *    other is at least as good on all three and better on one. An unknown cost or latency counts as the worst: a
 *    model without a price (neither `price:` nor `hosting:`) can never win on cost.
 * 3. A Pareto model cheaper or faster than the leader is an alternative. For each, the paired difference to the
 *    leader (one method, src/analysis/decision/paired-difference.ts) says:
 *    - significantly worse (its interval lies below 0): never recommended;
 *    - not significant, and the items would detect a gap of the margin (default 5 points): close enough;
 *    - not significant, but too few items: "not enough items: about N more needed" — the leader stays.
 * 4. The choice is the cheapest close-enough alternative (then the fastest), else the leader; what it gives up
 *    against the leader (points, cost, latency) is stated with it.
 */
export interface DecisionCandidate {
  modelId: string;
  score: number;
  costPerAnswerUsd: number | null;
  latencyP50Ms: number | null;
}

/** The paired difference of one candidate against another (candidate − other). */
export interface DecisionGap {
  n: number;
  difference: Interval;
  pValue: number;
  significant: boolean;
  /** Null when significant (src/analysis/decision/paired-difference.ts). */
  moreItemsForMargin: number | null;
  margin: number;
}

type AlternativeStatus = "close-enough" | "significantly-worse" | "not-enough-items" | "not-compared";

export interface Alternative {
  modelId: string;
  status: AlternativeStatus;
  /** modelId − leader; null when the two were never compared. */
  gap: DecisionGap | null;
}

/** What put the leader first among the models tied on its score; "id" when they cost and take the same. */
export type TieBreak = "cost" | "latency" | "id";

export interface Decision {
  leader: string;
  choice: string;
  /** The other models with the leader's score, in the order the tie-break ranks them (empty: no tie). */
  tied: string[];
  /** Null without a tie. */
  tieBreak: TieBreak | null;
  /** Best score first. */
  pareto: string[];
  /** Pareto models cheaper or faster than the leader, with what the rule found; cheapest first. */
  alternatives: Alternative[];
  /** Models outside the Pareto set. */
  dominated: string[];
}

/** Null with no candidate. `gapOf(x, y)` is the paired difference x − y on the use case's items, null if none. */
export function decide(candidates: readonly DecisionCandidate[], gapOf: (x: string, y: string) => DecisionGap | null): Decision | null {
  if (candidates.length === 0) return null;
  const ranked = [...candidates].sort(byScore);
  const leader = ranked[0]!;
  const tied = ranked.filter((c) => c !== leader && sameScore(c, leader));
  const pareto = ranked.filter((c) => !candidates.some((q) => q !== c && dominates(q, c)));
  const alternatives = pareto
    .filter((c) => c !== leader && (less(c.costPerAnswerUsd, leader.costPerAnswerUsd) || (!less(leader.costPerAnswerUsd, c.costPerAnswerUsd) && less(c.latencyP50Ms, leader.latencyP50Ms))))
    .sort(byCost)
    .map((c): Alternative & { candidate: DecisionCandidate } => {
      const gap = gapOf(c.modelId, leader.modelId);
      return { modelId: c.modelId, status: statusOf(gap), gap, candidate: c };
    });
  const chosen = alternatives.find((a) => a.status === "close-enough");
  return {
    leader: leader.modelId,
    choice: chosen ? chosen.modelId : leader.modelId,
    tied: tied.map((c) => c.modelId),
    tieBreak: tied.length === 0 ? null : tieBreakOf(leader, tied[0]!),
    pareto: pareto.map((c) => c.modelId),
    alternatives: alternatives.map(({ candidate: _, ...rest }) => rest),
    dominated: ranked.filter((c) => !pareto.includes(c)).map((c) => c.modelId),
  };
}

function statusOf(gap: DecisionGap | null): AlternativeStatus {
  if (gap === null || gap.n === 0) return "not-compared";
  if (gap.significant) return gap.difference.estimate < 0 ? "significantly-worse" : "close-enough";
  return (gap.moreItemsForMargin ?? 0) > 0 ? "not-enough-items" : "close-enough";
}

/** a < b, both known. */
function less(a: number | null, b: number | null): boolean {
  return a !== null && b !== null && a < b;
}

/** q is at least as good as p on every axis and better on one; an unknown cost or latency counts as the worst. */
function dominates(q: DecisionCandidate, p: DecisionCandidate): boolean {
  const [qc, pc, ql, pl] = [q.costPerAnswerUsd, p.costPerAnswerUsd, q.latencyP50Ms, p.latencyP50Ms].map((v) => v ?? Infinity) as [number, number, number, number];
  const score = sameScore(q, p) ? 0 : q.score - p.score;
  if (!(score >= 0 && qc <= pc && ql <= pl)) return false;
  return score > 0 || qc < pc || ql < pl;
}

/**
 * Scores equal but for floating-point noise (a mean summed in another order): a tie. Scores that differ by an item
 * differ by far more (1/n).
 */
function sameScore(a: DecisionCandidate, b: DecisionCandidate): boolean {
  return Math.abs(a.score - b.score) < 1e-9;
}

function byScore(a: DecisionCandidate, b: DecisionCandidate): number {
  return sameScore(a, b) ? byCost(a, b) : b.score - a.score;
}

/** Which axis of byCost put `leader` before `next`, tied with it on score. */
function tieBreakOf(leader: DecisionCandidate, next: DecisionCandidate): TieBreak {
  if (costOrder(leader, next) !== 0) return "cost";
  return speedOrder(leader, next) !== 0 ? "latency" : "id";
}

/** Cheaper per answer first (unknown last), then faster, then name. */
function byCost(a: DecisionCandidate, b: DecisionCandidate): number {
  return costOrder(a, b) || speedOrder(a, b) || (a.modelId < b.modelId ? -1 : a.modelId > b.modelId ? 1 : 0);
}

function costOrder(a: DecisionCandidate, b: DecisionCandidate): number {
  const cost = (a.costPerAnswerUsd ?? Infinity) - (b.costPerAnswerUsd ?? Infinity);
  return Number.isNaN(cost) ? 0 : cost;
}

function speedOrder(a: DecisionCandidate, b: DecisionCandidate): number {
  const speed = (a.latencyP50Ms ?? Infinity) - (b.latencyP50Ms ?? Infinity);
  return Number.isNaN(speed) ? 0 : speed;
}
