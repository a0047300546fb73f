import { fixedMonthlyOf, replicaOf } from "../../analysis/decision/model-pricing.js";
import { breakEven, monthlyCostAt, type BreakEvenInput } from "../../analysis/cost/break-even.js";
import type { TokenCounts } from "../../analysis/cost/replica.js";
import type { HostingConfig, PriceConfig } from "../../config/schema.js";
import type { BreakEvenPair, BreakEvenSeries } from "./report-types.js";

/**
 * The break-even series the report builds itself when kurabe.yaml gives a model `hosting:`: every priced API model
 * against every self-hosted one, at the run's measured input:output token mix (src/analysis/cost/break-even.ts).
 */

/** What the builder needs of the run; all of it is in the store. */
export interface BreakEvenSource {
  /** Model ids in config order with the price the run used (null: none known). */
  models: ReadonlyArray<{ modelId: string; price: PriceConfig | null }>;
  /** `hosting:` of the models that have one. */
  hosting: ReadonlyMap<string, HostingConfig>;
  /** Tokens of every answer of the run, all models together: the workload's mix. */
  mix: TokenCounts;
  /** Median output tokens per second measured in the run, by model (the fallback throughput). */
  measuredOutputTokensPerSecond: ReadonlyMap<string, number>;
}

export const VOLUME_UNIT = "tokens / month";
const MAX_STEPS = 200;

export const apiOptionName = (modelId: string) => `${modelId} (API)`;
export const hostedOptionName = (modelId: string) => `${modelId} (self-hosted)`;

/** The break-even inputs, one per (priced API model, hosted model with a known replica), in config order. */
export function breakEvenInputs(source: BreakEvenSource): Array<{ apiModel: string; hostedModel: string; input: BreakEvenInput }> {
  if (!(source.mix.input + source.mix.output > 0)) return [];
  const apis = source.models.filter((m) => m.price !== null && !source.hosting.has(m.modelId));
  const pairs: Array<{ apiModel: string; hostedModel: string; input: BreakEvenInput }> = [];
  for (const hosted of source.models) {
    const hosting = source.hosting.get(hosted.modelId);
    if (!hosting) continue;
    const replica = replicaOf(hosting, source.measuredOutputTokensPerSecond.get(hosted.modelId));
    if (!replica) continue;
    for (const api of apis) {
      pairs.push({
        apiModel: api.modelId,
        hostedModel: hosted.modelId,
        input: { api: api.price!, replica, mix: { ...source.mix }, fixedMonthlyUsd: fixedMonthlyOf(hosting) },
      });
    }
  }
  return pairs;
}

/** The series the break-even chart and table render; null without a hosted model and a priced API model. */
export function buildBreakEvenSeries(source: BreakEvenSource): BreakEvenSeries | null {
  const inputs = breakEvenInputs(source);
  if (inputs.length === 0) return null;
  const results = inputs.map((pair) => ({ ...pair, result: breakEven(pair.input) }));
  const last = Math.max(...results.map((r) => r.result.curve.at(-1)!.monthlyTokens));
  const volumes = new Set<number>();
  const even = 40;
  for (let i = 0; i <= even; i++) volumes.add((last * i) / even);
  for (const { result } of results) {
    for (const mark of [result.breakEvenMonthlyTokens, result.selfHostedCheaperFrom]) if (mark !== null && mark <= last) volumes.add(mark);
    const steps = Math.floor(last / result.replicaMonthlyTokens);
    if (steps <= MAX_STEPS) {
      for (let n = 1; n <= steps; n++) {
        volumes.add(n * result.replicaMonthlyTokens);
        volumes.add(n * result.replicaMonthlyTokens + 1);
      }
    }
  }
  // Each option's cost comes from one of its pairs: an API's cost does not depend on the replica, nor a replica's on the API.
  const apiInput = new Map<string, BreakEvenInput>();
  const hostedInput = new Map<string, BreakEvenInput>();
  for (const pair of inputs) {
    if (!apiInput.has(pair.apiModel)) apiInput.set(pair.apiModel, pair.input);
    if (!hostedInput.has(pair.hostedModel)) hostedInput.set(pair.hostedModel, pair.input);
  }
  const options = [...[...apiInput.keys()].map(apiOptionName), ...[...hostedInput.keys()].map(hostedOptionName)];
  const points = [...volumes]
    .filter((v) => v <= last)
    .sort((a, b) => a - b)
    .map((volume) => {
      const monthlyUsd: Record<string, number> = {};
      for (const [model, input] of apiInput) monthlyUsd[apiOptionName(model)] = monthlyCostAt(input, volume).apiUsd;
      for (const [model, input] of hostedInput) monthlyUsd[hostedOptionName(model)] = monthlyCostAt(input, volume).selfHostedUsd;
      return { volume, monthlyUsd };
    });
  const pairs: BreakEvenPair[] = results.map(({ apiModel, hostedModel, result }) => ({
    apiModel,
    hostedModel,
    apiOption: apiOptionName(apiModel),
    hostedOption: hostedOptionName(hostedModel),
    apiUsdPerMillion: result.apiUsdPerMillion,
    replicaMonthlyUsd: result.replicaMonthlyUsd,
    replicaMonthlyTokens: result.replicaMonthlyTokens,
    breakEvenMonthlyTokens: result.breakEvenMonthlyTokens,
    selfHostedCheaperFrom: result.selfHostedCheaperFrom,
  }));
  return { volumeUnit: VOLUME_UNIT, options, points, pairs };
}
