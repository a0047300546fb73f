/**
 * The thread of an in-process engine under `kurabe load` (a GGUF model through node-llama-cpp): the model and all of
 * its JavaScript side live here, as a server lives in its own process, so the load generator's thread only sends
 * requests and keeps the books, and its event-loop use says whether the generator kept up. Chunks are stamped here,
 * as the engine gives them out. Messages: the parent sends `generate`, `abort` and `close`; this thread answers
 * `ready` (or `failed`) once the model is loaded, then `answer` or `error` per call, and `closed`.
 */
import { parentPort, workerData } from "node:worker_threads";
import { KurabeError, ProviderError } from "../errors.js";
import { createModel } from "../models/create-model.js";
import type { Model } from "../models/types.js";
import type { EngineReply, EngineRequest, EngineSetup, ThreadError } from "./engine-messages.js";

const port = parentPort!;
const { config } = workerData as EngineSetup;
const calls = new Map<number, AbortController>();
let model: Model | undefined;
try {
  model = await createModel(config, {});
  port.postMessage({ type: "ready", id: model.id, capabilities: model.capabilities } satisfies EngineReply);
} catch (error) {
  // The thread stays until the parent has read why and sends `close`: ending at once could let the exit overtake
  // the message.
  port.postMessage({ type: "failed", error: threadError(error) } satisfies EngineReply);
}
port.on("message", onMessage);

function onMessage(message: EngineRequest): void {
  if (message.type === "generate") void generate(message.id, message);
  else if (message.type === "abort") calls.get(message.id)?.abort(new Error("aborted by the load generator"));
  else void close();
}

async function generate(id: number, { request, sentAt }: Extract<EngineRequest, { type: "generate" }>): Promise<void> {
  if (!model) return;
  // The time the call spent between threads is a wait the user would see: it joins the engine's own queueing.
  const carriedMs = Math.max(0, performance.timeOrigin + performance.now() - sentAt);
  const call = new AbortController();
  calls.set(id, call);
  try {
    const completion = await model!.generate(request, call.signal);
    const timing = { ...completion.timing, queuedMs: (completion.timing.queuedMs ?? 0) + carriedMs };
    port.postMessage({ type: "answer", id, completion: { ...completion, timing } } satisfies EngineReply);
  } catch (error) {
    port.postMessage({ type: "error", id, error: threadError(error) } satisfies EngineReply);
  } finally {
    calls.delete(id);
  }
}

async function close(): Promise<void> {
  for (const call of calls.values()) call.abort(new Error("closing"));
  await model?.close?.();
  port.postMessage({ type: "closed" } satisfies EngineReply);
  port.close();
}

function threadError(error: unknown): ThreadError {
  if (error instanceof ProviderError) {
    return { message: error.message, kind: error.kind, ...(error.status !== undefined ? { status: error.status } : {}) };
  }
  if (error instanceof KurabeError) return { message: error.message, code: error.code, location: error.location };
  return { message: error instanceof Error ? error.message : String(error) };
}
