import type { PriceConfig } from "../../config/schema.js";
import { KurabeError } from "../../errors.js";
import { checkReplica, HOURS_PER_MONTH, replicaSecondsFor, SECONDS_PER_HOUR, type Replica, type TokenCounts } from "./replica.js";

export interface BreakEvenInput {
  /** The API model's price (USD per 1M tokens). */
  api: PriceConfig;
  /** Share of input tokens the API bills at its cached-input price (0–1); default 0. */
  cachedInputShare?: number;
  replica: Replica;
  /** The workload's input:output token ratio, e.g. the totals of a run ({ input: 912_000, output: 88_000 }). */
  mix: TokenCounts;
  /** Monthly cost besides the GPUs (amortised fine-tuning, operations); default 0. */
  fixedMonthlyUsd?: number;
  /** Replicas running even without traffic; default 1, an always-on deployment. */
  minReplicas?: number;
  hoursPerMonth?: number;
  /** The curve's last volume; default: twice the volume from which self-hosting stays cheaper (at least 4 replicas). */
  curveMaxMonthlyTokens?: number;
  /** Evenly spaced curve points, besides replica steps and break-even points; default 40. */
  curvePoints?: number;
}

/** Monthly cost of each option at one monthly volume (input + output tokens, at the mix). */
interface CostPoint {
  monthlyTokens: number;
  apiUsd: number;
  selfHostedUsd: number;
  replicas: number;
}

export interface BreakEven {
  /** The API's price per 1M tokens at the mix (cached share included). */
  apiUsdPerMillion: number;
  /** One replica for a month. */
  replicaMonthlyUsd: number;
  /** Tokens one replica serves in a month at the mix and utilisation. */
  replicaMonthlyTokens: number;
  /** The lowest monthly volume above zero at which self-hosting costs no more than the API; null if it never does. */
  breakEvenMonthlyTokens: number | null;
  replicasAtBreakEven: number | null;
  /**
   * From this volume on, self-hosting costs no more than the API at every larger volume. It can lie above the
   * break-even: just after a replica is added, the API may be cheaper again.
   */
  selfHostedCheaperFrom: number | null;
  /** For charts. At each replica step two points share a volume: the last one n replicas serve, then n + 1. */
  curve: CostPoint[];
}

/** The quantities every volume's cost is computed from. */
interface CostModel {
  /** API USD per token at the mix. */
  perToken: number;
  /** Replica capacity (tokens per month) and cost. */
  capacity: number;
  monthly: number;
  fixed: number;
  minReplicas: number;
}

// Replica counts come from ratios of floats: a volume of exactly n replicas' capacity must need n, not n + 1, while
// one token more must need n + 1. A relative tolerance far below one token in a replica-month does both.
const EPSILON = 1e-12;

function ceilTolerant(ratio: number): number {
  return Math.ceil(ratio - Math.abs(ratio) * EPSILON);
}

/** The API's price per token and one replica's capacity and cost, at the input's mix. */
export function costModelOf(input: BreakEvenInput): CostModel {
  checkReplica(input.replica);
  const { api, mix, replica } = input;
  const cached = input.cachedInputShare ?? 0;
  const hours = input.hoursPerMonth ?? HOURS_PER_MONTH;
  const minReplicas = input.minReplicas ?? 1;
  if (!(mix.input >= 0 && mix.output >= 0 && mix.input + mix.output > 0)) throw invalid("the token mix needs some tokens");
  if (!(cached >= 0 && cached <= 1)) throw invalid(`cached input share must be in [0, 1] (got ${cached})`);
  if (!(hours > 0)) throw invalid(`hours per month must be > 0 (got ${hours})`);
  if (!Number.isInteger(minReplicas) || minReplicas < 0) throw invalid(`minimum replicas must be a whole number ≥ 0 (got ${minReplicas})`);
  const total = mix.input + mix.output;
  const share = { input: mix.input / total, output: mix.output / total };
  const inputPrice = (1 - cached) * api.input + cached * (api.cachedInput ?? api.input);
  const perMillion = share.input * inputPrice + share.output * api.output;
  const secondsPerToken = replicaSecondsFor(share, replica.throughput);
  return {
    perToken: perMillion / 1_000_000,
    capacity: (hours * SECONDS_PER_HOUR * replica.utilisation) / secondsPerToken,
    monthly: replica.hourlyUsd * hours,
    fixed: input.fixedMonthlyUsd ?? 0,
    minReplicas,
  };
}

