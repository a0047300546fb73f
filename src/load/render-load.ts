import Table from "cli-table3";
import { formatUsd } from "../report/format-usd.js";
import type { ApiComparison, HardwareCost, LevelCost } from "./level-cost.js";
import type { LoadResult } from "./run-load.js";
import { SATURATED_LOOP } from "./client-usage.js";
import { profileLabel, type ClientUsage, type TtftSlo } from "./types.js";

export interface LoadView {
  result: LoadResult;
  slo?: TtftSlo;
  hardware?: HardwareCost;
  costs?: LevelCost[];
  comparisons?: ApiComparison[];
}

const style = { head: [], border: [] };

/** The sweep as terminal tables: one row per level (the chosen one starred), then cost against API models. */
export function renderLoad(view: LoadView): string {
  const { result } = view;
  const withCost = view.costs !== undefined;
  const head = [
    "level", "requests", "errors", "in flight", "req/s", "out tok/s", "in tok/s", "TTFT p50", "p95", "p99", "ITL p50", "p95", "client CPU",
  ];
  const table = new Table({
    head: [...head, ...(withCost ? ["$/1M out", "$/1M all"] : [])],
    colAligns: head.map(() => "right" as const).concat(withCost ? ["right", "right"] : []),
    style,
  });
  const chosen = result.choice ? profileLabel(result.choice.profile) : undefined;
  for (const level of result.levels) {
    const label = profileLabel(level.profile);
    const cost = view.costs?.find((c) => profileLabel(c.profile) === label);
    table.push([
      `${label}${label === chosen ? " *" : ""}${level.client.bound ? " !" : ""}`,
      String(level.completed),
      level.errors > 0 ? `${level.errors} (${Object.entries(level.errorKinds).map(([k, n]) => `${n} ${k}`).join(", ")})` : "0",
      String(level.peakInFlight),
      level.requestsPerSecond.toFixed(2),
      level.outputTokensPerSecond.toFixed(1),
      level.inputTokensPerSecond.toFixed(1),
      ms(level.ttftMs.p50),
      ms(level.ttftMs.p95),
      ms(level.ttftMs.p99),
      ms(level.itlMs.p50, 1),
      ms(level.itlMs.p95, 1),
      clientCpu(level.client),
      ...(withCost ? [usd(cost?.outputPerMillion), usd(cost?.blendedPerMillion)] : []),
    ]);
  }
  const lines = [`load test of ${result.model}`, table.toString()];
  if (result.choice) lines.push(`* run at ${chosen}: ${result.choice.reason}`);
  if (result.levels.some((level) => level.client.bound)) {
    lines.push(`! client-bound — figures are a lower bound: kurabe's own busiest thread was ≥ ${SATURATED_LOOP * 100}% busy`);
  }
  else if (view.slo) lines.push(`no level met TTFT p${view.slo.percentile} ≤ ${view.slo.ms} ms without errors`);
  if (result.interrupted) lines.push("stopped by the user: levels not shown did not finish");
  if (view.hardware) {
    const { description, hourlyUsd, utilisation } = view.hardware;
    lines.push(
      `cost: ${description}, $${hourlyUsd}/h at ${Math.round(utilisation * 100)}% utilisation; ` +
        `"$/1M out" charges all GPU time to output tokens at the measured input:output mix`,
    );
  }
  if (view.comparisons?.length) lines.push(renderComparisons(view.comparisons));
  return lines.join("\n");
}

function renderComparisons(comparisons: readonly ApiComparison[]): string {
  const table = new Table({
    head: ["API model", "API $/1M", "self-hosted $/1M", "break-even tokens/month", "replicas", "cheaper from"],
    colAligns: ["left", "right", "right", "right", "right", "right"],
    style,
  });
  for (const c of comparisons) {
    table.push([
      c.model,
      formatUsd(c.apiUsdPerMillion),
      formatUsd(c.selfHostedUsdPerMillion),
      c.breakEvenMonthlyTokens === null ? "never" : tokens(c.breakEvenMonthlyTokens),
      c.replicasAtBreakEven === null ? "–" : String(c.replicasAtBreakEven),
      c.selfHostedCheaperFrom === null ? "–" : tokens(c.selfHostedCheaperFrom),
    ]);
  }
  return [
    "self-hosting at the chosen level vs API list prices (per 1M tokens at the measured mix; one always-on replica at least):",
    table.toString(),
  ].join("\n");
}

/** `38%`, or `142% (2 threads)` when worker threads sent the level. */
function clientCpu(client: ClientUsage): string {
  const cpu = `${Math.round(client.cpuPercent)}%`;
  return client.threads > 1 ? `${cpu} (${client.threads} threads)` : cpu;
}

function usd(value: number | null | undefined): string {
  return value === null || value === undefined ? "–" : formatUsd(value);
}

function ms(value: number | null, digits = 0): string {
  if (value === null) return "–";
  return value >= 10_000 ? `${(value / 1000).toFixed(1)}s` : `${value.toFixed(digits)}ms`;
}

function tokens(count: number): string {
  if (count >= 1e9) return `${(count / 1e9).toFixed(2)}B`;
  if (count >= 1e6) return `${(count / 1e6).toFixed(1)}M`;
  if (count >= 1e3) return `${(count / 1e3).toFixed(1)}k`;
  return String(Math.round(count));
}
