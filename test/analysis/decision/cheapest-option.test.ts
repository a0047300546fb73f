import { describe, expect, it } from "vitest";
import { breakEven } from "../../../src/analysis/cost/break-even.js";
import { cheapestSegments, monthlyCost, type CostOption } from "../../../src/analysis/decision/cheapest-option.js";

const api = (id: string, perMillion: number): CostOption => ({ id, curve: { kind: "api", perToken: perMillion / 1e6 } });
const hosted = (id: string, capacity: number, replicaMonthly: number, fixed = 0): CostOption => ({
  id,
  curve: { kind: "self-hosted", capacity, replicaMonthly, fixed, minReplicas: 1 },
});

describe("the cheapest option at every volume", () => {
  it("gives the cheaper API model every volume from 0: a tie at 0 goes to the slower-growing cost", () => {
    expect(cheapestSegments([api("gpt-4o", 5), api("gpt-4o-mini", 0.3)], 1e10)).toEqual([{ fromVolume: 0, toVolume: 1e10, option: "gpt-4o-mini" }]);
  });

  it("hands over to a replica exactly where the API line meets its cost", () => {
    // $730 a month for a replica of 1e10 tokens; the API at $1 per 1M tokens costs $730 at 7.3e8 tokens.
    const segments = cheapestSegments([api("api", 1), hosted("gpu", 1e10, 730)], 1e10);
    expect(segments).toEqual([
      { fromVolume: 0, toVolume: 7.3e8, option: "api" },
      { fromVolume: 7.3e8, toVolume: 1e10, option: "gpu" },
    ]);
  });

  it("switches back to the API after a replica is added, when one more replica does not yet pay", () => {
    // The API at $1/M; a replica serves 1e9 tokens for $900: from 9e8 the replica wins, at 1e9 + ε two replicas
    // cost $1,800 and the API is cheaper again until 1.8e9, and so on while n replicas' $900·n exceeds (n − 1)e9 tokens.
    const segments = cheapestSegments([api("api", 1), hosted("gpu", 1e9, 900)], 5e9);
    expect(segments.map((s) => [Math.round(s.fromVolume / 1e7) / 100, s.option])).toEqual([
      [0, "api"], [0.9, "gpu"], [1, "api"], [1.8, "gpu"], [2, "api"], [2.7, "gpu"], [3, "api"], [3.6, "gpu"], [4, "api"], [4.5, "gpu"],
    ]);
  });

  it("agrees with the pairwise break-even on where self-hosting stays cheaper", () => {
    const input = { api: { input: 2.5, output: 10 }, replica: { hourlyUsd: 6.58, utilisation: 0.6, throughput: { outputTokensPerSecond: 1800, basis: "measured" as const } }, mix: { input: 350, output: 90 } };
    const pair = breakEven(input);
    const perToken = pair.apiUsdPerMillion / 1e6;
    const segments = cheapestSegments([{ id: "api", curve: { kind: "api", perToken } }, hosted("gpu", pair.replicaMonthlyTokens, pair.replicaMonthlyUsd)], 1e12);
    expect(segments.at(-1)!.option).toBe("gpu");
    expect(segments.at(-1)!.fromVolume).toBeCloseTo(pair.selfHostedCheaperFrom!, 0);
    expect(segments[1]!.fromVolume).toBeCloseTo(pair.breakEvenMonthlyTokens!, 0);
  });

  it("is the cheapest at every volume of a brute-force scan", () => {
    const options = [api("a", 2.5), api("b", 0.4), hosted("h1", 3e8, 300), hosted("h2", 2e9, 2000, 150)];
    const segments = cheapestSegments(options, 2e10);
    for (let i = 1; i <= 4000; i += 1) {
      const volume = (2e10 * i) / 4000;
      const segment = segments.find((s) => volume > s.fromVolume && volume <= s.toVolume)!;
      const best = Math.min(...options.map((o) => monthlyCost(o.curve, volume)));
      expect(monthlyCost(options.find((o) => o.id === segment.option)!.curve, volume)).toBeCloseTo(best, 6);
    }
  });
});
