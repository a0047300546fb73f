import { MAX_CONCURRENCY, modelSchema, type ModelConfig } from "../config/schema.js";
import { KurabeError } from "../errors.js";
import { lookupCatalog } from "../models/catalog.js";
import { createModel } from "../models/create-model.js";
import { quoteGpus, resolveGpuType } from "../models/gpu-catalog.js";
import { startEngineThread } from "../load/engine-thread.js";
import { compareWithApi, levelCosts, type HardwareCost } from "../load/level-cost.js";
import { cyclePrompts, readPromptFile, syntheticPrompts, type PromptSource } from "../load/prompts.js";
import { renderLoad, type LoadView } from "../load/render-load.js";
import { parseLevels, parseRates, runLoad, type LoadPlan } from "../load/run-load.js";
import { profileLabel, type LoadProfile, type TtftSlo } from "../load/types.js";
import { stopOnSignals } from "./interrupt.js";

/** `kurabe load` options as commander hands them over: every value a string. */
export interface LoadOptions {
  baseUrl?: string;
  model?: string;
  apiKeyEnv?: string;
  gguf?: string;
  threads?: string;
  contextSize?: string;
  concurrency?: string;
  rate?: string;
  arrivals?: string;
  requests?: string;
  inputTokens?: string;
  outputTokens?: string;
  prompts?: string;
  warmup?: string;
  timeout?: string;
  workers?: string;
  ttftSlo?: string;
  sloPercentile?: string;
  gpu?: string;
  gpus?: string;
  spot?: boolean;
  hourly?: string;
  utilisation?: string;
  compare?: string;
  json?: boolean;
}

const DEFAULTS = { concurrency: "1,2,4,8,16", inputTokens: "256", outputTokens: "128", warmup: "1", timeout: "120000" };

/**
 * `kurabe load`: a sweep of concurrency levels or request rates against an OpenAI-compatible endpoint or a GGUF model
 * run in process, then the measured throughput as cost per 1M tokens and against API prices. Returns the exit status.
 */
export async function loadCommand(options: LoadOptions, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const levels = levelsOf(options);
  const plan: LoadPlan = {
    levels,
    ...(options.requests !== undefined ? { requestsPerLevel: whole(options.requests, "requests", 1) } : {}),
    prompts: promptSource(options),
    maxTokens: whole(options.outputTokens ?? DEFAULTS.outputTokens, "output-tokens", 1),
    timeoutMs: whole(options.timeout ?? DEFAULTS.timeout, "timeout", 1),
    warmup: whole(options.warmup ?? DEFAULTS.warmup, "warmup", 0),
    ...(options.ttftSlo !== undefined ? { slo: sloOf(options) } : {}),
  };
  const hardware = hardwareOf(options);
  const apis = apiPrices(options.compare, env);
  if (apis.length > 0 && !hardware) throw input("--compare needs the self-hosting price: give --gpu or --hourly", "compare");

  const config = targetConfig(options, levels, env);
  const workers = workersOf(options);
  // Worker threads rebuild the client from its config; an in-process engine is one engine, in a thread of its own.
  if (config.provider !== "llamacpp") plan.threads = { count: workers, setup: { config, env: { ...env } } };
  const model = config.provider === "llamacpp" ? await startEngineThread(config) : await createModel(config, env);
  const stop = stopOnSignals();
  try {
    const result = await runLoad(model, plan, {
      signal: stop.signal,
      onLevel: (level) => {
        if (!options.json) {
          const rate = level.outputTokensPerSecond.toFixed(1);
          const counts = `${level.completed} answered, ${level.errors} failed`;
          process.stderr.write(`kurabe: ${profileLabel(level.profile)}: ${counts}, ${rate} output tok/s\n`);
        }
      },
      onRetry: (level, threads) => {
        if (options.json) return;
        const busy = Math.round(level.client.busiestLoopPercent);
        process.stderr.write(`kurabe: ${profileLabel(level.profile)}: the sending thread was ${busy}% busy; running it again in ${threads} worker threads\n`);
      },
    });
    const view: LoadView = { result, ...(plan.slo ? { slo: plan.slo } : {}) };
    if (hardware) {
      view.hardware = hardware;
      view.costs = levelCosts(result.levels, hardware);
      const chosen = result.choice ? profileLabel(result.choice.profile) : undefined;
      const level = result.levels.find((l) => profileLabel(l.profile) === chosen);
      if (level && apis.length > 0) view.comparisons = compareWithApi(level, hardware, apis);
    }
    process.stdout.write(options.json ? `${JSON.stringify(view, null, 2)}\n` : `${renderLoad(view)}\n`);
    return result.interrupted ? 130 : 0;
  } finally {
    stop.dispose();
    await model.close?.();
  }
}

