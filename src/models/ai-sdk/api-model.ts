import type { JSONSchema7, LanguageModelV3 } from "@ai-sdk/provider";
import type { ApiModelConfig } from "../../config/schema.js";
import { ConfigError } from "../../errors.js";
import { lookupCatalog } from "../catalog.js";
import { splitThinkTags } from "../think-tags.js";
import type { Completion, Model, ModelRequest } from "../types.js";
import { callFailure } from "./provider-error.js";
import { providers } from "./providers.js";
import { readFullStream } from "./read-stream.js";
import { toModelMessages } from "./to-model-messages.js";

/** Header names whose values are credentials, scrubbed from messages like the API key. */
const CREDENTIAL_HEADER = /auth|key|token|secret/i;

/**
 * A Model backed by an AI SDK provider. It makes exactly one streamed call per generate(): the engine owns retries,
 * timeouts (through the signal), pacing and caching.
 */
export function createApiModel(
  config: ApiModelConfig,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Model {
  const entry = providers[config.provider];
  const apiKey = config.apiKey ?? (entry.envKey ? env[entry.envKey] : undefined);
  if (entry.envKey && !apiKey) {
    const message = `no API key for ${config.provider}: set ${entry.envKey} or the model's apiKey`;
    throw new ConfigError(message, { field: "apiKey" });
  }
  let languageModel: Promise<LanguageModelV3> | undefined;
  const secrets = [
    ...(apiKey ? [apiKey] : []),
    ...Object.entries(config.headers ?? {}).flatMap(([name, value]) => (CREDENTIAL_HEADER.test(name) ? [value] : [])),
  ];

  return {
    id: config.id ?? `${config.provider}:${config.model}`,
    capabilities: {
      images: config.images ?? lookupCatalog(config.provider, config.model, env)?.images ?? false,
      jsonSchema: true,
    },
    async generate(request: ModelRequest, signal: AbortSignal): Promise<Completion> {
      const started = performance.now();
      try {
        const { params } = request;
        // The provider spec's doStream, not streamText: the engine owns retries, timeouts and output checks, and
        // streamText's extra layers (prompt standardisation, per-chunk validation, telemetry) cost ~2.5 ms of CPU a
        // call, half of kurabe's own per-request time (bench/README.md).
        languageModel ??= entry.create(config, apiKey);
        const { stream } = await (await languageModel).doStream({
          prompt: toModelMessages(request.messages),
          abortSignal: signal,
          temperature: params.temperature,
          topP: params.topP,
          maxOutputTokens: params.maxTokens,
          seed: params.seed,
          stopSequences: params.stop,
          ...(params.reasoningEffort ? { providerOptions: entry.reasoning(params.reasoningEffort) } : {}),
          ...(request.jsonSchema ? { responseFormat: { type: "json", schema: request.jsonSchema as JSONSchema7 } } : {}),
        });
        const answer = await readFullStream(stream, signal);
        const totalMs = performance.now() - started;
        const split = splitThinkTags(answer.text);
        const reasoning = [answer.reasoning.trim(), split.reasoning ?? ""]
          .filter((part) => part.length > 0)
          .join("\n\n");
        return {
          text: split.text,
          ...(reasoning ? { reasoning } : {}),
          usage: answer.usage,
          timing: { ...(answer.firstTokenAt !== undefined ? { ttftMs: answer.firstTokenAt - started } : {}), totalMs },
          finishReason: answer.finishReason,
        };
      } catch (error) {
        throw callFailure(error, { provider: config.provider, signal, secrets });
      }
    },
  };
}
