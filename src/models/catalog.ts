import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { priceSchema, type PriceConfig } from "../config/schema.js";
import { ConfigError } from "../errors.js";

/**
 * Known API models: list prices (USD per 1M tokens), context window and image input, each with its source and date.
 * Prices change: a model's `price:` in kurabe.yaml overrides everything, then a local price file (`KURABE_PRICES`),
 * then this table; a model found nowhere simply gets no cost.
 */
interface CatalogEntry {
  provider: string;
  /** Absent when the source's figure is doubtful: the model then gets no cost until the user sets one. */
  price?: PriceConfig;
  /** Batch API prices, where the provider has one (about half the list price). */
  batchPrice?: Pick<PriceConfig, "input" | "output">;
  /** Prompts longer than `aboveInputTokens` are billed at `price` for the whole call (Anthropic, Google). */
  longContext?: { aboveInputTokens: number; price: Pick<PriceConfig, "input" | "output"> };
  images: boolean;
  contextWindow?: number;
  /** Where the price comes from, with the snapshot date. */
  source: string;
  /** What a user should know before trusting the figure. */
  caveat?: string;
}

/** The two LiteLLM snapshots of /work/shared/reference/pricing.md (read through the RoCry/llm-api-price mirror). */
const SNAPSHOT_A = "LiteLLM model_prices_and_context_window.json, snapshot 2026-07-24 (RoCry/llm-api-price@8442b939)";
const SNAPSHOT_B =
  "LiteLLM model_prices_and_context_window.json, snapshot 2025-06-15 (RoCry/llm-api-price@93c40df2); since removed from LiteLLM";

/**
 * pricing.md gives the context window of gpt-4o (128k) and gpt-4.1 (~1M) only: the others are the vendors' published
 * limits, not re-checked against a dated source here.
 */
const CONTEXT_NOTE = "context window: vendor documentation, not in the dated price snapshot";
const CONTEXT_FROM_SNAPSHOT = new Set(["gpt-4o", "gpt-4.1", "gpt-4.1-mini"]);

type Row = Omit<CatalogEntry, "provider" | "source"> & { snapshot: "A" | "B" };

const openai: Record<string, Row> = {
  "gpt-4o": { snapshot: "A", price: { input: 2.5, output: 10, cachedInput: 1.25 }, batchPrice: { input: 1.25, output: 5 }, images: true, contextWindow: 128_000 },
  "gpt-4o-2024-05-13": { snapshot: "A", price: { input: 5, output: 15 }, batchPrice: { input: 2.5, output: 7.5 }, images: true, contextWindow: 128_000 },
  "gpt-4o-mini": { snapshot: "A", price: { input: 0.15, output: 0.6, cachedInput: 0.075 }, batchPrice: { input: 0.075, output: 0.3 }, images: true, contextWindow: 128_000 },
  "gpt-4.1": { snapshot: "A", price: { input: 2, output: 8, cachedInput: 0.5 }, batchPrice: { input: 1, output: 4 }, images: true, contextWindow: 1_047_576 },
  "gpt-4.1-mini": { snapshot: "A", price: { input: 0.4, output: 1.6, cachedInput: 0.1 }, batchPrice: { input: 0.2, output: 0.8 }, images: true, contextWindow: 1_047_576 },
  o1: { snapshot: "A", price: { input: 15, output: 60, cachedInput: 7.5 }, images: true, contextWindow: 200_000 },
  o3: {
    snapshot: "A",
    price: { input: 2, output: 8, cachedInput: 0.5 },
    images: true,
    contextWindow: 200_000,
    caveat: "listed at 10.00 / 40.00 from 2025-04-16 until 2025-06-11: runs from that period were billed at the old price",
  },
  "o3-mini": { snapshot: "A", price: { input: 1.1, output: 4.4, cachedInput: 0.55 }, images: false, contextWindow: 200_000 },
  "o4-mini": { snapshot: "A", price: { input: 1.1, output: 4.4, cachedInput: 0.275 }, images: true, contextWindow: 200_000 },
};

