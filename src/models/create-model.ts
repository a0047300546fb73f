import type { ModelConfig } from "../config/schema.js";
import { createChatCompletionsModel } from "./chat-completions/chat-completions-model.js";
import type { Model } from "./types.js";

type Env = Readonly<Record<string, string | undefined>>;
type Factories = {
  [P in ModelConfig["provider"]]: (config: Extract<ModelConfig, { provider: P }>, env: Env) => Promise<Model>;
};

/**
 * Provider name → adapter. OpenAI, Anthropic and Google go through the AI SDK; OpenAI-compatible servers, the ones a
 * company measures under load, through kurabe's own lean client; the user's own provider module (an in-house gateway)
 * through src/models/module. Each adapter is imported when a model of its provider is configured: API-only runs never
 * load the native llama.cpp library, and a run against a self-hosted server never loads the AI SDK adapter.
 */
const factories: Factories = {
  openai: async (config, env) => (await import("./ai-sdk/api-model.js")).createApiModel(config, env),
  anthropic: async (config, env) => (await import("./ai-sdk/api-model.js")).createApiModel(config, env),
  google: async (config, env) => (await import("./ai-sdk/api-model.js")).createApiModel(config, env),
  "openai-compatible": async (config, env) => createChatCompletionsModel(config, env),
  llamacpp: async (config) => (await import("./llamacpp/llamacpp-model.js")).createLlamaCppModel(config),
  module: async (config) => (await import("./module/module-model.js")).createModuleModel(config),
};

export function createModel(config: ModelConfig, env: Env): Promise<Model> {
  // TypeScript cannot correlate the key with the narrowed config; the mapped type above keeps each entry exact.
  const create = factories[config.provider] as (config: ModelConfig, env: Env) => Promise<Model>;
  return create(config, env);
}
