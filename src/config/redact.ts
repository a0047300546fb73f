import type { KurabeConfig, ModelConfig } from "./schema.js";

const REDACTED = "[redacted]";
/** Names whose values are credentials: header names, and the keys of a provider module's options. */
const CREDENTIAL_NAME = /auth|key|token|secret|password/i;

export function isCredentialName(name: string): boolean {
  return CREDENTIAL_NAME.test(name);
}
const ENV_KEY_NAMES = ["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GOOGLE_GENERATIVE_AI_API_KEY", "GEMINI_API_KEY"];

/** A model's configuration as it may be stored or shown: no API key, no header values. */
export function redactModelConfig(config: ModelConfig): Record<string, unknown> {
  const rag = config.rag?.embedding ? { rag: { ...config.rag, embedding: redactCredentials(config.rag.embedding) } } : {};
  return { ...redactCredentials(config), ...rag };
}

/** An API key, header values and a module's credential options replaced; anything without them as it is. */
function redactCredentials<T extends { provider: string; apiKey?: string; headers?: Record<string, string>; options?: Record<string, unknown> }>(
  config: T,
): Record<string, unknown> {
  if (config.provider === "llamacpp") return { ...config };
  if (config.provider === "module") return { ...config, options: redactOptions(config.options ?? {}) };
  const { apiKey, headers, ...rest } = config;
  return {
    ...rest,
    ...(apiKey !== undefined ? { apiKey: REDACTED } : {}),
    ...(headers ? { headers: Object.fromEntries(Object.keys(headers).map((name) => [name, REDACTED])) } : {}),
  };
}

/** Option values under credential names replaced, at any depth. */
export function redactOptions(options: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(options).map(([name, value]) => [
      name,
      isCredentialName(name) ? REDACTED : isRecord(value) ? redactOptions(value) : value,
    ]),
  );
}

/** Every string under a credential name in a module's options, at any depth. */
function optionSecrets(options: Record<string, unknown>): string[] {
  return Object.entries(options).flatMap(([name, value]) =>
    typeof value === "string" && isCredentialName(name) ? [value] : isRecord(value) ? optionSecrets(value) : [],
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
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
    if (model.provider === "module") for (const value of optionSecrets(model.options)) secrets.add(value);
    for (const holder of [model, model.rag?.embedding]) {
      if (!holder || holder.provider === "llamacpp" || holder.provider === "module") continue;
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