const anthropic: Record<string, Row> = {
  "claude-3-5-sonnet-20240620": { snapshot: "B", price: { input: 3, output: 15, cachedInput: 0.3 }, images: true, contextWindow: 200_000 },
  "claude-3-5-sonnet-20241022": { snapshot: "B", price: { input: 3, output: 15, cachedInput: 0.3 }, images: true, contextWindow: 200_000 },
  "claude-3-5-haiku-20241022": {
    snapshot: "B",
    price: { input: 0.8, output: 4, cachedInput: 0.08 },
    images: true,
    contextWindow: 200_000,
    caveat: "LiteLLM listed 1.00 / 5.00 until 2025-02-28",
  },
  "claude-3-haiku-20240307": { snapshot: "A", price: { input: 0.25, output: 1.25, cachedInput: 0.03 }, images: true, contextWindow: 200_000 },
  "claude-3-7-sonnet-20250219": { snapshot: "A", price: { input: 3, output: 15, cachedInput: 0.3 }, images: true, contextWindow: 200_000, caveat: "deprecated 2026-02-19" },
  "claude-sonnet-4-20250514": {
    snapshot: "A",
    price: { input: 3, output: 15, cachedInput: 0.3 },
    longContext: { aboveInputTokens: 200_000, price: { input: 6, output: 22.5 } },
    images: true,
    contextWindow: 200_000,
  },
  "claude-opus-4-20250514": { snapshot: "A", price: { input: 15, output: 75, cachedInput: 1.5 }, images: true, contextWindow: 200_000 },
};

/** Gemini API (AI Studio) prices, which is what kurabe's `google` provider calls. */
const google: Record<string, Row> = {
  "gemini-1.5-flash": {
    snapshot: "B",
    price: { input: 0.075, output: 0.3 },
    longContext: { aboveInputTokens: 128_000, price: { input: 0.15, output: 0.6 } },
    images: true,
    contextWindow: 1_048_576,
    caveat: "the 2026 LiteLLM snapshot shows output 0 (an error there); the 2025-06-15 figure is used",
  },
  "gemini-1.5-pro": {
    snapshot: "B",
    images: true,
    contextWindow: 2_097_152,
    caveat:
      "no price: LiteLLM's Gemini API entry (3.50 / 10.50) contradicts its Vertex AI entry (1.25 / 5.00) and is probably a stale launch price; set price: in kurabe.yaml",
  },
  "gemini-2.0-flash": { snapshot: "A", price: { input: 0.1, output: 0.4, cachedInput: 0.025 }, images: true, contextWindow: 1_048_576, caveat: "deprecated 2026-06-01" },
  "gemini-2.5-flash": { snapshot: "A", price: { input: 0.3, output: 2.5, cachedInput: 0.03 }, images: true, contextWindow: 1_048_576 },
  "gemini-2.5-pro": {
    snapshot: "A",
    price: { input: 1.25, output: 10, cachedInput: 0.125 },
    longContext: { aboveInputTokens: 200_000, price: { input: 2.5, output: 15 } },
    images: true,
    contextWindow: 1_048_576,
  },
};

/** Dated model ids the snapshot lists as the same model and price. */
const ALIASES: Record<string, string> = {
  "openai:gpt-4o-2024-08-06": "gpt-4o",
  "openai:gpt-4o-2024-11-20": "gpt-4o",
  "openai:gpt-4o-mini-2024-07-18": "gpt-4o-mini",
};

function builtinEntries(): Map<string, CatalogEntry> {
  const entries = new Map<string, CatalogEntry>();
  for (const [provider, rows] of Object.entries({ openai, anthropic, google })) {
    for (const [model, { snapshot, ...row }] of Object.entries(rows)) {
      const notes = [snapshot === "A" ? SNAPSHOT_A : SNAPSHOT_B, ...(CONTEXT_FROM_SNAPSHOT.has(model) ? [] : [CONTEXT_NOTE])];
      entries.set(`${provider}:${model}`, { provider, ...row, source: notes.join("; ") });
    }
  }
  return entries;
}

const BUILTIN = builtinEntries();

