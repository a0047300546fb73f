import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { modelSchema, type LlamaCppModelConfig } from "../../../src/config/schema.js";
import { KurabeError, ProviderError } from "../../../src/errors.js";
import { writeTinyLlamaGguf, writeTinyLoraGguf } from "../../../src/models/gguf/tiny-llama.js";
import { sharedLlama } from "../../../src/models/llamacpp/llama-runtime.js";
import { createLlamaCppModel } from "../../../src/models/llamacpp/llamacpp-model.js";
import type { GenerationParams, Model, ModelRequest } from "../../../src/models/types.js";

function llamaConfig(fields: Record<string, unknown>): LlamaCppModelConfig {
  const config = modelSchema.parse({ provider: "llamacpp", threads: 1, contextSize: 2048, ...fields });
  if (config.provider !== "llamacpp") throw new Error("unreachable");
  return config;
}

function ask(prompt: string, params: GenerationParams = {}, extra: Partial<ModelRequest> = {}): ModelRequest {
  return { messages: [{ role: "user", content: prompt }], params: { maxTokens: 24, ...params }, ...extra };
}

const never = new AbortController().signal;

let dir: string;
let modelPath: string;
let loraPath: string;
let single: Model;
let batched: Model;
let tuned: Model;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kurabe-llamacpp-"));
  modelPath = join(dir, "tiny.gguf");
  loraPath = join(dir, "tiny-lora.gguf");
  await writeTinyLlamaGguf(modelPath, { seed: 7 });
  await writeTinyLoraGguf(loraPath, { seed: 8, rank: 4, alpha: 8 });
  single = await createLlamaCppModel(llamaConfig({ model: modelPath, sequences: 1 }));
  batched = await createLlamaCppModel(llamaConfig({ model: modelPath, sequences: 4 }));
  tuned = await createLlamaCppModel(llamaConfig({ model: modelPath, lora: [{ path: loraPath, scale: 1 }] }));
});

afterAll(async () => {
  await Promise.all([single?.close?.(), batched?.close?.(), tuned?.close?.()]);
  await rm(dir, { recursive: true, force: true });
});

describe("sharedLlama", () => {
  it("gives every model the same CPU-only llama.cpp binding", async () => {
    const llama = await sharedLlama("cpu");
    expect(await sharedLlama("cpu")).toBe(llama);
    expect(llama.gpu).toBe(false);
  });
});

