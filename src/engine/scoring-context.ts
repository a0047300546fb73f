import { KurabeError, ProviderError } from "../errors.js";
import { scrubSecrets } from "../config/redact.js";
import type { ModelRequest } from "../models/types.js";
import type { ModelCall, ScoringContext } from "../scoring/types.js";
import type { EngineEvent } from "./events.js";
import type { Lane } from "./lane.js";

interface ScoringContextOptions {
  signal: AbortSignal;
  unsafeNoSandbox?: boolean;
  /** Values scrubbed from error messages (they can echo request headers). */
  secrets: readonly string[];
  onEvent(event: EngineEvent): void;
}

/**
 * What scorers reach the engine through: a judge's call goes out through the model's lane (its concurrency, rate
 * limits, retries, cache and cost). `laneOf` may make the lane on first use (a rescore opens only the judges it calls).
 */
export function scoringContext(
  laneOf: (modelId: string) => Lane | undefined | Promise<Lane | undefined>,
  options: ScoringContextOptions,
): ScoringContext {
  return {
    signal: options.signal,
    unsafeNoSandbox: options.unsafeNoSandbox ?? false,
    async callModel(modelId: string, request: ModelRequest): Promise<ModelCall> {
      const lane = await laneOf(modelId);
      if (!lane) throw new KurabeError("config", `no model "${modelId}" in the config to ask`);
      const outcome = await lane.call(request, 0);
      if (!outcome.ok) {
        const message = scrubSecrets(outcome.error.message, options.secrets);
        throw outcome.error instanceof ProviderError ? outcome.error : new KurabeError("internal", message);
      }
      if (outcome.costUsd) options.onEvent({ type: "spend", modelId, costUsd: outcome.costUsd });
      const costUsd = outcome.fromCache ? 0 : (outcome.costUsd ?? null);
      return { completion: outcome.completion, fromCache: outcome.fromCache, costUsd };
    },
  };
}
