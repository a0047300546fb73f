import type { ApiModelConfig } from "../../config/schema.js";
import { ConfigError } from "../../errors.js";
import { KURABE_VERSION } from "../../version.js";
import { apiModelSetup } from "../api/api-model-setup.js";
import { callFailure } from "../api/provider-error.js";
import { toCompletion } from "../api/streamed-answer.js";
import { laneTransport } from "../http/dispatcher.js";
import { proxyFor } from "../http/proxy-settings.js";
import type { Completion, GenerateHooks, Model, ModelRequest } from "../types.js";
import { chatCompletionsBody } from "./chat-body.js";
import { postStreamed } from "./post-streamed.js";

/**
 * A Model for an OpenAI-compatible server (vLLM, llama.cpp server, Ollama, TGI, LM Studio): kurabe's own streaming
 * chat-completions client over undici's connection pool and eventsource-parser, without the AI SDK's web-stream
 * pipeline, which on Node 20 costs ~1.6 ms of CPU a call and, under load, queues chunks so that TTFT and ITL measure
 * the client instead of the server (bench/README.md). One streamed call per generate(); the engine owns retries,
 * timeouts (through the signal), pacing and caching. Failures are the same ProviderErrors as the SDK clients'. Its
 * sockets are its own (not the shared pool's): `close` closes them.
 */
export function createChatCompletionsModel(
  config: ApiModelConfig,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Model {
  // The config schema requires it; a config built in code may still leave it out.
  if (!config.baseURL) throw new ConfigError("an openai-compatible model needs a baseURL", { field: "baseURL" });
  const { id, capabilities, apiKey, secrets } = apiModelSetup(config, env, undefined);
  // Its own pool, as many sockets as requests in flight: every call goes through the model's lane (its concurrency).
  const { dispatcher, proxies } = laneTransport(env, config.concurrency);
  const url = new URL(`${config.baseURL.replace(/\/+$/, "")}/chat/completions`);
  const proxy = proxyFor(proxies, url);
  const headers = {
    "content-type": "application/json",
    "user-agent": `kurabe/${KURABE_VERSION}`,
    ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
    ...config.headers,
  };
  const target = { origin: url.origin, path: `${url.pathname}${url.search}`, headers };

  return {
    id,
    capabilities,
    async generate(request: ModelRequest, signal: AbortSignal, hooks?: GenerateHooks): Promise<Completion> {
      try {
        const body = JSON.stringify(chatCompletionsBody(config.model, request));
        // The clock starts as the request is handed to the connection pool, where bench/bare-client.ts starts its own.
        const started = performance.now();
        return toCompletion(await postStreamed(dispatcher, target, body, signal, hooks?.onAnswered), started);
      } catch (error) {
        throw callFailure(error, { provider: config.provider, signal, secrets, ...(proxy ? { proxy } : {}) });
      }
    },
    // The engine calls it when the run, rescore or load ends: the lanes' sockets close then, not at process exit.
    close: () => dispatcher.close(),
  };
}
