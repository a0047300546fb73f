import { z } from "zod";
import { piiConfigSchema } from "../finetune/pii/pii-config.js";
import { resolveGpuType } from "../models/gpu-catalog.js";
import { ragSchema } from "../rag/rag-schema.js";
import { BUILTIN_SUITE_NAMES } from "../suites/builtin/names.js";
import { NAMED_ENCODINGS } from "../text/decode-text.js";

/** Generation parameters shared by models (defaults) and suites (overrides). */
const paramsSchema = z
  .object({
    temperature: z.number().min(0).max(2).optional(),
    topP: z.number().gt(0).max(1).optional(),
    maxTokens: z.number().int().positive().optional(),
    seed: z.number().int().optional(),
    stop: z.array(z.string()).max(16).optional(),
    reasoningEffort: z.enum(["minimal", "low", "medium", "high"]).optional(),
  })
  .strict();

/** USD per one million tokens. */
export const priceSchema = z
  .object({
    input: z.number().nonnegative(),
    cachedInput: z.number().nonnegative().optional(),
    output: z.number().nonnegative(),
    reasoning: z.number().nonnegative().optional(),
  })
  .strict();

/**
 * How a local or open model would be served on your own (or rented) GPUs, for the report's break-even against the
 * API models: one replica costs `hourlyUsd` per hour (else the GPU catalog's on-demand price of `gpus` × `gpu`) and
 * serves `outputTokensPerSecond` (else the median measured in the run) at `utilisation` (share of paid hours busy,
 * default 0.5). `fineTuningUsd`, a one-off cost, is spread over `amortiseMonths` (default 12).
 */
const hostingSchema = z
  .object({
    gpu: z
      .string()
      .min(1)
      .refine((name) => {
        try {
          resolveGpuType(name);
          return true;
        } catch {
          return false;
        }
      }, "unknown GPU type (see the GPU catalog: h100-sxm, h200-sxm, a100-40gb, a100-80gb, a100-80gb-sxm, a6000, gh200, l4, l40)")
      .optional(),
    gpus: z.number().int().min(1).default(1),
    hourlyUsd: z.number().nonnegative().optional(),
    utilisation: z.number().gt(0).max(1).default(0.5),
    outputTokensPerSecond: z.number().positive().optional(),
    inputTokensPerSecond: z.number().positive().optional(),
    fineTuningUsd: z.number().nonnegative().optional(),
    amortiseMonths: z.number().int().positive().optional(),
  })
  .strict()
  .refine((hosting) => hosting.gpu !== undefined || hosting.hourlyUsd !== undefined, {
    message: "give `gpu` (priced from the GPU catalog) or `hourlyUsd`",
  });

/** The most requests in flight a model may be given (and `kurabe load` a level). */
export const MAX_CONCURRENCY = 1024;

const commonModelFields = {
  /** The name shown in tables; defaults to `provider:model`. */
  id: z.string().min(1).optional(),
  concurrency: z.number().int().min(1).max(MAX_CONCURRENCY).default(4),
  params: paramsSchema.default({}),
  /** Requests and tokens per minute; the engine paces to stay under them. */
  rpm: z.number().positive().optional(),
  tpm: z.number().positive().optional(),
  /** Per-request timeout (ms): a request slower than this is retried, then recorded as an infrastructure error. */
  timeoutMs: z.number().int().positive().default(120_000),
  price: priceSchema.optional(),
  /** Self-hosting a local/open model (GPU, throughput, utilisation, fine-tuning): see hostingSchema. */
  hosting: hostingSchema.optional(),
  /** Whether the model accepts image input; defaults to what the model catalog knows. */
  images: z.boolean().optional(),
  /** Used only as a judge by scorers that name it; not evaluated itself. */
  judgeOnly: z.boolean().default(false),
  /** Retrieval before generation: passages from your documents put before each question (src/rag). */
  rag: ragSchema.optional(),
};

const apiModelFields = {
  ...commonModelFields,
  model: z.string().min(1),
  apiKey: z.string().optional(),
  baseURL: z.url().optional(),
  headers: z.record(z.string(), z.string()).optional(),
};

const loraSchema = z
  .object({ path: z.string().min(1), scale: z.number().default(1) })
  .strict();

