import type { PriceConfig } from "../config/schema.js";
import type { Usage } from "../models/types.js";

/**
 * Cost of one call in USD. Cached input tokens are part of inputTokens and billed at the cached price when one is
 * known; reasoning tokens are part of outputTokens (as OpenAI, Anthropic and Google bill them) unless a separate
 * reasoning price is given.
 */
export function costOfUsage(usage: Usage, price: PriceConfig): number {
  const cached = Math.min(usage.cachedInputTokens ?? 0, usage.inputTokens);
  const reasoning = price.reasoning === undefined ? 0 : Math.min(usage.reasoningTokens ?? 0, usage.outputTokens);
  const input = (usage.inputTokens - cached) * price.input + cached * (price.cachedInput ?? price.input);
  const output = (usage.outputTokens - reasoning) * price.output + reasoning * (price.reasoning ?? price.output);
  return (input + output) / 1_000_000;
}

/** Cost in USD of `tokens` embedding tokens at an embedding model's price (USD per 1M input tokens). */
export function costOfEmbedding(tokens: number, usdPerMillion: number): number {
  return (tokens * usdPerMillion) / 1_000_000;
}
