/**
 * A worker thread of `kurabe load`: its own model client (and so its own connection pool and event loop) sending its
 * share of a level's requests. Messages: the parent sends `level`, `stop` and `close`; the worker answers `ready` once
 * its model exists, then `done` or `failed` per level, and `closed` once its model is closed.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createModel } from "../models/create-model.js";
import { loopUtilisation } from "./client-usage.js";
import { runLevel } from "./run-level.js";
import type { LevelShare, WorkerReply, WorkerRequest, WorkerSetup } from "./worker-messages.js";

const port = parentPort!;
const setup = workerData as WorkerSetup;
const model = await createModel(setup.config, setup.env);
let stop = new AbortController();

port.on("message", (message: WorkerRequest) => {
  if (message.type === "stop") stop.abort(new Error("stopped by the user"));
  else if (message.type === "close") void close();
  else void run(message.share);
});
port.postMessage({ type: "ready" } satisfies WorkerReply);

async function run(share: LevelShare): Promise<void> {
  stop = new AbortController();
  const loop = loopUtilisation();
  try {
    const { prompts } = share;
    const level = await runLevel(model, { ...share, prompts: (index) => prompts[index]!, firstIndex: 0 }, stop.signal);
    port.postMessage({ type: "done", run: level, loop: loop() } satisfies WorkerReply);
  } catch (error) {
    port.postMessage({ type: "failed", message: error instanceof Error ? error.message : String(error) } satisfies WorkerReply);
  }
}

async function close(): Promise<void> {
  stop.abort(new Error("closing"));
  await model.close?.();
  port.postMessage({ type: "closed" } satisfies WorkerReply);
}
