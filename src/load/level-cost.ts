import { breakEven, type BreakEven } from "../analysis/cost/break-even.js";
import type { Replica } from "../analysis/cost/replica.js";
import { selfHostedPrice } from "../analysis/cost/self-hosted-price.js";
import type { PriceConfig } from "../config/schema.js";
import type { LevelResult, LoadProfile } from "./types.js";

/** What the serving hardware costs, however it was given. */
export interface HardwareCost {
  hourlyUsd: number;
  utilisation: number;
  /** e.g. `2 × h100-sxm: 2 × lambda gpu_1x_h100_sxm5`, or `--hourly`. */
  description: string;
}

export interface LevelCost {
  profile: LoadProfile;
  /** USD per 1M output tokens with the prompts they came with (the measured mix) included. */
  outputPerMillion: number;
  /** USD per 1M tokens, input and output together. */
  blendedPerMillion: number | null;
  /** Input tokens per output token of the measurement. */
  inputPerOutput: number | null;
}

/** The replica a level describes: the hardware at that level's measured rates. */
export function replicaOf(level: LevelResult, hardware: HardwareCost): Replica {
  return {
    hourlyUsd: hardware.hourlyUsd,
    utilisation: hardware.utilisation,
    throughput: {
      basis: "measured",
      outputTokensPerSecond: level.outputTokensPerSecond,
      ...(level.inputTokensPerSecond > 0 ? { inputTokensPerSecond: level.inputTokensPerSecond } : {}),
    },
  };
}

/** Cost per 1M tokens at each level that produced output. */
export function levelCosts(levels: readonly LevelResult[], hardware: HardwareCost): LevelCost[] {
  return levels
    .filter((level) => level.outputTokensPerSecond > 0)
    .map((level) => {
      const cost = selfHostedPrice(replicaOf(level, hardware));
      return {
        profile: level.profile,
        outputPerMillion: cost.price.output,
        blendedPerMillion: cost.blendedPerMillion ?? null,
        inputPerOutput: cost.inputPerOutput ?? null,
      };
    });
}

export interface ApiComparison extends BreakEven {
  model: string;
  /** Self-hosting's USD per 1M tokens at the measured mix, to set beside `apiUsdPerMillion`. */
  selfHostedUsdPerMillion: number;
}

/** API models against self-hosting at one level's throughput and token mix (one always-on replica at least). */
export function compareWithApi(
  level: LevelResult,
  hardware: HardwareCost,
  apis: ReadonlyArray<{ model: string; price: PriceConfig }>,
): ApiComparison[] {
  const replica = replicaOf(level, hardware);
  const self = selfHostedPrice(replica);
  const mix = { input: level.inputTokensPerSecond, output: level.outputTokensPerSecond };
  return apis.map(({ model, price }) => ({
    model,
    selfHostedUsdPerMillion: self.blendedPerMillion ?? self.price.output,
    ...breakEven({ api: price, replica, mix }),
  }));
}
