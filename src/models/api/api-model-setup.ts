import type { ApiModelConfig } from "../../config/schema.js";
import { isCredentialName } from "../../config/redact.js";
import { ConfigError } from "../../errors.js";
import { lookupCatalog } from "../catalog.js";
import type { ModelCapabilities } from "../types.js";

interface ApiModelSetup {
  id: string;
  capabilities: ModelCapabilities;
  apiKey?: string;
  /** Values that must never appear in a message: the API key and credential headers. */
  secrets: string[];
}

/**
 * What every API model starts from, whichever client calls it: its id, capabilities, key and the secrets to scrub.
 * `envKey` is the variable the provider's own SDKs read the key from; a provider without one needs no key.
 */
export function apiModelSetup(
  config: ApiModelConfig,
  env: Readonly<Record<string, string | undefined>>,
  envKey: string | undefined,
): ApiModelSetup {
  const apiKey = config.apiKey ?? (envKey ? env[envKey] : undefined);
  if (envKey && !apiKey) {
    const message = `no API key for ${config.provider}: set ${envKey} or the model's apiKey`;
    throw new ConfigError(message, { field: "apiKey" });
  }
  return {
    id: config.id ?? `${config.provider}:${config.model}`,
    capabilities: {
      images: config.images ?? lookupCatalog(config.provider, config.model, env)?.images ?? false,
      jsonSchema: true,
    },
    ...(apiKey ? { apiKey } : {}),
    secrets: [
      ...(apiKey ? [apiKey] : []),
      ...Object.entries(config.headers ?? {}).flatMap(([name, value]) => (isCredentialName(name) ? [value] : [])),
    ],
  };
}
