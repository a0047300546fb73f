import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readGgufFileInfo, type LlamaEmbeddingContext } from "node-llama-cpp";
import { ConfigError, ProviderError } from "../errors.js";
import { defaultThreads, sharedLlama } from "../models/llamacpp/llama-runtime.js";
import type { EmbedderConfig } from "./rag-schema.js";
import type { Embedder } from "./embedder.js";

type LlamaCppEmbedderConfig = Extract<EmbedderConfig, { provider: "llamacpp" }>;

/** llama.cpp's `llama_pooling_type`: NONE (0) and UNSPECIFIED (-1) mean a model made to generate, not to embed. */
const NO_POOLING = new Set([-1, 0]);

async function fileDigest(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/**
 * An embedding model read from the GGUF's metadata: embedding GGUFs (BERT, nomic-bert, e5, gte, bge) declare
 * `<architecture>.pooling_type`, how token states become one vector; a chat model declares none and is refused.
 */
async function requireEmbeddingModel(path: string, field: string): Promise<void> {
  let metadata: Record<string, unknown>;
  try {
    metadata = (await readGgufFileInfo(path, { readTensorInfo: false })).metadata as unknown as Record<string, unknown>;
  } catch (error) {
    throw new ConfigError(`cannot read the GGUF embedding model ${path}: ${(error as Error).message}`, { field }, { cause: error });
  }
  const architecture = (metadata.general as { architecture?: string } | undefined)?.architecture ?? "";
  const pooling = (metadata[architecture] as { pooling_type?: number } | undefined)?.pooling_type;
  if (pooling === undefined || NO_POOLING.has(pooling)) {
    throw new ConfigError(
      `${path} is not an embedding model (its GGUF declares no ${architecture}.pooling_type); use an embedding GGUF such as bge-m3 or multilingual-e5`,
      { field },
    );
  }
}

/**
 * A GGUF embedding model run in this process by llama.cpp (node-llama-cpp's embedding context). Passages longer
 * than the context are cut to it, as sentence-transformers truncates to max_seq_length.
 */
export async function createLlamaCppEmbedder(config: LlamaCppEmbedderConfig, field = "rag.embedding.model"): Promise<Embedder> {
  await requireEmbeddingModel(config.model, field);
  const identity = `llamacpp:${await fileDigest(config.model)}:${config.contextSize}`;
  const llama = await sharedLlama("cpu");
  const model = await llama.loadModel({ modelPath: config.model });
  let context: LlamaEmbeddingContext;
  try {
    context = await model.createEmbeddingContext({ contextSize: config.contextSize, threads: config.threads ?? defaultThreads() });
  } catch (error) {
    await model.dispose();
    throw new ConfigError(`cannot create an embedding context for ${config.model}: ${(error as Error).message}`, { field }, { cause: error });
  }
  return {
    identity,
    async embed(texts, signal) {
      const vectors: Float32Array[] = [];
      let tokens = 0;
      for (const text of texts) {
        if (signal.aborted) throw signal.reason;
        // Room for the BOS/EOS the model adds around the text.
        const input = model.tokenize(text).slice(0, config.contextSize - 2);
        tokens += input.length;
        try {
          vectors.push(Float32Array.from((await context.getEmbeddingFor(input)).vector));
        } catch (error) {
          throw new ProviderError("server", `llama.cpp embedding failed: ${(error as Error).message}`, { cause: error });
        }
      }
      return { vectors, tokens };
    },
    async close() {
      await context.dispose();
      await model.dispose();
    },
  };
}
