import { Worker } from "node:worker_threads";
import type { LlamaCppModelConfig } from "../config/schema.js";
import { ConfigError, KurabeError, ProviderError } from "../errors.js";
import type { Completion, Model, ModelRequest } from "../models/types.js";
import type { EngineReply, EngineRequest, EngineSetup, ThreadError } from "./engine-messages.js";

/**
 * A GGUF model for `kurabe load`, run in a thread of its own (src/load/engine-worker.ts) rather than in the load
 * generator's: node-llama-cpp drives every decode step from JavaScript, and on the generator's thread that work would
 * count as the client's (every GGUF level looked client-bound: 91–96 % busy at concurrency 1, 4 and 16 on the tiny
 * model, against 0.02–0.7 % with the engine here; 2026-12-03, load 17–22) and
 * compete with the sending and the bookkeeping. The figures are the engine's own: each chunk stamped in the engine's
 * thread as it comes out, the hop between threads counted as queueing.
 */
export async function startEngineThread(config: LlamaCppModelConfig): Promise<Model> {
  const worker = new Worker(new URL("./engine-worker.js", import.meta.url), { workerData: { config } satisfies EngineSetup });
  const pending = new Map<number, { resolve: (completion: Completion) => void; reject: (error: unknown) => void }>();
  let exited: Error | undefined;
  const ready = new Promise<Extract<EngineReply, { type: "ready" }>>((resolve, reject) => {
    worker.on("message", (message: EngineReply) => {
      if (message.type === "ready") resolve(message);
      else if (message.type === "failed") reject(fromThread(message.error));
      else if (message.type === "answer" || message.type === "error") {
        const call = pending.get(message.id);
        pending.delete(message.id);
        if (message.type === "answer") call?.resolve(message.completion);
        else call?.reject(fromThread(message.error));
      }
    });
    worker.on("error", reject);
    worker.on("exit", (code) => {
      exited = new ProviderError("server", `the engine thread exited (${code})`);
      reject(exited);
      for (const call of pending.values()) call.reject(exited);
      pending.clear();
    });
  });
  const post = (message: EngineRequest) => worker.postMessage(message);
  const close = async () => {
    if (exited) return;
    // The model is released in its own thread before the thread ends: terminating a thread that still holds
    // llama.cpp's native objects aborts the process.
    const closed = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
    post({ type: "close" });
    await closed;
  };
  let started: Extract<EngineReply, { type: "ready" }>;
  try {
    started = await ready;
  } catch (error) {
    await close();
    throw error;
  }
  let next = 0;
  return {
    id: started.id,
    capabilities: started.capabilities,
    generate(request: ModelRequest, signal: AbortSignal): Promise<Completion> {
      if (signal.aborted) return Promise.reject(signal.reason);
      if (exited) return Promise.reject(exited);
      const id = next++;
      return new Promise<Completion>((resolve, reject) => {
        const onAbort = () => {
          pending.delete(id);
          post({ type: "abort", id });
          reject(signal.reason);
        };
        signal.addEventListener("abort", onAbort, { once: true });
        const settle = <T>(finish: (value: T) => void) => (value: T) => {
          signal.removeEventListener("abort", onAbort);
          finish(value);
        };
        pending.set(id, { resolve: settle(resolve), reject: settle(reject) });
        post({ type: "generate", id, request, sentAt: performance.timeOrigin + performance.now() });
      });
    },
    close,
  };
}

function fromThread(error: ThreadError): Error {
  if (error.kind) return new ProviderError(error.kind, error.message, error.status !== undefined ? { status: error.status } : {});
  if (error.code === "config") return new ConfigError(error.message, error.location);
  if (error.code) return new KurabeError(error.code, error.message, error.location);
  return new Error(error.message);
}
