import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { configSchema } from "../../src/config/schema.js";
import { prepareModels, closeModels } from "../../src/engine/prepare-plan.js";
import { ConfigError, KurabeError } from "../../src/errors.js";
import { builtinCatalog, fineTunedRateKey, lookupCatalog, parsePriceFile, priceForPrompt } from "../../src/models/catalog.js";
import { GPU_OFFERINGS, GPU_TYPES, quoteGpus, resolveGpuType } from "../../src/models/gpu-catalog.js";
import { useTempDirs } from "../support/temp-dir.js";

const NO_FILE = {};

describe("the built-in model catalog", () => {
  // Every row of /work/shared/reference/pricing.md section 1: provider, model, input, output, cached input ($/1M).
  it.each([
    ["openai", "gpt-4o", 2.5, 10, 1.25],
    ["openai", "gpt-4o-2024-05-13", 5, 15, undefined],
    ["openai", "gpt-4o-mini", 0.15, 0.6, 0.075],
    ["openai", "gpt-4.1", 2, 8, 0.5],
    ["openai", "gpt-4.1-mini", 0.4, 1.6, 0.1],
    ["openai", "o1", 15, 60, 7.5],
    ["openai", "o3-mini", 1.1, 4.4, 0.55],
    ["openai", "o3", 2, 8, 0.5],
    ["openai", "o4-mini", 1.1, 4.4, 0.275],
    ["anthropic", "claude-3-5-sonnet-20240620", 3, 15, 0.3],
    ["anthropic", "claude-3-5-sonnet-20241022", 3, 15, 0.3],
    ["anthropic", "claude-3-5-haiku-20241022", 0.8, 4, 0.08],
    ["anthropic", "claude-3-haiku-20240307", 0.25, 1.25, 0.03],
    ["anthropic", "claude-3-7-sonnet-20250219", 3, 15, 0.3],
    ["anthropic", "claude-sonnet-4-20250514", 3, 15, 0.3],
    ["anthropic", "claude-opus-4-20250514", 15, 75, 1.5],
    ["google", "gemini-1.5-flash", 0.075, 0.3, undefined],
    ["google", "gemini-2.0-flash", 0.1, 0.4, 0.025],
    ["google", "gemini-2.5-flash", 0.3, 2.5, 0.03],
    ["google", "gemini-2.5-pro", 1.25, 10, 0.125],
  ])("lists %s:%s at $%s in / $%s out / $%s cached", (provider, model, input, output, cachedInput) => {
    const entry = lookupCatalog(provider, model, NO_FILE);
    expect(entry?.price).toEqual({ input, output, ...(cachedInput !== undefined ? { cachedInput } : {}) });
  });

  it("dates and sources every entry and says whether it takes images", () => {
    for (const [key, entry] of builtinCatalog()) {
      expect(entry.source, key).toMatch(/LiteLLM .* snapshot 20\d\d-\d\d-\d\d/);
      expect(typeof entry.images, key).toBe("boolean");
      expect(entry.contextWindow, key).toBeGreaterThan(100_000);
    }
    expect(lookupCatalog("openai", "o3-mini", NO_FILE)?.images).toBe(false);
    expect(lookupCatalog("openai", "gpt-4o", NO_FILE)).toMatchObject({ images: true, contextWindow: 128_000 });
  });

  it("gives no price where the source is doubtful, and says why", () => {
    const entry = lookupCatalog("google", "gemini-1.5-pro", NO_FILE);
    expect(entry?.price).toBeUndefined();
    expect(entry?.caveat).toMatch(/3\.50 \/ 10\.50.*1\.25 \/ 5\.00/);
  });

  it("keeps batch prices apart from list prices", () => {
    expect(lookupCatalog("openai", "gpt-4o-mini", NO_FILE)?.batchPrice).toEqual({ input: 0.075, output: 0.3 });
  });

  it("finds dated OpenAI ids the snapshot lists as the same model", () => {
    expect(lookupCatalog("openai", "gpt-4o-2024-08-06", NO_FILE)?.price?.input).toBe(2.5);
    expect(lookupCatalog("openai", "gpt-4o-mini-2024-07-18", NO_FILE)?.price?.output).toBe(0.6);
  });

  it("knows nothing, without failing, about unknown models or a model under another provider", () => {
    expect(lookupCatalog("openai", "my-fine-tune", NO_FILE)).toBeUndefined();
    expect(lookupCatalog("anthropic", "gpt-4o", NO_FILE)).toBeUndefined();
    expect(lookupCatalog("openai-compatible", "llama-3.1-8b", NO_FILE)).toBeUndefined();
  });

  it("never prices an OpenAI fine-tuned id at its base model's rate: OpenAI bills fine-tuned models at their own", () => {
    expect(lookupCatalog("openai", "ft:gpt-4o-mini-2024-07-18:acme::abc123", NO_FILE)).toBeUndefined();
    expect(fineTunedRateKey("openai", "ft:gpt-4o-mini-2024-07-18:acme:support:abc123")).toBe("openai:ft:gpt-4o-mini-2024-07-18");
    expect(fineTunedRateKey("openai", "gpt-4o-mini")).toBeUndefined();
    expect(fineTunedRateKey("openai-compatible", "ft:gpt-4o-mini-2024-07-18:acme::abc123")).toBeUndefined();
  });

  it("bills a long prompt at the long-context price for the whole call", () => {
    const sonnet = lookupCatalog("anthropic", "claude-sonnet-4-20250514", NO_FILE)!;
    expect(priceForPrompt(sonnet, 200_000)).toEqual({ input: 3, output: 15, cachedInput: 0.3 });
    // Above 200k: 6 / 22.5; cached input keeps its ratio to input: 0.3 × 6 / 3 = 0.6
    expect(priceForPrompt(sonnet, 200_001)).toEqual({ input: 6, output: 22.5, cachedInput: 0.6 });
    expect(priceForPrompt(lookupCatalog("openai", "gpt-4o", NO_FILE)!, 1_000_000)?.input).toBe(2.5);
  });
});

