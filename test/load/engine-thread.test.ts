/**
 * The engine's thread loads a compiled module (dist/load/engine-worker.js), so these tests drive the built code, as
 * users run it (`npm test` builds first).
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { modelSchema, type LlamaCppModelConfig } from "../../src/config/schema.js";
import { writeTinyLlamaGguf } from "../../src/models/gguf/tiny-llama.js";
import type { Model, ModelRequest } from "../../src/models/types.js";
import { useTempDirs } from "../support/temp-dir.js";

const built = async <T>(path: string): Promise<T> => (await import(new URL(`../../dist/${path}`, import.meta.url).href)) as T;
const { startEngineThread } = await built<typeof import("../../src/load/engine-thread.js")>("load/engine-thread.js");
// The built classes: the built engine throws those.
const { ConfigError, ProviderError } = await built<typeof import("../../src/errors.js")>("errors.js");

const tempDir = useTempDirs();
const config = (model: string) => modelSchema.parse({ provider: "llamacpp", model, sequences: 2, contextSize: 256, threads: 1 }) as LlamaCppModelConfig;
const ask = (content: string, maxTokens = 12): ModelRequest => ({ messages: [{ role: "user", content }], params: { maxTokens } });
const never = new AbortController().signal;

describe("a GGUF model in its own thread", () => {
  let model: Model;
  beforeAll(async () => {
    const gguf = path.join(tempDir(), "tiny.gguf");
    await writeTinyLlamaGguf(gguf, { seed: 7 });
    model = await startEngineThread(config(gguf));
  });
  afterAll(() => model.close?.());

  it("answers as the model does in this thread: id, capabilities, usage, and each chunk stamped in the engine", async () => {
    expect(model.id).toMatch(/^llamacpp:.*tiny\.gguf$/);
    expect(model.capabilities).toMatchObject({ jsonSchema: true, maxConcurrency: 2 });
    const { timing, usage, text } = await model.generate(ask("Count to ten."), never);
    expect(text.length).toBeGreaterThan(0);
    expect(usage.outputTokens).toBeGreaterThan(1);
    expect(timing.outputArrivalsMs![0]).toBe(timing.ttftMs);
    // The hop between threads is counted as a wait before the engine's work.
    expect(timing.queuedMs).toBeGreaterThanOrEqual(0);
  });

  it("rejects an aborted call with the signal's reason, and serves the next one", async () => {
    const stop = new AbortController();
    const call = model.generate(ask("Write a long essay.", 200), stop.signal);
    stop.abort(new Error("stopped"));
    await expect(call).rejects.toThrow("stopped");
    expect((await model.generate(ask("Again."), never)).usage.outputTokens).toBeGreaterThan(0);
  });

  it("passes the engine's errors across as the same ProviderError", async () => {
    const error = await model.generate(ask("x ".repeat(400)), never).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: "bad_request", message: expect.stringMatching(/raise contextSize/) });
  });
});

it("fails to start with the ConfigError that names a missing GGUF file", async () => {
  const error = await startEngineThread(config(path.join(tempDir(), "missing.gguf"))).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ConfigError);
  expect(error).toMatchObject({ location: { field: "model" }, message: expect.stringMatching(/GGUF model file not found/) });
});