/** Every built-in entry, keyed `provider:model`. */
export function builtinCatalog(): ReadonlyMap<string, CatalogEntry> {
  return BUILTIN;
}

/**
 * The catalog entry for a model: the price file named by `KURABE_PRICES` first (read once per path), then the
 * built-in table. Unknown models give undefined, never an error.
 */
export function lookupCatalog(
  provider: string,
  model: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): CatalogEntry | undefined {
  const key = `${provider}:${model}`;
  const tuned = fineTunedRateKey(provider, model);
  const file = env.KURABE_PRICES ? readPriceFile(env.KURABE_PRICES) : undefined;
  const local = file?.get(key) ?? (tuned ? file?.get(tuned) : undefined);
  const builtin = BUILTIN.get(key) ?? (ALIASES[key] ? BUILTIN.get(`${provider}:${ALIASES[key]}`) : undefined) ?? (tuned ? BUILTIN.get(tuned) : undefined);
  if (!local) return builtin;
  // A local price replaces every built-in price (a stale cached-input or long-context price must not survive) and the
  // built-in caveat; capabilities the file leaves out fall back to the built-in entry.
  const { caveat: _caveat, batchPrice: _batch, longContext: _long, ...known } = builtin ?? { images: false };
  return { ...known, ...local, provider, images: local.images ?? known.images };
}

/**
 * An OpenAI fine-tuned model id, `ft:<base model>:<organisation>:<suffix>:<job id>`: OpenAI bills it at the base
 * model's fine-tuned rate, not the base model's own (https://openai.com/api/pricing, "Fine-tuning"), and LiteLLM lists
 * that rate as `ft:<base model>`. The key of that rate (`openai:ft:gpt-4o-mini-2024-07-18`), or undefined for any other
 * model. The built-in table holds no such rate: a fine-tuned model is priced by `price:` or a price file, never at the
 * base model's rate.
 */
export function fineTunedRateKey(provider: string, model: string): string | undefined {
  const match = provider === "openai" ? /^ft:([^:]+):/.exec(model) : null;
  return match ? `openai:ft:${match[1]}` : undefined;
}

/** The price for one call: the long-context price when the prompt passes the entry's threshold. */
export function priceForPrompt(entry: CatalogEntry, inputTokens: number): PriceConfig | undefined {
  if (!entry.price || !entry.longContext || inputTokens <= entry.longContext.aboveInputTokens) return entry.price;
  // Cached input keeps its ratio to the input price; LiteLLM lists no separate long-context cache price.
  const { cachedInput, ...base } = entry.price;
  const long = entry.longContext.price;
  return { ...base, ...long, ...(cachedInput !== undefined ? { cachedInput: (cachedInput * long.input) / base.input } : {}) };
}

// ---------------------------------------------------------------------------------------------------------------
// The local price file (KURABE_PRICES): for air-gapped installs and negotiated prices. YAML or JSON, in either of two
// shapes per entry, keyed by model:
//   kurabe:  "openai:gpt-4o": { input: 2.5, output: 10, cachedInput: 1.25, contextWindow: 128000, images: true }
//   LiteLLM: "gpt-4o": { input_cost_per_token: 2.5e-6, ..., litellm_provider: "openai" }  (a copy of LiteLLM's file)
// ---------------------------------------------------------------------------------------------------------------

const localEntrySchema = priceSchema
  .extend({
    contextWindow: z.number().int().positive().optional(),
    images: z.boolean().optional(),
    source: z.string().optional(),
  })
  .strict();

const perToken = z.number().nonnegative();
const liteLlmEntrySchema = z.object({
  litellm_provider: z.string(),
  mode: z.string().optional(),
  input_cost_per_token: perToken,
  output_cost_per_token: perToken,
  cache_read_input_token_cost: perToken.optional(),
  output_cost_per_reasoning_token: perToken.optional(),
  input_cost_per_token_batches: perToken.optional(),
  output_cost_per_token_batches: perToken.optional(),
  max_input_tokens: z.number().optional(),
  supports_vision: z.boolean().optional(),
});

