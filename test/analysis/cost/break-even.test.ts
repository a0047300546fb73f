import { describe, expect, it } from "vitest";
import { breakEven, monthlyCostAt, type BreakEvenInput } from "../../../src/analysis/cost/break-even.js";
import { amortiseMonthly, fineTuningCost } from "../../../src/analysis/cost/fine-tuning.js";

/**
 * The worked example used throughout. API: gpt-4o-mini ($0.15 in, $0.60 out per 1M). Mix 3:1, so shares 0.75 / 0.25
 * and the API costs 0.75 × 0.15 + 0.25 × 0.60 = 0.1125 + 0.15 = $0.2625 per 1M tokens.
 * Replica measured at 3000 input + 1000 output tok/s, fully used: one mix token takes max(0.75 / 3000, 0.25 / 1000) =
 * 0.00025 s, so a replica serves 730 h × 3600 s / 0.00025 = 10,512,000,000 tokens a month.
 */
const CAPACITY = 10_512_000_000;
const API_PER_TOKEN = 0.2625e-6;

function input(hourlyUsd: number, extra: Partial<BreakEvenInput> = {}): BreakEvenInput {
  return {
    api: { input: 0.15, output: 0.6 },
    mix: { input: 3, output: 1 },
    replica: { hourlyUsd, utilisation: 1, throughput: { basis: "measured", inputTokensPerSecond: 3000, outputTokensPerSecond: 1000 } },
    ...extra,
  };
}

describe("breakEven", () => {
  it("prices the API at the mix and a replica's month and capacity", () => {
    const result = breakEven(input(1));
    expect(result.apiUsdPerMillion).toBeCloseTo(0.2625, 12);
    expect(result.replicaMonthlyUsd).toBeCloseTo(730, 9); // $1/h × 730 h
    expect(result.replicaMonthlyTokens).toBeCloseTo(CAPACITY, 0);
  });

  it("finds the volume where one always-on replica costs what the API would", () => {
    // $730 a month / $0.2625e-6 per token = 2,780,952,380.95 tokens; below one replica's capacity, so 1 replica.
    // A full replica saves 0.2625e-6 × 10.512e9 − 730 = 2759.4 − 730 > 0 at every later step: cheaper from there on.
    const result = breakEven(input(1));
    expect(result.breakEvenMonthlyTokens).toBeCloseTo(730 / API_PER_TOKEN, 0);
    expect(result.replicasAtBreakEven).toBe(1);
    expect(result.selfHostedCheaperFrom).toBeCloseTo(730 / API_PER_TOKEN, 0);
  });

  it("adds amortised fine-tuning as a fixed monthly cost, which needs more replicas' volume to pay back", () => {
    // Fine-tuning on 10,000 GPU-hours at $3 = $30,000, over 6 months = $5,000 a month.
    // gain per full replica = 2759.4 − 730 = 2029.4; replicas n with n × 2029.4 ≥ 5000 → n = ⌈2.464⌉ = 3;
    // V = (3 × 730 + 5000) / 0.2625e-6 = 27,390,476,190.5, inside step 3 (21.024e9, 31.536e9].
    const fixedMonthlyUsd = amortiseMonthly(fineTuningCost({ kind: "gpu", gpuHours: 10_000, usdPerGpuHour: 3 }), 6);
    expect(fixedMonthlyUsd).toBe(5000);
    const result = breakEven(input(1, { fixedMonthlyUsd }));
    expect(result.replicasAtBreakEven).toBe(3);
    expect(result.breakEvenMonthlyTokens).toBeCloseTo(7190 / API_PER_TOKEN, 0);
  });

  it("reports where self-hosting stays cheaper when a new replica makes the API cheaper again", () => {
    // $3/h → $2,190 a month; gain = 2759.4 − 2190 = 569.4.
    // Break-even: n = 1, V = 2190 / 0.2625e-6 = 8,342,857,142.9 (< 10.512e9).
    // Just past one replica (10.512e9 + ε) the API costs $2,759.4 and two replicas $4,380: the API is cheaper again.
    // A whole step m is no dearer iff m × 569.4 ≥ 2759.4 → m ≥ 4.846 → 5; in step 4 self-hosting ($8,760) is no dearer
    // from 8760 / 0.2625e-6 = 33,371,428,571.4, above the step's start 3 × 10.512e9 = 31.536e9.
    const result = breakEven(input(3));
    expect(result.breakEvenMonthlyTokens).toBeCloseTo(2190 / API_PER_TOKEN, 0);
    expect(result.selfHostedCheaperFrom).toBeCloseTo(8760 / API_PER_TOKEN, 0);
    const justPastOne = monthlyCostAt(input(3), CAPACITY + 1);
    expect(justPastOne.replicas).toBe(2);
    expect(justPastOne.apiUsd).toBeLessThan(justPastOne.selfHostedUsd);
  });

  it("says never when a full replica costs more than the API charges for its tokens", () => {
    // gemini-2.0-flash ($0.10 / $0.40): 0.75 × 0.10 + 0.25 × 0.40 = $0.175/1M; a replica's tokens cost
    // 0.175e-6 × 10.512e9 = $1,839.6 at the API, less than its $2,190.
    const result = breakEven(input(3, { api: { input: 0.1, output: 0.4 } }));
    expect(result.breakEvenMonthlyTokens).toBeNull();
    expect(result.replicasAtBreakEven).toBeNull();
    expect(result.selfHostedCheaperFrom).toBeNull();
    expect(result.curve.every((point) => point.apiUsd < point.selfHostedUsd)).toBe(true);
  });

  it("bills the cached share of input at the cached price", () => {
    // gpt-4o ($2.50 in, $1.25 cached, $10 out), half the input cached: input 0.5 × 2.5 + 0.5 × 1.25 = 1.875;
    // 0.75 × 1.875 + 0.25 × 10 = 1.40625 + 2.5 = $3.90625/1M.
    const result = breakEven(input(1, { api: { input: 2.5, cachedInput: 1.25, output: 10 }, cachedInputShare: 0.5 }));
    expect(result.apiUsdPerMillion).toBeCloseTo(3.90625, 12);
  });

  it("adds input and output time for separate capacities", () => {
    // 0.75 / 5000 + 0.25 / 500 = 0.00015 + 0.0005 = 0.00065 s per mix token, at 50% utilisation:
    // 730 × 3600 × 0.5 / 0.00065 = 2,021,538,461.5 tokens a month.
    const result = breakEven(
      input(0.44, { replica: { hourlyUsd: 0.44, utilisation: 0.5, throughput: { basis: "separate", inputTokensPerSecond: 5000, outputTokensPerSecond: 500 } } }),
    );
    expect(result.replicaMonthlyTokens).toBeCloseTo((730 * 3600 * 0.5) / 0.00065, 0);
  });
});