describe("a local price file (KURABE_PRICES)", () => {
  const tempDir = useTempDirs();
  const write = (name: string, text: string) => {
    const file = path.join(tempDir(), name);
    fs.writeFileSync(file, text);
    return file;
  };

  it("overrides a built-in price as a whole and adds models, keeping known capabilities", () => {
    const file = write(
      "prices.yaml",
      [
        "# negotiated prices",
        "openai:gpt-4o: { input: 2.0, output: 8.0 }",
        "openai-compatible:llama-3.1-70b:",
        "  input: 0.6",
        "  output: 0.6",
        "  contextWindow: 131072",
        "  source: our vLLM cluster, 2026-12",
      ].join("\n"),
    );
    const env = { KURABE_PRICES: file };
    const gpt4o = lookupCatalog("openai", "gpt-4o", env);
    // The built-in cached price (1.25) does not survive a replaced price.
    expect(gpt4o).toMatchObject({ price: { input: 2, output: 8 }, images: true, contextWindow: 128_000 });
    expect(gpt4o?.price?.cachedInput).toBeUndefined();
    expect(gpt4o?.source).toContain(file);
    expect(lookupCatalog("openai-compatible", "llama-3.1-70b", env)).toMatchObject({
      price: { input: 0.6, output: 0.6 },
      images: false,
      contextWindow: 131_072,
      source: "our vLLM cluster, 2026-12",
    });
    // Models the file does not name still come from the built-in table.
    expect(lookupCatalog("openai", "o1", env)?.price?.input).toBe(15);
  });

  it("reads a copy of LiteLLM's price map as it is", () => {
    const litellm = {
      sample_spec: { input_cost_per_token: "text", litellm_provider: "one of …" },
      "gpt-4o": { input_cost_per_token: 2.5e-6, output_cost_per_token: 1e-5, cache_read_input_token_cost: 1.25e-6, input_cost_per_token_batches: 1.25e-6, output_cost_per_token_batches: 5e-6, litellm_provider: "openai", mode: "chat", max_input_tokens: 128000, supports_vision: true },
      "gemini/gemini-2.5-flash": { input_cost_per_token: 3e-7, output_cost_per_token: 2.5e-6, litellm_provider: "gemini", mode: "chat", supports_vision: true },
      "text-embedding-3-small": { input_cost_per_token: 2e-8, output_cost_per_token: 0, litellm_provider: "openai", mode: "embedding" },
      "bedrock/some-model": { input_cost_per_token: 1e-6, output_cost_per_token: 1e-6, litellm_provider: "bedrock", mode: "chat" },
    };
    const entries = parsePriceFile(JSON.stringify(litellm), "model_prices_and_context_window.json");
    expect([...entries.keys()].sort()).toEqual(["google:gemini-2.5-flash", "openai:gpt-4o"]);
    expect(entries.get("openai:gpt-4o")).toMatchObject({
      price: { input: 2.5, output: 10, cachedInput: 1.25 },
      batchPrice: { input: 1.25, output: 5 },
      contextWindow: 128_000,
      images: true,
    });
    expect(entries.get("google:gemini-2.5-flash")?.price).toEqual({ input: 0.3, output: 2.5 });
  });

  it("prices an OpenAI fine-tuned id at the fine-tuned rate a file lists for its base model (LiteLLM's ft:<base> entry), its own entry first", () => {
    const litellm = {
      "gpt-4o-mini-2024-07-18": { input_cost_per_token: 1.5e-7, output_cost_per_token: 6e-7, litellm_provider: "openai", mode: "chat" },
      "ft:gpt-4o-mini-2024-07-18": { input_cost_per_token: 3e-7, output_cost_per_token: 1.2e-6, litellm_provider: "openai", mode: "chat" },
      "ft:gpt-4o-mini-2024-07-18:acme::special": { input_cost_per_token: 1e-7, output_cost_per_token: 1e-7, litellm_provider: "openai", mode: "chat" },
    };
    const env = { KURABE_PRICES: write("litellm.json", JSON.stringify(litellm)) };
    expect(lookupCatalog("openai", "ft:gpt-4o-mini-2024-07-18:acme::abc123", env)?.price).toEqual({ input: 0.3, output: 1.2 });
    expect(lookupCatalog("openai", "ft:gpt-4o-mini-2024-07-18:acme::special", env)?.price).toEqual({ input: 0.1, output: 0.1 });
    // No fine-tuned rate for that base model: unpriced, not the base rate.
    expect(lookupCatalog("openai", "ft:gpt-4o-2024-08-06:acme::abc123", env)).toBeUndefined();
  });

  it.each([
    ["a key without a provider", "gpt-4o: { input: 1, output: 2 }", /provider:model/, "gpt-4o"],
    ["a negative price", "openai:gpt-4o: { input: -1, output: 2 }", /./, "openai:gpt-4o.input"],
    ["an unknown field", "openai:gpt-4o: { input: 1, output: 2, outptu: 3 }", /outptu/, "openai:gpt-4o"],
    ["a list", "- 1\n- 2", /maps model names/, undefined],
  ])("names the file and field for %s", (_, text, message, field) => {
    const file = write("bad.yaml", text);
    const error = (() => {
      try {
        lookupCatalog("openai", "gpt-4o", { KURABE_PRICES: file });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).location).toMatchObject({ file, ...(field ? { field } : {}) });
    expect((error as ConfigError).describe()).toMatch(message);
  });

  it("says so when the file is missing", () => {
    expect(() => lookupCatalog("openai", "gpt-4o", { KURABE_PRICES: "/nonexistent/prices.yaml" })).toThrow(/KURABE_PRICES \(ENOENT\)/);
  });

  it("prices a run's models from the file, below kurabe.yaml's own price:", async () => {
    const file = write("prices.yaml", "openai:my-fine-tune: { input: 0.3, output: 1.2 }\nopenai:gpt-4o: { input: 2, output: 8 }\n");
    const config = configSchema.parse({
      models: [
        { provider: "openai", model: "my-fine-tune", apiKey: "sk-test" },
        { provider: "openai", model: "gpt-4o", apiKey: "sk-test", price: { input: 1, output: 1 } },
        { provider: "openai", model: "unknown-model", apiKey: "sk-test" },
      ],
      suites: [{ name: "s", path: "s.jsonl" }],
    });
    const models = await prepareModels(config, { KURABE_PRICES: file });
    try {
      expect(models.map((m) => m.price)).toEqual([{ input: 0.3, output: 1.2 }, { input: 1, output: 1 }, undefined]);
    } finally {
      await closeModels(models);
    }
  });
});

describe("the GPU catalog", () => {
  it("lists every offering of pricing.md section 2 with its source", () => {
    expect(GPU_OFFERINGS).toHaveLength(10);
    for (const offering of GPU_OFFERINGS) {
      expect(offering.source).toMatch(/SkyPilot catalog v7 .* \(collected 2026-11-28\)/);
      expect(GPU_TYPES[offering.gpu].memoryGb).toBeGreaterThan(0);
    }
  });

  it.each([
    ["H100", "h100-sxm"],
    ["a100-80gb", "a100-80gb"],
    ["A100_80GB_SXM", "a100-80gb-sxm"],
    ["rtx-a6000", "a6000"],
  ])("reads %s as %s", (name, type) => {
    expect(resolveGpuType(name)).toBe(type);
  });

  it("refuses an unknown GPU as an input error that lists the known ones", () => {
    expect(() => resolveGpuType("b200")).toThrow(KurabeError);
    expect(() => resolveGpuType("b200")).toThrow(/h100-sxm, h200-sxm/);
    expect(() => resolveGpuType("l40s")).toThrow(/did you mean l40\?/);
  });

  it.each([
    // one 1-GPU instance: $3.29
    ["h100-sxm", 1, false, 3.29, ["gpu_1x_h100_sxm5 × 1"]],
    // two 1-GPU instances (2 × 3.29 = 6.58) beat an 8-GPU one ($23.92)
    ["h100-sxm", 2, false, 6.58, ["gpu_1x_h100_sxm5 × 2"]],
    // 8 × 3.29 = 26.32 > 23.92: the 8-GPU instance
    ["h100-sxm", 8, false, 23.92, ["gpu_8x_h100_sxm5 × 1"]],
    // 23.92 + 3.29 = 27.21 (vs 9 × 3.29 = 29.61, 2 × 23.92 = 47.84)
    ["h100-sxm", 9, false, 27.21, ["gpu_1x_h100_sxm5 × 1", "gpu_8x_h100_sxm5 × 1"]],
    // the catalog has only an 8-GPU A100 40GB instance: one GPU means renting it whole
    ["a100-40gb", 1, false, 10.32, ["gpu_8x_a100 × 1"]],
    ["a100-80gb", 2, true, 2.38, ["1x_A100-80GB_SECURE × 2"]],
  ] as const)("rents %d × %s (spot %s) for $%d/h", (type, gpus, spot, hourly, instances) => {
    const quote = quoteGpus(type, gpus, { spot });
    expect(quote.hourlyUsd).toBeCloseTo(hourly, 9);
    expect(quote.instances.map((i) => `${i.offering.instance} × ${i.count}`).sort()).toEqual([...instances].sort());
  });

  it("refuses a spot quote where the catalog has no spot price, and zero GPUs", () => {
    expect(() => quoteGpus("h100-sxm", 1, { spot: true })).toThrow(/no spot price for h100-sxm/);
    expect(() => quoteGpus("l4", 0)).toThrow(KurabeError);
  });
});
