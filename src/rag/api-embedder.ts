import type { EmbeddingModelV3 } from "@ai-sdk/provider";
import { ConfigError } from "../errors.js";
import { callFailure } from "../models/api/provider-error.js";
import { httpTransport } from "../models/http/dispatcher.js";
import { fetchThrough } from "../models/http/fetch-through.js";
import type { Embedder } from "./embedder.js";
import type { EmbedderConfig } from "./rag-schema.js";

type ApiEmbedderConfig = Exclude<EmbedderConfig, { provider: "llamacpp" }>;

const ENV_KEYS: Record<ApiEmbedderConfig["provider"], string | undefined> = {
  openai: "OPENAI_API_KEY",
  google: "GOOGLE_GENERATIVE_AI_API_KEY",
  "openai-compatible": undefined,
};

type Common = { apiKey: string | undefined; baseURL: string | undefined; headers: Record<string, string> | undefined; fetch: typeof fetch };

/** Provider → its SDK's embedding model, imported on first use. */
const embeddingModels: Record<ApiEmbedderConfig["provider"], (model: string, common: Common) => Promise<EmbeddingModelV3>> = {
  openai: async (model, common) => (await import("@ai-sdk/openai")).createOpenAI(common).embeddingModel(model),
  google: async (model, common) => (await import("@ai-sdk/google")).createGoogleGenerativeAI(common).embeddingModel(model),
  "openai-compatible": async (model, common) =>
    (await import("@ai-sdk/openai-compatible"))
      .createOpenAICompatible({ ...common, name: "openaiCompatible", baseURL: common.baseURL ?? "" })
      .embeddingModel(model),
};

/** Texts per request: the provider's own limit when it states one (OpenAI: 2,048), else 96. */
const DEFAULT_BATCH = 96;

/** An API embedding model through the AI SDK provider's embedding spec (doEmbed): one request per batch, no retry. */
export function createApiEmbedder(config: ApiEmbedderConfig, env: Readonly<Record<string, string | undefined>>): Embedder {
  const envKey = ENV_KEYS[config.provider];
  const apiKey = config.apiKey ?? (envKey ? env[envKey] : undefined);
  if (envKey && !apiKey) throw new ConfigError(`no API key for ${config.provider}: set ${envKey} or the embedding's apiKey`, { field: "rag.embedding.apiKey" });
  // kurabe's connection pool, proxies honoured, as for every model call.
  const fetch = fetchThrough(httpTransport(env).dispatcher);
  let model: Promise<EmbeddingModelV3> | undefined;
  return {
    identity: `${config.provider}:${config.baseURL ?? ""}:${config.model}`,
    async embed(texts, signal) {
      try {
        model ??= embeddingModels[config.provider](config.model, { apiKey, baseURL: config.baseURL, headers: config.headers, fetch });
        const resolved = await model;
        const batch = (await resolved.maxEmbeddingsPerCall) ?? DEFAULT_BATCH;
        const vectors: Float32Array[] = [];
        let tokens = 0;
        for (let start = 0; start < texts.length; start += batch) {
          const result = await resolved.doEmbed({ values: texts.slice(start, start + batch), abortSignal: signal });
          vectors.push(...result.embeddings.map((vector) => Float32Array.from(vector)));
          tokens += result.usage?.tokens ?? 0;
        }
        return { vectors, tokens };
      } catch (error) {
        throw callFailure(error, { provider: config.provider, signal, secrets: apiKey ? [apiKey] : [] });
      }
    },
  };
}
