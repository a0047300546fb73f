import type { IncomingHttpHeaders } from "node:http";
import { StringDecoder } from "node:string_decoder";
import type { ApiModelConfig } from "../../config/schema.js";
import { ConfigError } from "../../errors.js";
import { KURABE_VERSION } from "../../version.js";
import { apiModelSetup } from "../api/api-model-setup.js";
import { callFailure, HttpStatusError } from "../api/provider-error.js";
import { toCompletion, type StreamedAnswer } from "../api/streamed-answer.js";
import { httpTransport } from "../http/dispatcher.js";
import { proxyFor } from "../http/proxy-settings.js";
import type { Completion, Model, ModelRequest } from "../types.js";
import { chatCompletionsBody } from "./chat-body.js";
import { ChatStreamReader } from "./chat-stream.js";

/** An error body is read for its message only: a proxy's HTML page must not fill memory or a log line. */
const MAX_ERROR_BODY = 64 * 1024;

/**
 * A Model for an OpenAI-compatible server (vLLM, llama.cpp server, Ollama, TGI, LM Studio): kurabe's own streaming
 * chat-completions client over undici's connection pool and eventsource-parser, without the AI SDK's web-stream
 * pipeline, which on Node 20 costs ~1.6 ms of CPU a call and, under load, queues chunks so that TTFT and ITL measure
 * the client instead of the server (bench/README.md). One streamed call per generate(); the engine owns retries,
 * timeouts (through the signal), pacing and caching. Failures are the same ProviderErrors as the SDK clients'.
 */
export function createChatCompletionsModel(
  config: ApiModelConfig,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Model {
  // The config schema requires it; a config built in code may still leave it out.
  if (!config.baseURL) throw new ConfigError("an openai-compatible model needs a baseURL", { field: "baseURL" });
  const { id, capabilities, apiKey, secrets } = apiModelSetup(config, env, undefined);
  const { dispatcher, proxies } = httpTransport(env);
  const url = new URL(`${config.baseURL.replace(/\/+$/, "")}/chat/completions`);
  const proxy = proxyFor(proxies, url);
  const headers = {
    "content-type": "application/json",
    "user-agent": `kurabe/${KURABE_VERSION}`,
    ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
    ...config.headers,
  };
  const target = { origin: url.origin, path: `${url.pathname}${url.search}`, method: "POST" as const, headers };

  return {
    id,
    capabilities,
    async generate(request: ModelRequest, signal: AbortSignal): Promise<Completion> {
      const started = performance.now();
      try {
        const body = JSON.stringify(chatCompletionsBody(config.model, request));
        const response = await dispatcher.request({ ...target, body, signal });
        if (response.statusCode < 200 || response.statusCode >= 300) {
          throw new HttpStatusError(response.statusCode, flatHeaders(response.headers), await errorDetail(response.body));
        }
        return toCompletion(await readAnswer(response.body), started);
      } catch (error) {
        throw callFailure(error, { provider: config.provider, signal, secrets, ...(proxy ? { proxy } : {}) });
      }
    },
  };
}

/**
 * Drains the event stream, stamping each piece with the time its bytes arrived. Plain listeners on undici's body (a
 * Node stream), not async iteration: nothing queues between the socket and the clock.
 */
function readAnswer(body: NodeJS.ReadableStream & { destroy(error?: Error): void }): Promise<StreamedAnswer> {
  const reader = new ChatStreamReader();
  // A decoder of our own: undici's body ignores setEncoding. It keeps a character split across chunks whole.
  const decoder = new StringDecoder("utf8");
  return new Promise((resolve, reject) => {
    body.on("data", (bytes: Buffer) => {
      const arrivedAt = performance.now();
      try {
        reader.feed(decoder.write(bytes), arrivedAt);
      } catch (error) {
        body.destroy();
        reject(error);
      }
    });
    body.on("error", reject);
    body.on("end", () => {
      try {
        resolve(reader.finish());
      } catch (error) {
        reject(error);
      }
    });
  });
}

/** The server's message from an error body: OpenAI's `{error: {message}}` (and `{message}`), else the text itself. */
async function errorDetail(body: NodeJS.ReadableStream & { destroy(): void }): Promise<string> {
  let text = "";
  for await (const piece of body) {
    text += String(piece);
    if (text.length > MAX_ERROR_BODY) {
      body.destroy();
      break;
    }
  }
  try {
    const parsed = JSON.parse(text) as { error?: { message?: unknown } | string; message?: unknown };
    const message = typeof parsed.error === "object" ? parsed.error?.message : (parsed.error ?? parsed.message);
    if (typeof message === "string") return message;
  } catch {
    // Not JSON: the text is the message.
  }
  return text;
}

/** Undici gives repeated headers as arrays; Retry-After and its kin are single-valued. */
function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}
