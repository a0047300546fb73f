import type Database from "better-sqlite3";
import { breakEven, monthlyCostAt, type BreakEvenInput } from "../../analysis/cost/break-even.js";
import { amortiseMonthly } from "../../analysis/cost/fine-tuning.js";
import type { Replica, TokenCounts } from "../../analysis/cost/replica.js";
import type { HostingConfig, PriceConfig } from "../../config/schema.js";
import { quoteGpus, resolveGpuType } from "../../models/gpu-catalog.js";
import type { ResultRow } from "../../store/queries.js";
import { percentile } from "../leaderboard.js";
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
export const DEFAULT_AMORTISE_MONTHS = 12;
const DEFAULT_UTILISATION = 0.5;
const MAX_STEPS = 200;

export const apiOptionName = (modelId: string) => `${modelId} (API)`;
export const hostedOptionName = (modelId: string) => `${modelId} (self-hosted)`;

/**
 * A hosted model's replica: hourly from `hourlyUsd` or the GPU catalog × `gpus`; throughput as declared (with an
 * input rate, the two rates are taken as separate capacities) or else the run's measured median output speed.
 * Null when no throughput is known.
 */
export function replicaOf(hosting: HostingConfig, measuredOutputTokensPerSecond: number | undefined): Replica | null {
  const gpus = hosting.gpus ?? 1;
  const hourlyUsd = hosting.hourlyUsd ?? (hosting.gpu === undefined ? undefined : quoteGpus(resolveGpuType(hosting.gpu), gpus).hourlyUsd);
  const output = hosting.outputTokensPerSecond ?? measuredOutputTokensPerSecond;
  if (hourlyUsd === undefined || output === undefined || !(output > 0)) return null;
  const input = hosting.inputTokensPerSecond;
  return {
    hourlyUsd,
    utilisation: hosting.utilisation ?? DEFAULT_UTILISATION,
    throughput: input === undefined ? { outputTokensPerSecond: output, basis: "measured" } : { outputTokensPerSecond: output, inputTokensPerSecond: input, basis: "separate" },
  };
}

/** Monthly share of a one-off fine-tuning cost (0 without one). */
export function fixedMonthlyOf(hosting: HostingConfig): number {
  return hosting.fineTuningUsd ? amortiseMonthly(hosting.fineTuningUsd, hosting.amortiseMonths ?? DEFAULT_AMORTISE_MONTHS) : 0;
}

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

/** Each model's `hosting:` as stored with the run (the redacted model config keeps it). */
export function loadModelHosting(db: Database.Database, runId: string): Map<string, HostingConfig> {
  const rows = db
    .prepare("SELECT model_id AS modelId, json_extract(config_json, '$.hosting') AS hosting FROM models WHERE run_id = ?")
    .all(runId) as Array<{ modelId: string; hosting: string | null }>;
  const hosting = new Map<string, HostingConfig>();
  for (const row of rows) {
    if (row.hosting === null) continue;
    const value = JSON.parse(row.hosting) as unknown;
    if (value && typeof value === "object" && !Array.isArray(value)) hosting.set(row.modelId, value as HostingConfig);
  }
  return hosting;
}

/** Gathers each model's output speeds from fresh answers as the leaderboard measures them, for their median. */
export class SpeedCollector {
  private readonly speeds = new Map<string, number[]>();

  add(row: ResultRow): void {
    if (row.status !== "ok" || row.fromCache || !row.outputTokens || row.totalMs === null) return;
    const decodeMs = row.totalMs - (row.ttftMs ?? 0);
    if (!(decodeMs > 0 && row.outputTokens > 1)) return;
    const list = this.speeds.get(row.modelId);
    const speed = (row.outputTokens - 1) / (decodeMs / 1000);
    if (list) list.push(speed);
    else this.speeds.set(row.modelId, [speed]);
  }

  medians(): Map<string, number> {
    return new Map([...this.speeds].map(([model, speeds]) => [model, percentile(speeds, 0.5)!]));
  }
}
