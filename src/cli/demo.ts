import path from "node:path";
import { fileURLToPath } from "node:url";
import { configSchema, type KurabeConfig } from "../config/schema.js";
import { createDownloadProgressBar } from "../models/download/progress-bar.js";
import { defaultModelCacheDir } from "../models/download/model-locations.js";
import { resolveDefaultLocalModel } from "../models/download/resolve-local-model.js";
import { DEFAULT_DB_PATH } from "../store/open-store.js";
import { sandboxAvailability } from "../scoring/sandbox/availability.js";
import { executeRun, exitStatusOf } from "./run.js";
import { reportCommand } from "./report.js";

/** Built-in data ships beside dist/ and src/ alike. */
const QUICK_SUITE_DIR = fileURLToPath(new URL("../../suites/quick/", import.meta.url));

/** API models that join the demo when their key is in the environment. */
const API_MODELS_BY_KEY: ReadonlyArray<{ env: string; provider: "openai" | "anthropic" | "google"; models: string[] }> = [
  { env: "OPENAI_API_KEY", provider: "openai", models: ["gpt-4o", "gpt-4o-mini"] },
  { env: "ANTHROPIC_API_KEY", provider: "anthropic", models: ["claude-3-5-haiku-20241022"] },
  { env: "GOOGLE_GENERATIVE_AI_API_KEY", provider: "google", models: ["gemini-2.5-flash"] },
];

interface DemoOptions {
  db?: string;
  model?: string;
  offline?: boolean;
  json?: boolean;
}

export async function demoCommand(options: DemoOptions, env = process.env): Promise<number> {
  const bar = createDownloadProgressBar("downloading Llama 3.2 1B Instruct");
  const local = await resolveDefaultLocalModel({
    cacheDir: defaultModelCacheDir(env),
    ...(options.model ? { userPath: options.model } : {}),
    allowDownload: !options.offline,
    onProgress: bar.onProgress,
  }).finally(() => bar.stop());
  if (local.note) process.stderr.write(`kurabe: ${local.note}\n`);
  const localId = local.kind === "smoke-test" ? "smoke-test-tiny-llama" : path.basename(local.path, ".gguf");
  const withCode = (await sandboxAvailability()).available;
  if (!withCode) process.stderr.write("kurabe: bubblewrap is not available: the quick suite leaves out code execution (apt-get install -y bubblewrap adds it)\n");
  const config = demoConfig(local.path, localId, env, withCode);
  const modelNotes = local.kind === "smoke-test" ? { [localId]: local.label } : {};
  const dbPath = options.db ?? DEFAULT_DB_PATH;
  const outcome = await executeRun({ config, dbPath, modelNotes, json: options.json ?? false });
  if (outcome.status === "interrupted") return exitStatusOf(outcome);
  // The decision report of this run, beside its store: one file that opens offline.
  const out = path.join(path.dirname(dbPath), `report-${outcome.runId}.html`);
  const reported = await reportCommand(outcome.runId, { db: dbPath, out }, env);
  return reported === 0 ? exitStatusOf(outcome) : reported;
}

/** One small slice of each category; code only where the sandbox can run it, as the code suites require. */
function demoConfig(ggufPath: string, localId: string, env: NodeJS.ProcessEnv, withCode: boolean): KurabeConfig {
  const apiModels = API_MODELS_BY_KEY.filter((entry) => env[entry.env]).flatMap((entry) =>
    entry.models.map((model) => ({ id: `${entry.provider}:${model}`, provider: entry.provider, model, concurrency: 4 })),
  );
  // Long enough for a real model's answer; short enough that the smoke-test model's babble stays quick.
  const brief = { maxTokens: 256 };
  return configSchema.parse({
    description: "kurabe quick suite (built in)",
    models: [
      { id: localId, provider: "llamacpp", model: ggufPath, concurrency: 2, sequences: 2, contextSize: 4096 },
      ...apiModels,
    ],
    suites: [
      { builtin: "mmlu", name: "quick-mmlu", path: path.join(QUICK_SUITE_DIR, "mmlu.jsonl") },
      { builtin: "jcommonsenseqa", name: "quick-jcommonsenseqa", limit: 8 },
      { builtin: "gsm8k", name: "quick-gsm8k", limit: 3, params: brief },
      { builtin: "ifeval", name: "quick-ifeval", limit: 3, params: brief },
      { builtin: "mathvision", name: "quick-mathvision", limit: 3, params: brief },
      ...(withCode ? [{ builtin: "humaneval", name: "quick-humaneval", limit: 3, params: brief }] : []),
    ],
  });
}