/** LiteLLM provider → kurabe provider, and how LiteLLM prefixes that provider's keys. */
const LITELLM_PROVIDERS: Record<string, { provider: string; prefix: string }> = {
  openai: { provider: "openai", prefix: "" },
  anthropic: { provider: "anthropic", prefix: "" },
  gemini: { provider: "google", prefix: "gemini/" },
};

type LocalEntry = Omit<CatalogEntry, "images"> & { images?: boolean };

const priceFiles = new Map<string, ReadonlyMap<string, LocalEntry>>();

function readPriceFile(path: string): ReadonlyMap<string, LocalEntry> {
  let entries = priceFiles.get(path);
  if (!entries) {
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new ConfigError(`cannot read the price file named by KURABE_PRICES (${code})`, { file: path }, { cause: error });
    }
    entries = parsePriceFile(text, path);
    priceFiles.set(path, entries);
  }
  return entries;
}

/** Parses a price file's text (YAML or JSON); `file` names it in errors. Exported for tests. */
export function parsePriceFile(text: string, file: string): ReadonlyMap<string, LocalEntry> {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new ConfigError(`not valid YAML or JSON: ${(error as Error).message}`, { file }, { cause: error });
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ConfigError("a price file maps model names to prices", { file });
  }
  const entries = new Map<string, LocalEntry>();
  const source = `local price file ${file}`;
  for (const [key, value] of Object.entries(data)) {
    if (key === "sample_spec") continue;
    if (typeof value === "object" && value !== null && "litellm_provider" in value) {
      const converted = fromLiteLlm(key, value, source);
      if (converted) entries.set(converted.key, converted.entry);
      continue;
    }
    if (!/^[\w.-]+:.+/.test(key)) {
      throw new ConfigError(`"${key}": name models as provider:model (e.g. openai:gpt-4o)`, { file, field: key });
    }
    const parsed = localEntrySchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = [key, ...(issue?.path ?? [])].join(".");
      throw new ConfigError(issue?.message ?? "invalid price", { file, field });
    }
    const { contextWindow, images, source: own, ...price } = parsed.data;
    entries.set(key, {
      provider: key.slice(0, key.indexOf(":")),
      price,
      ...(contextWindow !== undefined ? { contextWindow } : {}),
      ...(images !== undefined ? { images } : {}),
      source: own ?? source,
    });
  }
  return entries;
}

/** A LiteLLM entry for a provider kurabe calls; other providers, non-chat modes and malformed entries are skipped. */
function fromLiteLlm(key: string, value: object, source: string): { key: string; entry: LocalEntry } | undefined {
  const parsed = liteLlmEntrySchema.safeParse(value);
  if (!parsed.success) return undefined;
  const e = parsed.data;
  const mapping = LITELLM_PROVIDERS[e.litellm_provider];
  if (!mapping || (e.mode !== undefined && e.mode !== "chat") || !key.startsWith(mapping.prefix)) return undefined;
  const million = (perTokenUsd: number) => Math.round(perTokenUsd * 1e6 * 1e9) / 1e9;
  const entry: LocalEntry = {
    provider: mapping.provider,
    price: {
      input: million(e.input_cost_per_token),
      output: million(e.output_cost_per_token),
      ...(e.cache_read_input_token_cost !== undefined ? { cachedInput: million(e.cache_read_input_token_cost) } : {}),
      ...(e.output_cost_per_reasoning_token !== undefined ? { reasoning: million(e.output_cost_per_reasoning_token) } : {}),
    },
    ...(e.input_cost_per_token_batches !== undefined && e.output_cost_per_token_batches !== undefined
      ? { batchPrice: { input: million(e.input_cost_per_token_batches), output: million(e.output_cost_per_token_batches) } }
      : {}),
    ...(e.max_input_tokens !== undefined ? { contextWindow: e.max_input_tokens } : {}),
    ...(e.supports_vision !== undefined ? { images: e.supports_vision } : {}),
    source: `${source} (LiteLLM format)`,
  };
  return { key: `${mapping.provider}:${key.slice(mapping.prefix.length)}`, entry };
}