export const modelSchema = z.discriminatedUnion("provider", [
  z.object({ provider: z.literal("openai"), ...apiModelFields }).strict(),
  z.object({ provider: z.literal("anthropic"), ...apiModelFields }).strict(),
  z.object({ provider: z.literal("google"), ...apiModelFields }).strict(),
  z
    .object({ provider: z.literal("openai-compatible"), ...apiModelFields, baseURL: z.url() })
    .strict(),
  z
    .object({
      provider: z.literal("llamacpp"),
      ...commonModelFields,
      /** Path to a .gguf file. */
      model: z.string().min(1),
      threads: z.number().int().positive().optional(),
      contextSize: z.number().int().positive().default(4096),
      /** Sequences decoded together in one context (batched); also caps concurrency. */
      sequences: z.number().int().min(1).max(64).default(1),
      gpuLayers: z.union([z.number().int().nonnegative(), z.literal("auto")]).optional(),
      lora: z.array(loraSchema).default([]),
    })
    .strict(),
  z
    .object({
      provider: z.literal("module"),
      ...commonModelFields,
      /** Your provider module (.ts, .mts, .js, .mjs, .cjs), relative to kurabe.yaml: see src/models/module/model-module.ts. */
      path: z.string().min(1),
      /** The model name handed to the module (`context.model`). */
      model: z.string().min(1),
      /** Handed to the module as `context.options`; values under key-like names (token, apiKey) are kept out of the store. */
      options: z.record(z.string(), z.unknown()).default({}),
    })
    .strict(),
]);

/** A scorer by name (`exact`) or with options (`{type: regex, pattern: "..."}`); options are checked by the registry. */
export const scorerSpecSchema = z.union([
  z.string().min(1),
  z.object({ type: z.string().min(1) }).catchall(z.unknown()),
]);

/** A prompt variant's or suite's name: letters and digits of any script, '.', '_' or '-' (safe in URLs, CSV and ids). */
const NAME = /^[\p{L}\p{N}\p{M}_.-]+$/u;
const NAME_ADVICE = "use only letters, digits, '.', '_' or '-'";
const PLACEHOLDER = /\{\{\s*[\w.-]+\s*\}\}/;

/**
 * One way of asking: a system prompt and/or a template replacing the suite's (what it leaves out stays the suite's).
 * Each model × prompt is compared as a variant of its own (src/config/variant-id.ts).
 */
const promptSchema = z
  .object({
    id: z.string().min(1).regex(NAME, NAME_ADVICE),
    system: z.string().optional(),
    /** A template that names no placeholder would ask every item the same question. */
    template: z.string().regex(PLACEHOLDER, "the template must place the item, e.g. {{input}}").optional(),
  })
  .strict();

/** The prompt variants compared, each id once. */
const promptsSchema = z
  .array(promptSchema)
  .min(1)
  .superRefine((prompts, context) => {
    const first = new Map<string, number>();
    prompts.forEach((prompt, index) => {
      const earlier = first.get(prompt.id);
      if (earlier === undefined) first.set(prompt.id, index);
      else context.addIssue({ code: "custom", path: [index, "id"], message: `duplicate prompt id "${prompt.id}" (first at prompts[${earlier}]); give each prompt its own id` });
    });
  });

const CATEGORIES = ["nlu", "reasoning", "code", "multimodal", "instruction", "domain"] as const;

/**
 * A suite as written in kurabe.yaml: either your own data (`name` + `path`) or a built-in benchmark (`builtin`, with
 * an optional `path` to the full upstream file). Anything left out takes the built-in's or kurabe's default; see
 * src/suites/effective-suite.ts.
 */
