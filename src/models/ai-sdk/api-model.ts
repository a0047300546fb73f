import { jsonSchema, Output, streamText } from "ai";
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
 * A Model backed by the Vercel AI SDK. It makes exactly one streamed call per generate(): the engine owns retries
 * (`maxRetries: 0`), timeouts (through the signal), pacing and caching.
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
  const languageModel = entry.create(config, apiKey);
  const secrets = [
    ...(apiKey ? [apiKey] : []),
    ...Object.entries(config.headers ?? {}).flatMap(([name, value]) => (CREDENTIAL_HEADER.test(name) ? [value] : [])),
  ];

  return {
    id: config.id ?? `${config.provider}:${config.model}`,
    capabilities: {
      images: config.images ?? lookupCatalog(config.provider, config.model)?.images ?? false,
      jsonSchema: true,
    },
    async generate(request: ModelRequest, signal: AbortSignal): Promise<Completion> {
      const started = performance.now();
      try {
        const { params } = request;
        const result = streamText({
          model: languageModel,
          messages: toModelMessages(request.messages),
          // System turns come from the suite's own config, not from untrusted users: the SDK's injection warning
          // does not apply.
          allowSystemInMessages: true,
          maxRetries: 0,
          abortSignal: signal,
          temperature: params.temperature,
          topP: params.topP,
          maxOutputTokens: params.maxTokens,
          seed: params.seed,
          stopSequences: params.stop,
          ...(params.reasoningEffort ? { providerOptions: entry.reasoning(params.reasoningEffort) } : {}),
          ...(request.jsonSchema ? { output: Output.object({ schema: jsonSchema(request.jsonSchema) }) } : {}),
          // Errors are read from the stream and thrown below; the default handler would also print them.
          onError: () => {},
        });
        const answer = await readFullStream(result.fullStream, signal);
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
