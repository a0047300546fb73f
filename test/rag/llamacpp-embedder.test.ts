import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeTinyLlamaGguf } from "../../src/models/gguf/tiny-llama.js";
import type { Embedder } from "../../src/rag/embedder.js";
import { createLlamaCppEmbedder } from "../../src/rag/llamacpp-embedder.js";
import { createRetriever, loadRagIndex } from "../../src/rag/rag-index.js";
import type { Collection } from "../../src/rag/collection.js";
import { useTempDirs } from "../support/temp-dir.js";
import type { Chunk } from "../../src/rag/types.js";
import { passageText } from "../../src/rag/passage-text.js";

const tempDir = useTempDirs();
const never = new AbortController().signal;
let dir: string;
let embedder: Embedder;

const chunk = (file: string, text: string): Chunk => ({ id: `${file}#1`, file, title: file, headings: [], text });
const collection: Collection = {
  chunks: [
    chunk("returns.md", "商品の返品は購入日から30日以内に受け付けます。"),
    chunk("leave.md", "有給休暇は入社6か月後に10日付与されます。"),
    chunk("shipping.md", "通常配送は3〜5営業日でお届けします。"),
  ],
  documentHashes: { "returns.md": "1", "leave.md": "2", "shipping.md": "3" },
  notes: [],
};

beforeAll(async () => {
  dir = tempDir();
  await writeTinyLlamaGguf(join(dir, "embed.gguf"), { seed: 3, embedding: true });
  await writeTinyLlamaGguf(join(dir, "chat.gguf"), { seed: 3 });
  embedder = await createLlamaCppEmbedder({ provider: "llamacpp", model: join(dir, "embed.gguf"), contextSize: 256, threads: 1 });
});

afterAll(async () => {
  await embedder?.close?.();
});

describe("the llama.cpp embedder", () => {
  it("refuses a GGUF that declares no pooling type: a chat model, not an embedding model", async () => {
    await expect(
      createLlamaCppEmbedder({ provider: "llamacpp", model: join(dir, "chat.gguf"), contextSize: 256 }, "models[1].rag.embedding.model"),
    ).rejects.toMatchObject({ code: "config", message: expect.stringMatching(/is not an embedding model/), location: { field: "models[1].rag.embedding.model" } });
  });

  it("embeds each text into one vector of the model's width and counts the tokens it read", async () => {
    const { vectors, tokens } = await embedder.embed(["返品", "Refund policy"], never);
    expect(vectors.map((vector) => vector.length)).toEqual([64, 64]);
    // The tiny model's vocabulary is bytes: "返品" is 6 UTF-8 bytes, "Refund policy" 13 (plus a BOS each).
    expect(tokens).toBeGreaterThanOrEqual(19);
    const again = await embedder.embed(["返品"], never);
    expect(Array.from(again.vectors[0]!)).toEqual(Array.from(vectors[0]!));
  });

  it("is named by the GGUF's digest, so another file's vectors are stored apart", async () => {
    const other = tempDir();
    await writeTinyLlamaGguf(join(other, "embed.gguf"), { seed: 4, embedding: true });
    const second = await createLlamaCppEmbedder({ provider: "llamacpp", model: join(other, "embed.gguf"), contextSize: 256, threads: 1 });
    try {
      expect(second.identity).not.toBe(embedder.identity);
      expect(second.identity).toMatch(/^llamacpp:[0-9a-f]{64}:256$/);
    } finally {
      await second.close?.();
    }
  });

  it("serves the embedding and hybrid retrievers: the passage itself is its own nearest neighbour", async () => {
    for (const retriever of ["embedding", "hybrid"] as const) {
      const { index, work } = await loadRagIndex(collection, { retriever, chunkChars: 800 }, embedder, undefined, never);
      expect(index.vectors?.count).toBe(3);
      expect(work).toMatchObject({ bm25Built: retriever === "hybrid", embeddedPassages: 3 });
      const result = await createRetriever(index, retriever, embedder).search(passageText(collection.chunks[2]!), 2, never);
      expect(result.ranked[0]!.chunk.file).toBe("shipping.md");
      expect(result.ranked).toHaveLength(2);
      expect(result.embeddingTokens).toBeGreaterThan(0);
    }
  });
});
