import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeTinyLlamaGguf } from "../../src/models/gguf/tiny-llama.js";
import { readCollection } from "../../src/rag/collection.js";
import type { Embedder } from "../../src/rag/embedder.js";
import { createLlamaCppEmbedder } from "../../src/rag/llamacpp-embedder.js";
import { createRetriever, loadRagIndex, shareTokens } from "../../src/rag/rag-index.js";
import { openDatabase } from "../../src/store/open-store.js";
import { RagIndexStore } from "../../src/store/rag-index-store.js";
import { useTempDirs } from "../support/temp-dir.js";

const tempDir = useTempDirs();
const never = new AbortController().signal;
let gguf: Embedder;
/** Texts the real embedder was asked to embed, across every call. */
let embedded: string[] = [];
const counting: Embedder = {
  get identity() {
    return gguf.identity;
  },
  embed: (texts, signal) => {
    embedded.push(...texts);
    return gguf.embed(texts, signal);
  },
};

beforeAll(async () => {
  const dir = tempDir();
  await writeTinyLlamaGguf(join(dir, "embed.gguf"), { seed: 5, embedding: true });
  gguf = await createLlamaCppEmbedder({ provider: "llamacpp", model: join(dir, "embed.gguf"), contextSize: 256, threads: 1 });
});

afterAll(async () => {
  await gguf?.close?.();
});

function docsFolder(): { path: string; shown: string } {
  const path = tempDir();
  writeFileSync(join(path, "returns.md"), "# 返品\n\n## 期限\n\n購入日から30日以内に受け付けます。\n\n## 必要なもの\n\nレシートをお持ちください。\n");
  writeFileSync(join(path, "shipping.md"), "# 配送\n\n通常配送は3〜5営業日でお届けします。\n");
  return { path, shown: "docs" };
}

describe("the retrieval index in the results store", () => {
  it("is built once: a second run embeds nothing and reuses the stored BM25 index", async () => {
    const folder = docsFolder();
    const db = openDatabase(join(tempDir(), "kurabe.db"));
    const store = new RagIndexStore(db);
    const settings = { retriever: "hybrid" as const, chunkChars: 800 };
    embedded = [];

    const first = await loadRagIndex(await readCollection([folder], 800), settings, counting, store, never);
    expect(first.work).toMatchObject({ bm25Built: true, embeddedPassages: 3 });
    expect(embedded).toHaveLength(3);

    embedded = [];
    const second = await loadRagIndex(await readCollection([folder], 800), settings, counting, store, never);
    // Nothing embedded now, yet the index still knows what embedding it took: the one-time cost the report shows.
    expect(first.work.embeddingTokens).toBeGreaterThan(0);
    expect(first.work.indexTokens).toBe(first.work.embeddingTokens);
    expect(second.work).toEqual({ bm25Built: false, embeddedPassages: 0, embeddingTokens: 0, passages: 3, indexTokens: first.work.embeddingTokens });
    expect(embedded).toEqual([]);
    expect(Array.from(second.index.vectors!.data)).toEqual(Array.from(first.index.vectors!.data));
    expect(second.index.bm25).toBe(first.index.bm25);

    // The reloaded index ranks as the fresh one did.
    const query = "レシート";
    const ranked = async (index: typeof first.index) =>
      (await createRetriever(index, "hybrid", counting).search(query, 3, never)).ranked.map((hit) => hit.chunk.id);
    expect(await ranked(second.index)).toEqual(await ranked(first.index));
    db.close();
  });

  it("embeds only the passages of an edited document, and builds a new BM25 index for the new collection", async () => {
    const folder = docsFolder();
    const db = openDatabase(join(tempDir(), "kurabe.db"));
    const store = new RagIndexStore(db);
    const settings = { retriever: "embedding" as const, chunkChars: 800 };
    await loadRagIndex(await readCollection([folder], 800), settings, counting, store, never);

    writeFileSync(join(folder.path, "shipping.md"), "# 配送\n\nお急ぎ便は翌日に届きます。\n");
    embedded = [];
    const edited = await loadRagIndex(await readCollection([folder], 800), { ...settings, retriever: "hybrid" }, counting, store, never);
    expect(embedded).toEqual(["配送\nお急ぎ便は翌日に届きます。"]);
    expect(edited.work).toMatchObject({ bm25Built: true, embeddedPassages: 1 });
    db.close();
  });

  it("is keyed by the chunking and the embedder too: another chunk size builds and embeds anew, another embedder re-embeds the same passages", async () => {
    const folder = docsFolder();
    const db = openDatabase(join(tempDir(), "kurabe.db"));
    const store = new RagIndexStore(db);
    const settings = { retriever: "hybrid" as const, chunkChars: 800 };
    const first = await loadRagIndex(await readCollection([folder], 800), settings, counting, store, never);

    // Cut at 10 characters, each sentence becomes two passages: a new BM25 index, and six new texts to embed.
    embedded = [];
    const smaller = await readCollection([folder], 10);
    const rechunked = await loadRagIndex(smaller, { ...settings, chunkChars: 10 }, counting, store, never);
    expect(smaller.chunks).toHaveLength(6);
    expect(rechunked.index.key).not.toBe(first.index.key);
    expect(rechunked.work).toMatchObject({ bm25Built: true, embeddedPassages: 6 });
    expect(embedded).toHaveLength(6);

    // The same passages under another embedding model: every vector is made again, the BM25 index is reused.
    embedded = [];
    const other: Embedder = { identity: `${gguf.identity}-other`, embed: counting.embed };
    const reembedded = await loadRagIndex(await readCollection([folder], 800), settings, other, store, never);
    expect(reembedded.work).toMatchObject({ bm25Built: false, embeddedPassages: 3 });
    expect(embedded).toHaveLength(3);
    db.close();
  });

  it("keeps vectors bit for bit through the store's blobs", () => {
    const db = openDatabase(join(tempDir(), "kurabe.db"));
    const store = new RagIndexStore(db);
    const vector = Float32Array.from([0.1, -2.5, Math.PI, 1e-30]);
    store.saveVectors("e", [{ textSha256: "d", vector, tokens: 7 }]);
    expect(Array.from(store.vector("e", "d")!.vector)).toEqual(Array.from(vector));
    expect(store.vector("e", "d")!.tokens).toBe(7);
    expect(store.vector("other", "d")).toBeUndefined();
    db.close();
  });
});

describe("shareTokens: a request's embedding tokens shared among its passages", () => {
  it("shares by length and adds up to the request's count exactly", () => {
    expect(shareTokens(10, [100, 100])).toEqual([5, 5]);
    expect(shareTokens(10, [1, 2])).toEqual([3, 7]);
    const shares = shareTokens(1001, [17, 250, 3, 99, 1]);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBe(1001);
    expect(shares[1]).toBeGreaterThan(shares[3]!);
  });

  it("keeps a single passage's count whole", () => {
    expect(shareTokens(42, [9])).toEqual([42]);
  });
});