function replicasFor(model: CostModel, monthlyTokens: number): number {
  return Math.max(model.minReplicas, ceilTolerant(monthlyTokens / model.capacity));
}

function pointAt(model: CostModel, monthlyTokens: number, replicas = replicasFor(model, monthlyTokens)): CostPoint {
  return {
    monthlyTokens,
    apiUsd: model.perToken * monthlyTokens,
    selfHostedUsd: replicas * model.monthly + model.fixed,
    replicas,
  };
}

/** Monthly cost of both options at one volume. */
export function monthlyCostAt(input: BreakEvenInput, monthlyTokens: number): CostPoint {
  return pointAt(costModelOf(input), monthlyTokens);
}

/**
 * API vs self-hosting by monthly volume. The API costs perToken × V; self-hosting costs n × replicaMonthly + fixed
 * with n = max(minReplicas, ⌈V / capacity⌉), a step function. With gain = perToken × capacity − replicaMonthly (what a
 * full replica saves), step n holds a volume where self-hosting is no dearer iff n × gain ≥ fixed, at
 * V = (n × replicaMonthly + fixed) / perToken; a whole step m (from its first volume, (m − 1) × capacity) is no dearer
 * iff m × gain ≥ perToken × capacity + fixed. A gain ≤ 0 means more volume never pays for a replica.
 */
export function breakEven(input: BreakEvenInput): BreakEven {
  const model = costModelOf(input);
  const { perToken, capacity, monthly, fixed, minReplicas } = model;
  const gain = perToken * capacity - monthly;
  const first = Math.max(minReplicas, 1);
  const crossingIn = (n: number) => (n * monthly + fixed) / perToken;

  let breakEvenAt: number | null = null;
  let replicasAtBreakEven: number | null = null;
  let cheaperFrom: number | null = null;
  if (gain > 0) {
    replicasAtBreakEven = Math.max(first, ceilTolerant(fixed / gain));
    breakEvenAt = crossingIn(replicasAtBreakEven);
    // The first step that is no dearer from its very start; every later one is too.
    const wholeStep = Math.max(first + 1, ceilTolerant((perToken * capacity + fixed) / gain));
    const before = wholeStep - 1;
    const lower = before > first ? (before - 1) * capacity : 0;
    cheaperFrom = before * gain >= fixed * (1 - EPSILON) ? Math.max(lower, crossingIn(before)) : before * capacity;
  }

  const last = input.curveMaxMonthlyTokens ?? Math.max(2 * (cheaperFrom ?? breakEvenAt ?? 0), 4 * first * capacity);
  return {
    apiUsdPerMillion: perToken * 1_000_000,
    replicaMonthlyUsd: monthly,
    replicaMonthlyTokens: capacity,
    breakEvenMonthlyTokens: breakEvenAt,
    replicasAtBreakEven,
    selfHostedCheaperFrom: cheaperFrom,
    curve: curveOf(model, last, input.curvePoints ?? 40, [breakEvenAt, cheaperFrom]),
  };
}

/** At most this many replica steps are drawn; beyond it the even points alone describe the curve. */
const MAX_STEPS_DRAWN = 500;

function curveOf(model: CostModel, last: number, points: number, marks: Array<number | null>): CostPoint[] {
  const curve: CostPoint[] = [];
  for (let i = 0; i <= points; i++) curve.push(pointAt(model, (last * i) / Math.max(points, 1)));
  for (const mark of marks) if (mark !== null && mark <= last) curve.push(pointAt(model, mark));
  const steps = Math.floor(last / model.capacity);
  if (steps <= MAX_STEPS_DRAWN) {
    for (let n = Math.max(model.minReplicas, 1); n <= steps; n++) {
      curve.push(pointAt(model, n * model.capacity, n), pointAt(model, n * model.capacity, n + 1));
    }
  }
  curve.sort((a, b) => a.monthlyTokens - b.monthlyTokens || a.replicas - b.replicas);
  return curve.filter((p, i) => i === 0 || p.monthlyTokens !== curve[i - 1]!.monthlyTokens || p.replicas !== curve[i - 1]!.replicas);
}

function invalid(message: string): KurabeError {
  return new KurabeError("input", message);
}
