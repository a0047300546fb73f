import { describe, expect, it } from "vitest";
import { replicaSecondsFor, type Replica } from "../../../src/analysis/cost/replica.js";
import { selfHostedPrice } from "../../../src/analysis/cost/self-hosted-price.js";
import { costOfUsage } from "../../../src/engine/cost.js";
import { KurabeError } from "../../../src/errors.js";

describe("replicaSecondsFor", () => {
  const tokens = { input: 3000, output: 1000 };
  it.each([
    // 3000 / 3000 + 1000 / 500 = 1 + 2
    ["adds prefill and decode time for separate capacities", { basis: "separate", inputTokensPerSecond: 3000, outputTokensPerSecond: 500 }, 3],
    // max(3000 / 3000, 1000 / 500) = max(1, 2)
    ["takes the slower of the two for rates measured together", { basis: "measured", inputTokensPerSecond: 3000, outputTokensPerSecond: 500 }, 2],
    // 1000 / 500: input is inside the output rate
    ["counts output only when no input rate is known", { basis: "measured", outputTokensPerSecond: 500 }, 2],
  ] as const)("%s", (_, throughput, seconds) => {
    expect(replicaSecondsFor(tokens, throughput)).toBeCloseTo(seconds, 12);
  });
});

describe("selfHostedPrice", () => {
  it("prices each token kind by the GPU time it takes when capacities are separate", () => {
    // $2/h at 50% utilisation. Output: 1000 tok/s × 3600 s × 0.5 = 1.8M tokens per paid hour → 2 / 1.8 = $1.1111/1M.
    // Input: 10,000 tok/s × 3600 × 0.5 = 18M per paid hour → 2 / 18 = $0.1111/1M.
    const cost = selfHostedPrice({
      hourlyUsd: 2,
      utilisation: 0.5,
      throughput: { basis: "separate", outputTokensPerSecond: 1000, inputTokensPerSecond: 10_000 },
    });
    expect(cost.price.output).toBeCloseTo(2 / 1.8, 10);
    expect(cost.price.input).toBeCloseTo(2 / 18, 10);
    expect(cost.blendedPerMillion).toBeUndefined();
  });

  it("charges measured GPU time to output tokens, which prices the measured mix exactly", () => {
    // One H100 at $3.29/h, measured 2000 output and 6000 input tok/s together (mix 3:1), fully used.
    // Output per hour: 2000 × 3600 = 7.2M → 3.29 / 7.2 = $0.456944/1M output, input 0.
    // Blended: (2000 + 6000) × 3600 = 28.8M tokens per hour → 3.29 / 28.8 = $0.114236/1M.
    const replica: Replica = {
      hourlyUsd: 3.29,
      utilisation: 1,
      throughput: { basis: "measured", outputTokensPerSecond: 2000, inputTokensPerSecond: 6000 },
    };
    const cost = selfHostedPrice(replica);
    expect(cost.price).toEqual({ input: 0, output: expect.closeTo(3.29 / 7.2, 10) });
    expect(cost.blendedPerMillion).toBeCloseTo(3.29 / 28.8, 10);
    expect(cost.inputPerOutput).toBe(3);
    // One paid hour's tokens (21.6M in, 7.2M out) cost exactly the hour.
    expect(costOfUsage({ inputTokens: 21_600_000, outputTokens: 7_200_000 }, cost.price)).toBeCloseTo(3.29, 10);
  });

  it("prices output alone when the input rate is unknown", () => {
    const cost = selfHostedPrice({ hourlyUsd: 0.44, utilisation: 1, throughput: { basis: "measured", outputTokensPerSecond: 100 } });
    // 100 × 3600 = 360,000 tokens per hour → 0.44 / 0.36 = $1.2222/1M
    expect(cost.price.output).toBeCloseTo(0.44 / 0.36, 10);
    expect(cost.blendedPerMillion).toBeUndefined();
  });

  it.each([
    ["no utilisation", { utilisation: 0 }],
    ["utilisation above 1", { utilisation: 1.2 }],
    ["a negative hourly price", { hourlyUsd: -1 }],
    ["no throughput", { throughput: { basis: "measured", outputTokensPerSecond: 0 } }],
  ] as const)("refuses %s as an input error", (_, change) => {
    const replica = { hourlyUsd: 1, utilisation: 1, throughput: { basis: "measured", outputTokensPerSecond: 10 }, ...change } as Replica;
    expect(() => selfHostedPrice(replica)).toThrow(KurabeError);
  });
});
