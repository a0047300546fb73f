import type { PriceConfig } from "../config/schema.js";

/**
 * Known API models: list prices (USD per 1M tokens) and whether they take images. Source: LiteLLM's
 * model_prices_and_context_window.json, snapshot 2026-07-24 (Claude 3.5 entries: 2025-06-15), collected 2026-11-28.
 * Prices change: kurabe.yaml's `price:` overrides any entry, and a model missing here simply gets no cost.
 */
export interface CatalogEntry {
  provider: "openai" | "anthropic" | "google";
  price: PriceConfig;
  images: boolean;
  contextWindow?: number;
}

export const CATALOG_SOURCE = "LiteLLM price map, snapshot 2026-07-24 (collected 2026-11-28)";

const entries: Record<string, CatalogEntry> = {
  "gpt-4o": { provider: "openai", price: { input: 2.5, output: 10, cachedInput: 1.25 }, images: true, contextWindow: 128_000 },
  "gpt-4o-mini": { provider: "openai", price: { input: 0.15, output: 0.6, cachedInput: 0.075 }, images: true, contextWindow: 128_000 },
  "gpt-4.1": { provider: "openai", price: { input: 2, output: 8, cachedInput: 0.5 }, images: true },
  "gpt-4.1-mini": { provider: "openai", price: { input: 0.4, output: 1.6, cachedInput: 0.1 }, images: true },
  o1: { provider: "openai", price: { input: 15, output: 60, cachedInput: 7.5 }, images: true },
  o3: { provider: "openai", price: { input: 2, output: 8, cachedInput: 0.5 }, images: true },
  "o3-mini": { provider: "openai", price: { input: 1.1, output: 4.4, cachedInput: 0.55 }, images: false },
  "o4-mini": { provider: "openai", price: { input: 1.1, output: 4.4, cachedInput: 0.275 }, images: true },
  "claude-3-5-sonnet-20241022": { provider: "anthropic", price: { input: 3, output: 15, cachedInput: 0.3 }, images: true },
  "claude-3-5-haiku-20241022": { provider: "anthropic", price: { input: 0.8, output: 4, cachedInput: 0.08 }, images: true },
  "claude-3-haiku-20240307": { provider: "anthropic", price: { input: 0.25, output: 1.25, cachedInput: 0.03 }, images: true },
  "claude-sonnet-4-20250514": { provider: "anthropic", price: { input: 3, output: 15, cachedInput: 0.3 }, images: true },
  "claude-opus-4-20250514": { provider: "anthropic", price: { input: 15, output: 75, cachedInput: 1.5 }, images: true },
  "gemini-2.0-flash": { provider: "google", price: { input: 0.1, output: 0.4, cachedInput: 0.025 }, images: true },
  "gemini-2.5-flash": { provider: "google", price: { input: 0.3, output: 2.5, cachedInput: 0.03 }, images: true },
  "gemini-2.5-pro": { provider: "google", price: { input: 1.25, output: 10, cachedInput: 0.125 }, images: true },
};

export function lookupCatalog(provider: string, model: string): CatalogEntry | undefined {
  const entry = entries[model];
  return entry && entry.provider === provider ? entry : undefined;
}
