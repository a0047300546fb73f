import { describe, expect, it } from "vitest";
import { compareWithApi, levelCosts } from "../../src/load/level-cost.js";
import { summariseLevel } from "../../src/load/summarise-level.js";
import { idleClient } from "./idle-client.js";
import type { LevelResult } from "../../src/load/types.js";

/** A level that moved 1000 output and 3000 input tokens per second. */
function measured(concurrency: number, outputTokensPerSecond: number, inputTokensPerSecond: number): LevelResult {
  const profile = { kind: "concurrency" as const, concurrency };
  return { ...summariseLevel({ profile, samples: [], durationMs: 1000, peakInFlight: concurrency, client: idleClient }), completed: 10, outputTokensPerSecond, inputTokensPerSecond };
}

describe("levelCosts", () => {
  it("turns each level's measured throughput into cost per 1M tokens", () => {
    // $1/h at full use: 1000 out tok/s × 3600 = 3.6M output tokens per hour → $0.2778/1M output;
    // (1000 + 3000) × 3600 = 14.4M tokens per hour → $0.0694/1M tokens; 3 input tokens per output token.
    const [cost] = levelCosts([measured(4, 1000, 3000)], { hourlyUsd: 1, utilisation: 1, description: "--hourly" });
    expect(cost).toEqual({
      profile: { kind: "concurrency", concurrency: 4 },
      outputPerMillion: expect.closeTo(1 / 3.6, 10),
      blendedPerMillion: expect.closeTo(1 / 14.4, 10),
      inputPerOutput: 3,
    });
  });

  it("leaves out levels that produced nothing", () => {
    expect(levelCosts([measured(1, 0, 0)], { hourlyUsd: 1, utilisation: 1, description: "" })).toEqual([]);
  });

  it("compares with API prices at the level's token mix", () => {
    // Mix 3:1; gpt-4o-mini costs 0.75 × 0.15 + 0.25 × 0.60 = $0.2625/1M; self-hosting $1/14.4 = $0.0694/1M.
    // A replica serves 4000 tok/s × 3600 × 730 = 10.512e9 tokens a month for $730 → break-even 730 / 0.2625e-6.
    const [comparison] = compareWithApi(measured(4, 1000, 3000), { hourlyUsd: 1, utilisation: 1, description: "" }, [
      { model: "openai:gpt-4o-mini", price: { input: 0.15, output: 0.6 } },
    ]);
    expect(comparison).toMatchObject({
      model: "openai:gpt-4o-mini",
      apiUsdPerMillion: expect.closeTo(0.2625, 10),
      selfHostedUsdPerMillion: expect.closeTo(1 / 14.4, 10),
      replicaMonthlyTokens: expect.closeTo(10.512e9, 0),
      breakEvenMonthlyTokens: expect.closeTo(730 / 0.2625e-6, 0),
    });
  });
});
