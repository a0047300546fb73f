import type { LevelChoice, LevelResult, TtftSlo } from "./types.js";

/**
 * The level to run at: the highest output throughput among error-free levels, and with an SLO only among those whose
 * TTFT at the SLO's percentile is within budget. Undefined when no level qualifies.
 */
export function selectLevel(levels: readonly LevelResult[], slo?: TtftSlo): LevelChoice | undefined {
  const key = slo ? (`p${slo.percentile}` as const) : undefined;
  const eligible = levels.filter((level) => {
    if (level.errors > 0 || level.completed === 0) return false;
    if (!slo || !key) return true;
    const ttft = level.ttftMs[key];
    return ttft !== null && ttft <= slo.ms;
  });
  const best = eligible.reduce<LevelResult | undefined>(
    (top, level) => (top === undefined || level.outputTokensPerSecond > top.outputTokensPerSecond ? level : top),
    undefined,
  );
  if (!best) return undefined;
  const within = slo ? `, TTFT p${slo.percentile} ${Math.round(best.ttftMs[key!]!)} ms ≤ ${slo.ms} ms` : "";
  return { profile: best.profile, reason: `highest output tokens/s without errors${within}` };
}