describe("createLlamaCppModel", () => {
  it("names itself after the GGUF file, declares no image input and serves one call per sequence", () => {
    expect(single.id).toBe(`llamacpp:${modelPath}`);
    expect(single.capabilities).toEqual({ images: false, jsonSchema: true, maxConcurrency: 1 });
  });

  it("answers the same text twice at temperature 0, with token usage", async () => {
    const first = await single.generate(ask("Name a colour."), never);
    const second = await single.generate(ask("Name a colour."), never);
    expect(first.text.length).toBeGreaterThan(0);
    expect(second.text).toBe(first.text);
    expect(first.usage.inputTokens).toBeGreaterThan(5);
    expect(first.usage.outputTokens).toBeGreaterThan(0);
  });

  it("keeps calls independent: an answer does not depend on the call before it", async () => {
    const alone = await single.generate(ask("First question"), never);
    await single.generate(ask("Something else entirely, and longer"), never);
    const again = await single.generate(ask("First question"), never);
    expect(again.text).toBe(alone.text);
  });

  it("repeats a sampled answer for the same seed and changes it for another", async () => {
    const sampled = (seed: number) => single.generate(ask("Tell a story", { temperature: 1, seed, maxTokens: 32 }), never);
    const [a, b, c] = [await sampled(1), await sampled(1), await sampled(2)];
    expect(b.text).toBe(a.text);
    expect(c.text).not.toBe(a.text);
  });

  it("streams: the first token comes no later than the end", async () => {
    const completion = await single.generate(ask("Count to ten."), never);
    expect(completion.timing.ttftMs).toBeDefined();
    expect(completion.timing.ttftMs!).toBeLessThanOrEqual(completion.timing.totalMs);
    expect(completion.usage.outputTokens).toBeGreaterThan(0);
  });

  it("stamps each chunk of the answer as the engine gives it out, the first at the TTFT", async () => {
    const { timing, usage } = await single.generate(ask("Count to ten.", { maxTokens: 12 }), never);
    const arrivals = timing.outputArrivalsMs!;
    expect(arrivals.length).toBeGreaterThan(1);
    expect(arrivals.length).toBeLessThanOrEqual(usage.outputTokens);
    expect(arrivals[0]).toBe(timing.ttftMs);
    expect(arrivals.every((at, i) => i === 0 || at >= arrivals[i - 1]!)).toBe(true);
    expect(arrivals.at(-1)!).toBeLessThanOrEqual(timing.totalMs);
  });

  it("stops at maxTokens with finish reason length, counting exactly that many tokens", async () => {
    const completion = await single.generate(ask("Write a long essay.", { maxTokens: 5 }), never);
    expect(completion.finishReason).toBe("length");
    expect(completion.usage.outputTokens).toBe(5);
  });

  it("ends the answer before a stop sequence, with finish reason stop", async () => {
    const request = ask("Spell something.", { maxTokens: 40 });
    const free = await single.generate(request, never);
    const ascii = free.text.match(/[\x21-\x7e]{2}/u);
    expect(ascii).not.toBeNull();
    const stop = ascii![0];
    const stopped = await single.generate({ ...request, params: { ...request.params, stop: [stop] } }, never);
    expect(stopped.finishReason).toBe("stop");
    expect(stopped.text).not.toContain(stop);
    // Random byte tokens can leave an unfinished UTF-8 sequence just before the stop: it is dropped, not shown.
    expect(free.text.startsWith(stopped.text)).toBe(true);
    expect(stopped.text.length).toBeLessThanOrEqual(free.text.indexOf(stop));
  });

  it("counts earlier turns of a conversation as input", async () => {
    const short = await single.generate(ask("And now?"), never);
    const long = await single.generate(
      {
        messages: [
          { role: "system", content: "You answer briefly." },
          { role: "user", content: "Hello" },
          { role: "assistant", content: "Hi, how can I help?" },
          { role: "user", content: "And now?" },
        ],
        params: { maxTokens: 8 },
      },
      never,
    );
    expect(long.usage.inputTokens).toBeGreaterThan(short.usage.inputTokens + 20);
  });

  it("constrains the answer to a JSON schema", async () => {
    const schema = {
      type: "object",
      properties: { answer: { enum: ["yes", "no"] }, sure: { type: "boolean" } },
      required: ["answer", "sure"],
      additionalProperties: false,
    };
    const completion = await single.generate(ask("Is it raining?", { maxTokens: 200 }, { jsonSchema: schema }), never);
    const validate = new Ajv().compile(schema);
    const parsed: unknown = JSON.parse(completion.text);
    expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
  });

  it("answers differently with a LoRA adapter loaded", async () => {
    const base = await single.generate(ask("Describe the sea."), never);
    const adapted = await tuned.generate(ask("Describe the sea."), never);
    expect(adapted.text).not.toBe(base.text);
  });

  // Batched decoding is not bit-identical to decoding alone in llama.cpp (other batch shapes sum floats in another
  // order), so with near-flat random logits a greedy token can differ: the test checks the work, not equal text.
  it("runs 4 calls at once on 4 sequences, each answering its own prompt", async () => {
    const prompts = ["alpha", "bravo charlie", "delta echo foxtrot", "golf"];
    const together = await Promise.all(prompts.map((prompt) => batched.generate(ask(prompt, { maxTokens: 6 }), never)));
    for (const completion of together) {
      expect(completion.usage.outputTokens).toBeGreaterThan(0);
      expect(completion.usage.inputTokens).toBeGreaterThan(0);
    }
    expect(new Set(together.map((completion) => completion.usage.inputTokens)).size).toBeGreaterThan(1);
  });

  it("queues calls beyond its sequences and completes them all", async () => {
    const prompts = ["one", "two", "three", "four", "five", "six"];
    const answers = await Promise.all(prompts.map((prompt) => batched.generate(ask(prompt, { maxTokens: 4 }), never)));
    expect(answers.every((completion) => completion.usage.outputTokens > 0)).toBe(true);
  });

  it("stops generating when aborted and rejects with the abort reason, then serves the next call", async () => {
    const controller = new AbortController();
    const reason = new Error("user stopped");
    const pending = single.generate(ask("Go on forever.", { maxTokens: 1900 }), controller.signal);
    setTimeout(() => controller.abort(reason), 30);
    await expect(pending).rejects.toBe(reason);
    const next = await single.generate(ask("Still there?", { maxTokens: 3 }), never);
    expect(next.usage.outputTokens).toBe(3);
  });

  it("rejects a call whose signal is already aborted without generating", async () => {
    const controller = new AbortController();
    controller.abort(new Error("too late"));
    await expect(single.generate(ask("Hello"), controller.signal)).rejects.toThrow("too late");
  });

  it("refuses a prompt longer than the context as a bad request", async () => {
    const error = await single.generate(ask("x".repeat(3000)), never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).kind).toBe("bad_request");
    expect((error as ProviderError).message).toContain("2048");
  });

  it("refuses image input as unsupported", async () => {
    const request: ModelRequest = {
      messages: [{ role: "user", content: [{ type: "image", data: new Uint8Array([1, 2]), mediaType: "image/png" }] }],
      params: {},
    };
    const error = await single.generate(request, never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).kind).toBe("unsupported");
  });

  it("fails to load a missing file with a config error naming the path", async () => {
    const missing = join(dir, "nope.gguf");
    const error = await createLlamaCppModel(llamaConfig({ model: missing })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KurabeError);
    expect((error as KurabeError).code).toBe("config");
    expect((error as KurabeError).message).toContain(missing);
  });

  it("fails to load a corrupt file with a config error naming the path", async () => {
    const corrupt = join(dir, "corrupt.gguf");
    await writeFile(corrupt, Buffer.from("GGUF this is not a model at all"));
    const error = await createLlamaCppModel(llamaConfig({ model: corrupt })).catch((e: unknown) => e);
    expect((error as KurabeError).code).toBe("config");
    expect((error as KurabeError).message).toContain(corrupt);
  });

  it("fails with a config error naming a missing LoRA adapter", async () => {
    const missing = join(dir, "no-lora.gguf");
    const error = await createLlamaCppModel(llamaConfig({ model: modelPath, lora: [{ path: missing }] })).catch(
      (e: unknown) => e,
    );
    expect((error as KurabeError).code).toBe("config");
    expect((error as KurabeError).message).toContain(missing);
  });
});