export const suiteSchema = z
  .object({
    // Letters and digits of any script: a Japanese team names its suite 社内FAQ.
    name: z.string().min(1).regex(NAME, NAME_ADVICE).optional(),
    builtin: z.enum(BUILTIN_SUITE_NAMES).optional(),
    /** A data file (JSONL, one item per line; for a built-in, the upstream record layout). */
    path: z.string().min(1).optional(),
    /** The data file's encoding, when detection (UTF-8, a BOM, Shift_JIS) cannot tell or tells wrong: EUC-JP. */
    encoding: z.enum(NAMED_ENCODINGS).optional(),
    category: z.enum(CATEGORIES).optional(),
    scorer: z.union([scorerSpecSchema, z.array(scorerSpecSchema).min(1)]).optional(),
    system: z.string().optional(),
    /** Prompt template; `{{input}}` and `{{field}}` read the item. Default: the item's input as it is. */
    template: z.string().optional(),
    /** Prompt variants compared like models (each model × prompt a variant); default: the config's `prompts`. */
    prompts: promptsSchema.optional(),
    /** Worked examples shown before each item, as earlier turns of the conversation. */
    shots: z.number().int().min(0).max(32).optional(),
    /** Where few-shot examples come from (JSONL items with `expected`); a built-in brings its own. */
    examples: z.string().min(1).optional(),
    samples: z.number().int().min(1).max(1000).optional(),
    params: paramsSchema.default({}),
    /** Constrain every answer to JSON matching this JSON Schema (structured output for APIs, a grammar for llama.cpp). */
    jsonSchema: z.record(z.string(), z.unknown()).optional(),
    /** Use only the first N items (a quick look before the full run). */
    limit: z.number().int().positive().optional(),
    /** After every model has answered, a judge compares each pair of models' answers, twice with positions swapped. */
    pairwise: z.object({ judge: z.string().min(1), criteria: z.string().min(1).optional() }).strict().optional(),
  })
  .strict()
  .superRefine((suite, context) => {
    if (suite.builtin) return;
    if (suite.name === undefined) context.addIssue({ code: "custom", path: ["name"], message: "required: a name for your suite (or `builtin:` for a built-in one)" });
    if (suite.path === undefined) context.addIssue({ code: "custom", path: ["path"], message: "required: the suite's data file (or `builtin:` for a built-in suite)" });
  });

const retrySchema = z
  .object({
    maxAttempts: z.number().int().min(1).max(20).default(6),
    baseDelayMs: z.number().int().nonnegative().default(1000),
    maxDelayMs: z.number().int().positive().default(60_000),
  })
  .strict();

export const configSchema = z
  .object({
    description: z.string().optional(),
    models: z.array(modelSchema).min(1),
    suites: z.array(suiteSchema).min(1),
    samples: z.number().int().min(1).max(1000).default(1),
    retry: retrySchema.default({ maxAttempts: 6, baseDelayMs: 1000, maxDelayMs: 60_000 }),
    /** Where results are stored; relative to the config file. */
    db: z.string().optional(),
    cache: z.boolean().default(true),
    /** The company's own personal data, masked by `kurabe dataset build`. */
    pii: piiConfigSchema.optional(),
    /** Prompt variants for every suite that lists none of its own. */
    prompts: promptsSchema.optional(),
  })
  .strict()
  .superRefine((config, context) => {
    // A variant is a model × prompt over the whole run (the report sets variants side by side on every suite), so
    // every suite compares the same prompt ids.
    const idsOf = (index: number) => (config.suites[index]?.prompts ?? config.prompts)?.map((prompt) => prompt.id) ?? [];
    const first = idsOf(0);
    config.suites.forEach((suite, index) => {
      const ids = idsOf(index);
      if (ids.length === first.length && ids.every((id) => first.includes(id))) return;
      const list = (names: string[]) => (names.length === 0 ? "none" : names.join(", "));
      context.addIssue({
        code: "custom",
        path: suite.prompts ? ["suites", index, "prompts"] : ["suites", index],
        message: `this suite compares the prompts ${list(ids)}, the first suite ${list(first)}; every suite compares the same prompt ids (list them on each suite, or once as top-level \`prompts:\`)`,
      });
    });
  });

export type ParamsConfig = z.infer<typeof paramsSchema>;
export type PriceConfig = z.infer<typeof priceSchema>;
export type HostingConfig = z.infer<typeof hostingSchema>;
export type ModelConfig = z.infer<typeof modelSchema>;
export type ApiModelConfig = Exclude<ModelConfig, { provider: "llamacpp" | "module" }>;
export type LlamaCppModelConfig = Extract<ModelConfig, { provider: "llamacpp" }>;
export type ModuleModelConfig = Extract<ModelConfig, { provider: "module" }>;
export type ScorerSpec = z.infer<typeof scorerSpecSchema>;
export type PromptConfig = z.infer<typeof promptSchema>;
/** A suite as written in kurabe.yaml. */
export type SuiteInput = z.infer<typeof suiteSchema>;
/** A suite with every default applied: what loaders, templates and the engine work with. */
export type SuiteConfig = Omit<SuiteInput, "name" | "path" | "category" | "scorer" | "shots"> & {
  name: string;
  path: string;
  category: (typeof CATEGORIES)[number];
  scorer: ScorerSpec | ScorerSpec[];
  shots: number;
};
export type RetryConfig = z.infer<typeof retrySchema>;
export type KurabeConfig = z.infer<typeof configSchema>;
