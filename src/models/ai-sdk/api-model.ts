import type { JSONSchema7 } from "@ai-sdk/provider";
import type { ApiModelConfig } from "../../config/schema.js";
import { apiModelSetup } from "../api/api-model-setup.js";
import { callFailure } from "../api/provider-error.js";
import { toCompletion } from "../api/streamed-answer.js";
import { httpTransport } from "../http/dispatcher.js";
import { fetchThrough } from "../http/fetch-through.js";
import { proxyFor } from "../http/proxy-settings.js";
import type { Completion, Model, ModelRequest } from "../types.js";
import { stampArrivals } from "./arrival-stamps.js";
import { providers, type SdkProvider } from "./providers.js";
import { readFullStream } from "./read-stream.js";
import { toModelMessages } from "./to-model-messages.js";

/**
 * A Model backed by an AI SDK provider (OpenAI, Anthropic, Google). It makes exactly one streamed call per
 * generate(): the engine owns retries, timeouts (through the signal), pacing and caching.
 */
export function createApiModel(
  config: ApiModelConfig & { provider: SdkProvider },
  env: Readonly<Record<string, string | undefined>> = process.env,
): Model {
  const entry = providers[config.provider];
  const { id, capabilities, apiKey, secrets } = apiModelSetup(config, env, entry.envKey);
  const transport = httpTransport(env);
  const proxy = proxyFor(transport.proxies, new URL(config.baseURL ?? entry.defaultBaseURL));
  const fetch = fetchThrough(transport.dispatcher);
  let sdk: ReturnType<typeof entry.load> | undefined;

  return {
    id,
    capabilities,
    async generate(request: ModelRequest, signal: AbortSignal): Promise<Completion> {
      const started = performance.now();
      try {
        const { params } = request;
        // The provider spec's doStream, not streamText: the engine owns retries, timeouts and output checks, and
        // streamText's extra layers (prompt standardisation, per-chunk validation, telemetry) cost ~2.5 ms of CPU a
        // call, half of kurabe's own per-request time (bench/README.md).
        // A model per call (a few µs) so that its fetch stamps this call's bytes alone.
        sdk ??= entry.load(config, apiKey);
        const arrivals = stampArrivals(fetch, entry.carriesOutput);
        const { stream } = await (await sdk)(arrivals.fetch).doStream({
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
        return toCompletion({ ...answer, ...arrivals.stamps() }, started);
      } catch (error) {
        throw callFailure(error, { provider: config.provider, signal, secrets, ...(proxy ? { proxy } : {}) });
      }
    },
  };
}