/** The model under test, as a config the rest of kurabe already knows how to build. */
function targetConfig(options: LoadOptions, levels: readonly LoadProfile[], env: NodeJS.ProcessEnv): ModelConfig {
  if ((options.gguf === undefined) === (options.baseUrl === undefined)) {
    throw input("give either --base-url (with --model) for an OpenAI-compatible endpoint, or --gguf for a local model", "base-url");
  }
  // Rate levels have no fixed number in flight: 16 sequences, and requests beyond them queue (counted in their TTFT).
  const top = Math.max(...levels.map((level) => (level.kind === "concurrency" ? level.concurrency : 16)));
  const parsed = modelSchema.safeParse(
    options.gguf !== undefined
      ? {
          provider: "llamacpp",
          model: options.gguf,
          // One sequence per concurrent request, so the engine batches them as a server would (64 at most).
          sequences: Math.min(top, 64),
          contextSize: whole(options.contextSize ?? "2048", "context-size", 64),
          ...(options.threads !== undefined ? { threads: whole(options.threads, "threads", 1) } : {}),
        }
      : {
          provider: "openai-compatible",
          baseURL: options.baseUrl,
          // The client's sockets: one per request in flight at the top concurrency; at a rate, as many as the schema
          // allows (1,024), beyond which requests queue in the client (counted in their TTFT).
          concurrency: levels.every((level) => level.kind === "concurrency") ? top : MAX_CONCURRENCY,
          model: options.model ?? missing("--model: the model name the endpoint serves", "model"),
          // A key only from the variable the user names: a load test may point anywhere, and OPENAI_API_KEY must not
          // travel to a third-party endpoint by default.
          ...(options.apiKeyEnv !== undefined
            ? { apiKey: env[options.apiKeyEnv] ?? missing(`${options.apiKeyEnv} is not set`, "api-key-env") }
            : {}),
        },
  );
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw input(`${issue?.path.join(".") ?? "option"}: ${issue?.message ?? "invalid"}`, "base-url");
  }
  return parsed.data;
}

/** `--workers auto` (the default) or a whole number of threads ≥ 1. */
function workersOf(options: LoadOptions): number | "auto" {
  if (options.workers === undefined || options.workers === "auto") return "auto";
  if (options.gguf !== undefined) throw input("--workers goes with --base-url: a GGUF model is one engine, run in a thread of its own", "workers");
  return whole(options.workers, "workers", 1);
}

/** `--concurrency 1,2,4` (the default sweep) or `--rate 0.5,2,8` with `--arrivals poisson|constant`. */
function levelsOf(options: LoadOptions): LoadProfile[] {
  if (options.rate === undefined) {
    if (options.arrivals !== undefined) throw input("--arrivals goes with --rate", "arrivals");
    return parseLevels(options.concurrency ?? DEFAULTS.concurrency);
  }
  if (options.concurrency !== undefined) throw input("give --concurrency or --rate, not both", "rate");
  const arrivals = options.arrivals ?? "poisson";
  if (arrivals !== "poisson" && arrivals !== "constant") throw input(`--arrivals is poisson or constant (got "${arrivals}")`, "arrivals");
  return parseRates(options.rate, arrivals);
}

function promptSource(options: LoadOptions): PromptSource {
  if (options.prompts !== undefined) {
    if (options.inputTokens !== undefined) throw input("give --prompts or --input-tokens, not both", "prompts");
    return cyclePrompts(readPromptFile(options.prompts));
  }
  return syntheticPrompts(whole(options.inputTokens ?? DEFAULTS.inputTokens, "input-tokens", 1));
}

function sloOf(options: LoadOptions): TtftSlo {
  const percentile = whole(options.sloPercentile ?? "95", "slo-percentile", 50);
  if (percentile !== 50 && percentile !== 95 && percentile !== 99) throw input("--slo-percentile is 50, 95 or 99", "slo-percentile");
  return { ms: positive(options.ttftSlo!, "ttft-slo"), percentile };
}

function hardwareOf(options: LoadOptions): HardwareCost | undefined {
  const utilisation = options.utilisation === undefined ? 1 : positive(options.utilisation, "utilisation");
  if (utilisation > 1) throw input("--utilisation is a share of the hours paid for, from 0 to 1 (e.g. 0.6)", "utilisation");
  if (options.hourly !== undefined) {
    if (options.gpu !== undefined) throw input("give --gpu or --hourly, not both", "hourly");
    return { hourlyUsd: positive(options.hourly, "hourly"), utilisation, description: "--hourly" };
  }
  if (options.gpu === undefined) {
    if (options.gpus !== undefined || options.spot) throw input("--gpus and --spot need --gpu", "gpu");
    return undefined;
  }
  const quote = quoteGpus(resolveGpuType(options.gpu), whole(options.gpus ?? "1", "gpus", 1), { spot: options.spot ?? false });
  const rented = quote.instances.map(({ offering, count }) => `${count} × ${offering.cloud} ${offering.instance}`).join(" + ");
  const source = [...new Set(quote.instances.map(({ offering }) => offering.source))].join("; ");
  return {
    hourlyUsd: quote.hourlyUsd,
    utilisation,
    description: `${quote.gpus} × ${quote.gpu}${quote.spot ? " (spot)" : ""}: ${rented} [${source}]`,
  };
}

/** `openai:gpt-4o-mini,anthropic:claude-3-5-haiku-20241022` → their catalog prices; unknown prices are an error here. */
function apiPrices(list: string | undefined, env: NodeJS.ProcessEnv) {
  if (list === undefined) return [];
  return list.split(",").map((name) => {
    const [provider, ...rest] = name.trim().split(":");
    const model = rest.join(":");
    const price = provider && model ? lookupCatalog(provider, model, env)?.price : undefined;
    if (!price) {
      const hint = "write provider:model, e.g. openai:gpt-4o-mini; add prices with KURABE_PRICES";
      throw input(`no known price for "${name.trim()}" (${hint})`, "compare");
    }
    return { model: `${provider}:${model}`, price };
  });
}

function whole(text: string, option: string, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw input(`--${option} must be a whole number ≥ ${min} (got "${text}")`, option);
  return value;
}

function positive(text: string, option: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw input(`--${option} must be a number > 0 (got "${text}")`, option);
  return value;
}

function input(message: string, field: string): KurabeError {
  return new KurabeError("input", message, { field });
}

function missing(message: string, field: string): never {
  throw input(message, field);
}
