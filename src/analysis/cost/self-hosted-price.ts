import type { PriceConfig } from "../../config/schema.js";
import { checkReplica, SECONDS_PER_HOUR, type Replica } from "./replica.js";

interface SelfHostedPrice {
  /**
   * USD per 1M tokens, usable wherever an API price is (costOfUsage, the leaderboard).
   * `separate` throughput: input and output each carry the GPU time they take.
   * `measured` throughput: all GPU time is charged to output tokens and input is 0, which prices any workload at the
   * measured input:output mix exactly; for another mix use breakEven, which models the mix.
   */
  price: PriceConfig;
  /** USD per 1M tokens, input and output together: measured throughput only (undefined without an input rate). */
  blendedPerMillion?: number;
  /** Input tokens per output token of the measurement: the mix `price` holds for. */
  inputPerOutput?: number;
  basis: Replica["throughput"]["basis"];
}

/** USD per token-per-second-for-a-paid-hour → USD per 1M tokens. */
function perMillion(hourlyUsd: number, tokensPerSecond: number, utilisation: number): number {
  return (hourlyUsd / (tokensPerSecond * SECONDS_PER_HOUR * utilisation)) * 1_000_000;
}

/**
 * What self-hosting costs per 1M tokens: the replica's hourly price over the tokens it serves in a paid hour
 * (throughput × 3600 × utilisation). The same arithmetic as GPU TCO calculators; GuideLLM reports the throughput.
 */
export function selfHostedPrice(replica: Replica): SelfHostedPrice {
  checkReplica(replica);
  const { hourlyUsd, utilisation, throughput } = replica;
  const output = perMillion(hourlyUsd, throughput.outputTokensPerSecond, utilisation);
  const inputRate = throughput.inputTokensPerSecond;
  if (throughput.basis === "separate") {
    const input = inputRate === undefined ? 0 : perMillion(hourlyUsd, inputRate, utilisation);
    return { price: { input, output }, basis: "separate" };
  }
  if (inputRate === undefined) return { price: { input: 0, output }, basis: "measured" };
  return {
    price: { input: 0, output },
    blendedPerMillion: perMillion(hourlyUsd, inputRate + throughput.outputTokensPerSecond, utilisation),
    inputPerOutput: inputRate / throughput.outputTokensPerSecond,
    basis: "measured",
  };
}
