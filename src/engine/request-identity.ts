import { createHash } from "node:crypto";
import { redactOptions } from "../config/redact.js";
import type { ModelConfig } from "../config/schema.js";
import type { ChatMessage, ModelRequest } from "../models/types.js";

/** What about a model changes its answers: provider, model, endpoint, adapters, a module and its options; never a key, a token or concurrency (the identity is stored with the cache). */
export function modelIdentity(config: ModelConfig): string {
  const identity =
    config.provider === "llamacpp"
      ? { provider: config.provider, model: config.model, lora: config.lora }
      : config.provider === "module"
        ? { provider: config.provider, model: config.model, path: config.path, options: redactOptions(config.options) }
        : { provider: config.provider, model: config.model, baseURL: config.baseURL ?? null };
  return JSON.stringify(identity);
}

/** The request as stored and hashed: image bytes are replaced by their SHA-256, so rows stay small. */
export function describeRequest(request: ModelRequest): string {
  return JSON.stringify({
    messages: request.messages.map(describeMessage),
    params: request.params,
    ...(request.jsonSchema ? { jsonSchema: request.jsonSchema } : {}),
  });
}

function describeMessage(message: ChatMessage): unknown {
  if (typeof message.content === "string") return message;
  return {
    role: message.role,
    content: message.content.map((part) =>
      part.type === "image"
        ? { type: "image", mediaType: part.mediaType, sha256: createHash("sha256").update(part.data).digest("hex") }
        : part,
    ),
  };
}

/**
 * Cache key: everything that changes the answer (model identity, params, messages, schema) plus the sample index, so
 * samples drawn at temperature > 0 stay distinct (a known complaint about peers' caches).
 */
export function cacheKey(modelKey: string, requestDescription: string, sample: number): string {
  return createHash("sha256").update(modelKey).update("\u0000").update(requestDescription).update(`\u0000${sample}`).digest("hex");
}
