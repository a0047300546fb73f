import type { KurabeConfig, ModelConfig } from "./schema.js";

const REDACTED = "[redacted]";
const ENV_KEY_NAMES = ["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GOOGLE_GENERATIVE_AI_API_KEY", "GEMINI_API_KEY"];

/** A model's configuration as it may be stored or shown: no API key, no header values. */
export function redactModelConfig(config: ModelConfig): Record<string, unknown> {
  const rag = config.rag?.embedding ? { rag: { ...config.rag, embedding: redactCredentials(config.rag.embedding) } } : {};
  return { ...redactCredentials(config), ...rag };
}

/** An API key and header values replaced; anything without them as it is. */
function redactCredentials<T extends { provider: string; apiKey?: string; headers?: Record<string, string> }>(config: T): Record<string, unknown> {
  if (config.provider === "llamacpp") return { ...config };
  const { apiKey, headers, ...rest } = config;
  return {
    ...rest,
    ...(apiKey !== undefined ? { apiKey: REDACTED } : {}),
    ...(headers ? { headers: Object.fromEntries(Object.keys(headers).map((name) => [name, REDACTED])) } : {}),
  };
}

export function redactConfig(config: KurabeConfig): Record<string, unknown> {
  return { ...config, models: config.models.map(redactModelConfig) };
}

/** Every secret value in the config, so that any text bound for the store or the terminal can be scrubbed. */
export function collectSecrets(config: KurabeConfig, env: Readonly<Record<string, string | undefined>>): string[] {
  const secrets = new Set<string>();
  // Keys the adapters read from the environment when the config names none.
  for (const name of ENV_KEY_NAMES) if (env[name]) secrets.add(env[name]);
  for (const model of config.models) {
    for (const holder of [model, model.rag?.embedding]) {
      if (!holder || holder.provider === "llamacpp") continue;
      if (holder.apiKey) secrets.add(holder.apiKey);
      for (const value of Object.values(holder.headers ?? {})) secrets.add(value);
    }
  }
  // Very short values would scrub ordinary words; no real key is that short.
  return [...secrets].filter((s) => s.length >= 6);
}

export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) result = result.split(secret).join(REDACTED);
  return result;
}