describe("monthlyCostAt", () => {
  it.each([
    // no traffic still pays the always-on replica: 1 × $730
    [0, 1, 730],
    // exactly one replica's capacity needs one replica, not two
    [CAPACITY, 1, 730],
    [CAPACITY + 1, 2, 1460],
    // 2.5 replicas' worth → 3 replicas
    [2.5 * CAPACITY, 3, 2190],
  ])("at %d tokens a month runs %d replica(s) for $%d", (volume, replicas, usd) => {
    const point = monthlyCostAt(input(1), volume);
    expect(point.replicas).toBe(replicas);
    expect(point.selfHostedUsd).toBeCloseTo(usd, 9);
    expect(point.apiUsd).toBeCloseTo(volume * API_PER_TOKEN, 6);
  });

  it("keeps at least minReplicas running and none when scaled to zero", () => {
    expect(monthlyCostAt(input(1, { minReplicas: 2 }), 0).selfHostedUsd).toBeCloseTo(1460, 9);
    expect(monthlyCostAt(input(1, { minReplicas: 0, fixedMonthlyUsd: 100 }), 0)).toMatchObject({ replicas: 0, selfHostedUsd: 100 });
  });
});

describe("the break-even curve", () => {
  const result = breakEven(input(3));

  it("runs from no traffic to twice the volume where self-hosting stays cheaper, in order", () => {
    const volumes = result.curve.map((point) => point.monthlyTokens);
    expect(volumes[0]).toBe(0);
    expect(volumes.at(-1)).toBeCloseTo(2 * result.selfHostedCheaperFrom!, 0);
    expect(volumes).toEqual([...volumes].sort((a, b) => a - b));
  });

  it("draws each replica step as two points at the same volume", () => {
    const atStep = result.curve.filter((point) => Math.abs(point.monthlyTokens - CAPACITY) < 1);
    expect(atStep.map((point) => point.replicas)).toEqual([1, 2]);
  });

  it("holds the break-even point, where both options cost the same", () => {
    const point = result.curve.find((p) => p.monthlyTokens === result.breakEvenMonthlyTokens);
    expect(point?.apiUsd).toBeCloseTo(point!.selfHostedUsd, 6);
  });

  it("ends where the caller asks", () => {
    const short = breakEven(input(3, { curveMaxMonthlyTokens: 1e9, curvePoints: 4 }));
    expect(short.curve.map((p) => p.monthlyTokens)).toEqual([0, 0.25e9, 0.5e9, 0.75e9, 1e9]);
  });
});

describe("breakEven against a scan of volumes", () => {
  const cases = [0.5, 1, 2, 3, 3.29].flatMap((hourly) =>
    [0, 1000, 5000].flatMap((fixed) => [0, 1, 2].map((minReplicas) => ({ hourly, fixed, minReplicas }))),
  );

  it.each(cases)("$hourly/h, $fixed fixed, $minReplicas minimum replicas", ({ hourly, fixed, minReplicas }) => {
    const spec = input(hourly, { fixedMonthlyUsd: fixed, minReplicas });
    const result = breakEven(spec);
    const selfNoDearer = (volume: number) => {
      const point = monthlyCostAt(spec, volume);
      return point.selfHostedUsd <= point.apiUsd * (1 + 1e-12);
    };
    const from = result.selfHostedCheaperFrom;
    const at = result.breakEvenMonthlyTokens;
    if (at === null || from === null) {
      expect(at).toBeNull();
      // Never: not at any step's last volume either, where self-hosting is at its best.
      for (let n = 1; n <= 50; n++) expect(selfNoDearer(n * CAPACITY)).toBe(false);
      return;
    }
    // No dearer at the break-even, dearer at every traffic below it (sampled finely, and at every step's last volume;
    // no traffic at all costs nothing either way when replicas scale to zero).
    expect(selfNoDearer(at)).toBe(true);
    for (let i = 1; i < 2000; i++) expect(selfNoDearer((at * i) / 2000)).toBe(false);
    for (let n = 1; n * CAPACITY < at; n++) expect(selfNoDearer(n * CAPACITY)).toBe(false);
    // No dearer from `from` on, sampled and just past every step; dearer just below it (unless it is the break-even).
    const stepsPast = Array.from({ length: 40 }, (_, n) => (Math.floor(from / CAPACITY) + n) * CAPACITY + 1);
    for (const volume of [from, from * 1.001, from * 1.5, from * 3, ...stepsPast.filter((v) => v > from)]) {
      expect(selfNoDearer(volume)).toBe(true);
    }
    if (from > at) expect(selfNoDearer(from * (1 - 1e-9))).toBe(false);
  });
});
