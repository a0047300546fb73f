import { access } from "node:fs/promises";
import { resolveChatWrapper, type ChatWrapper, type GbnfJsonSchema, type Llama, type LlamaContext, type LlamaGrammar, type LlamaModel } from "node-llama-cpp";
import type { LlamaCppModelConfig } from "../../config/schema.js";
import { ConfigError, ProviderError } from "../../errors.js";
import type { Completion, Model, ModelRequest } from "../types.js";
import { toChatTurns } from "./chat-history.js";
import { generateOnSequence } from "./generate-on-sequence.js";
import { defaultThreads, sharedLlama } from "./llama-runtime.js";
import { SequencePool } from "./sequence-pool.js";

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function requireFile(path: string, what: string, field: string): Promise<void> {
  try {
    await access(path);
  } catch (error) {
    throw new ConfigError(`${what} not found: ${path}`, { field }, { cause: error });
  }
}

async function loadModel(llama: Llama, config: LlamaCppModelConfig): Promise<LlamaModel> {
  await requireFile(config.model, "GGUF model file", "model");
  try {
    return await llama.loadModel({
      modelPath: config.model,
      ...(config.gpuLayers !== undefined ? { gpuLayers: config.gpuLayers } : {}),
    });
  } catch (error) {
    throw new ConfigError(`cannot load GGUF model ${config.model}: ${reasonOf(error)}`, { field: "model" }, { cause: error });
  }
}

async function createContext(model: LlamaModel, config: LlamaCppModelConfig): Promise<LlamaContext> {
  for (const adapter of config.lora) await requireFile(adapter.path, "LoRA adapter file", "lora");
  try {
    return await model.createContext({
      contextSize: config.contextSize,
      sequences: config.sequences,
      threads: config.threads ?? defaultThreads(),
      ...(config.lora.length
        ? { lora: { adapters: config.lora.map((adapter) => ({ filePath: adapter.path, scale: adapter.scale })) } }
        : {}),
    });
  } catch (error) {
    const adapters = config.lora.map((adapter) => adapter.path).join(", ");
    const what = adapters ? `${config.model} with LoRA ${adapters}` : config.model;
    throw new ConfigError(`cannot create a llama.cpp context for ${what}: ${reasonOf(error)}`, { field: "model" }, {
      cause: error,
    });
  }
}

/**
 * A GGUF model run in this process by llama.cpp (node-llama-cpp). The model loads once; one context holds
 * `sequences` sequences that decode together in batches, so up to that many calls run at once and the rest queue.
 * Loading fails early with a ConfigError naming the file, before any request is sent.
 */
export async function createLlamaCppModel(config: LlamaCppModelConfig): Promise<Model> {
  const useGpu = config.gpuLayers !== undefined && config.gpuLayers !== 0;
  const llama = await sharedLlama(useGpu ? "gpu" : "cpu");
  const model = await loadModel(llama, config);
  let context: LlamaContext;
  try {
    context = await createContext(model, config);
  } catch (error) {
    await model.dispose();
    throw error;
  }
  const pool = new SequencePool(Array.from({ length: config.sequences }, () => context.getSequence()));
  // The chat template, resolved once, at the first answer (a run answered from the cache needs none): a session left
  // to "auto" resolves it again, and for a Jinja template that means rendering it under every option set of every
  // known wrapper — in the kb example (tiny GGUF, 2 models × 35 answers) 13 of the run's 19.5 CPU seconds
  // (bench/kb-example.ts). The same call LlamaChat makes for "auto", so the same wrapper.
  let chatWrapper: ChatWrapper | undefined;
  const grammars = new Map<string, Promise<LlamaGrammar>>();

  const grammarFor = (schema: Record<string, unknown>): Promise<LlamaGrammar> => {
    const key = JSON.stringify(schema);
    let grammar = grammars.get(key);
    if (!grammar) {
      // node-llama-cpp validates the schema's shape itself and rejects what its GBNF converter cannot express.
      grammar = llama.createGrammarForJsonSchema<GbnfJsonSchema>(schema as GbnfJsonSchema).catch((error: unknown) => {
        grammars.delete(key);
        throw new ProviderError("unsupported", `JSON schema not supported by llama.cpp grammars: ${reasonOf(error)}`, {
          cause: error,
        });
      });
      grammars.set(key, grammar);
    }
    return grammar;
  };

  return {
    id: config.id ?? `llamacpp:${config.model}`,
    capabilities: { images: false, jsonSchema: true, maxConcurrency: config.sequences },
    async generate(request: ModelRequest, signal: AbortSignal): Promise<Completion> {
      const turns = toChatTurns(request.messages);
      const grammar = request.jsonSchema ? await grammarFor(request.jsonSchema) : undefined;
      const waitFrom = performance.now();
      const sequence = await pool.acquire(signal);
      const queuedMs = performance.now() - waitFrom;
      try {
        const params = request.params;
        const completion = await generateOnSequence(sequence, (chatWrapper ??= resolveChatWrapper(model)), { turns, params, ...(grammar ? { grammar } : {}) }, signal);
        return { ...completion, timing: { ...completion.timing, queuedMs } };
      } finally {
        pool.release(sequence);
      }
    },
    async close(): Promise<void> {
      await context.dispose();
      await model.dispose();
    },
  };
}
