import type { ModuleModelConfig } from "../../config/schema.js";
import { ConfigError, KurabeError, ProviderError } from "../../errors.js";
import { kindForStatus } from "../api/provider-error.js";
import { toCompletion } from "../api/streamed-answer.js";
import { TIMEOUT_CODES, transportCodeOf } from "../transport-codes.js";
import type { Completion, Model, ModelRequest } from "../types.js";
import { loadModelModule } from "./load-model-module.js";
import { readAnswer, readStream } from "./module-answer.js";

/**
 * A Model backed by the user's provider module (`provider: module`): one `stream` or `generate` call per request. Like
 * every adapter it never retries, paces or caches; it turns the module's failures into ProviderErrors by status code
 * and socket code so that the engine retries what a retry can mend.
 */
export async function createModuleModel(config: ModuleModelConfig): Promise<Model> {
  const module = await loadModelModule(config.path);
  const { stream, generate, close } = module;
  return {
    id: config.id ?? `module:${config.model}`,
    capabilities: { images: config.images ?? false, jsonSchema: true },
    async generate(request: ModelRequest, signal: AbortSignal): Promise<Completion> {
      const context = { model: config.model, options: config.options, signal };
      // Every wait on the module's own code: what it throws is its failure, told apart from the reading's own errors.
      const fromModule = <T>(run: () => T | PromiseLike<T>) =>
        untilAborted(Promise.resolve().then(run), signal).catch((error: unknown) => {
          throw moduleFailure(error, config.path, signal);
        });
      const started = performance.now();
      const answer = stream
        ? await readStream(await fromModule(() => stream.call(module, request, context)), config.path, fromModule)
        : readAnswer(await fromModule(() => generate!.call(module, request, context)), config.path);
      return toCompletion(answer, started);
    },
    ...(close ? { close: async () => void (await close.call(module)) } : {}),
  };
}

/**
 * The module's promise, or the signal's reason as soon as it fires: a module that ignores the signal cannot hold a
 * request past its timeout or a stopped run.
 */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason as Error);
    signal.addEventListener("abort", abort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", abort);
        reject(error as Error);
      },
    );
  });
}

/**
 * What to throw for a module's failure: the signal's reason when the request was stopped (the engine tells a timeout
 * from a stop); an error of kurabe's classes (a module may import them) as its class, code and location with the
 * module named, so that it does not read as kurabe's own; an HTTP `status` or a socket code as the ProviderError an adapter
 * would throw (429, 5xx and connection failures are retried); anything else an infrastructure error, not retried.
 */
function moduleFailure(error: unknown, path: string, signal: AbortSignal): unknown {
  if (signal.aborted) return signal.reason;
  if (error instanceof KurabeError) return namingModule(error, path);
  const message = error instanceof Error ? error.message : String(error);
  const status = numberField(error, "status") ?? numberField(error, "statusCode");
  if (status !== undefined) {
    const retryAfterMs = numberField(error, "retryAfterMs");
    return new ProviderError(kindForStatus(status), `provider module ${path}: HTTP ${status}: ${message}`, {
      status,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
  }
  const code = transportCodeOf(error);
  if (code !== undefined) {
    return new ProviderError(TIMEOUT_CODES.has(code) ? "timeout" : "network", `provider module ${path}: connection failed (${code})`, {
      transportCode: code,
    });
  }
  return new KurabeError("provider", `provider module ${path} threw: ${message}`, {}, { cause: error });
}

/**
 * The module's own KurabeError or ConfigError (the classes the package exports, from any copy of kurabe) as the same
 * class, code and location, its message prefixed.
 */
function namingModule(error: KurabeError, path: string): KurabeError {
  const message = `provider module ${path} threw: ${error.message}`;
  if (error instanceof ConfigError) return new ConfigError(message, error.location, { cause: error });
  return new KurabeError(error.code, message, error.location, { cause: error });
}

function numberField(error: unknown, name: string): number | undefined {
  const value = typeof error === "object" && error !== null ? (error as Record<string, unknown>)[name] : undefined;
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}
