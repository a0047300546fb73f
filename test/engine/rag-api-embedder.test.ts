import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { configSchema } from "../../src/config/schema.js";
import { startRun } from "../../src/engine/start-run.js";
import { startMockServer } from "../../src/mock-server/server.js";
import type { MockServer, MockServerOptions } from "../../src/mock-server/types.js";
import { estimateTokens } from "../../src/mock-server/reply.js";
import type { RetrievalRecord } from "../../src/rag/augment-messages.js";
import { readCollection } from "../../src/rag/collection.js";
import { passageText } from "../../src/rag/passage-text.js";
import { loadReport } from "../../src/report/model/load-report.js";
import { openDatabase } from "../../src/store/open-store.js";
import { useTempDirs, writeJsonl } from "../support/temp-dir.js";

const tempDir = useTempDirs();
const servers: MockServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

const PRICE = { input: 1, output: 2 };
const EMBEDDING_PRICE = 100; // USD per million embedding tokens: large, so the share is visible in the cost.

/** `withPlain`: a second model without rag: beside the RAG one, answering the same questions. */
/** Two help pages and a question on each, in a new folder; the RAG model embeds them through the mock server's API. */
function knowledgeBase(): { dir: string; docs: string; items: string } {
  const dir = tempDir();
  const docs = path.join(dir, "docs");
  mkdirSync(docs);
  writeFileSync(path.join(docs, "returns.md"), "# 返品\n\n返品は購入日から30日以内に受け付けます。\n");
  writeFileSync(path.join(docs, "shipping.md"), "# 配送\n\n通常配送は3〜5営業日でお届けします。\n");
  const items = path.join(dir, "items.jsonl");
  writeJsonl(items, [
    { id: "a", input: "返品はいつまで？", expected: "30日" },
    { id: "b", input: "配送は何日？", expected: "3〜5営業日" },
  ]);
  return { dir, docs, items };
}

function ragModel(server: MockServer, docs: string) {
  return {
    id: "rag",
    provider: "openai-compatible",
    baseURL: `${server.url}/v1`,
    model: "m",
    price: PRICE,
    // One call at a time: the second question is embedded after the first answer's call has listened to the run's
    // signal (which once broke every later embedding request: undici's getMaxListeners on a signal set to 0).
    concurrency: 1,
    rag: {
      folders: [docs],
      retriever: "embedding",
      topK: 1,
      embedding: { provider: "openai-compatible", baseURL: `${server.url}/v1`, model: "embed", price: { input: EMBEDDING_PRICE } },
    },
  };
}

async function runWith(serverOptions: MockServerOptions, { withPlain = false } = {}) {
  const { dir, docs, items } = knowledgeBase();
  const server = await startMockServer(serverOptions);
  servers.push(server);
  const cfg = configSchema.parse({
    models: [
      ragModel(server, docs),
      ...(withPlain ? [{ id: "plain", provider: "openai-compatible", baseURL: `${server.url}/v1`, model: "m", price: PRICE }] : []),
    ],
    suites: [{ name: "kb", path: items, scorer: "contains" }],
    retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5 },
    cache: false,
  });
  const dbFile = path.join(dir, "k.db");
  const db = openDatabase(dbFile);
  let status: string;
  try {
    ({ status } = await startRun({ db, config: cfg, env: {}, signal: new AbortController().signal, onEvent: () => undefined }));
  } finally {
    db.close();
  }
  const read = new Database(dbFile, { readonly: true });
  const rows = read.prepare("SELECT model_id, item_id, status, error_kind, input_tokens, output_tokens, cost_usd, retrieval_json FROM responses ORDER BY model_id DESC, item_id").all() as Array<{
    model_id: string;
    item_id: string;
    status: string;
    error_kind: string | null;
    input_tokens: number | null;
    output_tokens: number | null;
    cost_usd: number | null;
    retrieval_json: string | null;
  }>;
  const scores = read.prepare("SELECT COUNT(*) AS n FROM scores").get() as { n: number };
  read.close();
  return { rows, scores: scores.n, server, status };
}

describe("an API embedding model (OpenAI's /v1/embeddings through the AI SDK)", () => {
  it("embeds the collection once and each question, and the answer's cost includes the question's embedding tokens", async () => {
    const { rows, server } = await runWith({});
    // One request for the two passages, one per question.
    expect(server.stats.embeddingRequests).toBe(3);
    for (const row of rows) {
      expect(row.status).toBe("ok");
      const retrieval = JSON.parse(row.retrieval_json!) as RetrievalRecord;
      expect(retrieval.embeddingTokens).toBeGreaterThan(0);
      const modelCost = (row.input_tokens! * PRICE.input + row.output_tokens! * PRICE.output) / 1e6;
      expect(row.cost_usd).toBeCloseTo(modelCost + (retrieval.embeddingTokens * EMBEDDING_PRICE) / 1e6, 12);
    }
    expect((JSON.parse(rows[0]!.retrieval_json!) as RetrievalRecord).passages[0]!.file).toBe("returns.md");
  });

  it("stops before any question when the embedding model refuses the documents (a 400: a config error at its field)", async () => {
    await expect(runWith({ embeddingFault: () => 400 })).rejects.toMatchObject({
      code: "config",
      location: { field: "models[0].rag.embedding.model" },
    });
  });

  it("records a failing embedding server as an infrastructure error of the answer, never a score", async () => {
    // The index is built (request 0); every question's embedding then fails with 503.
    const { rows, scores } = await runWith({ embeddingFault: (seen) => (seen >= 1 ? 503 : undefined) });
    expect(rows.map((row) => [row.item_id, row.status, row.error_kind])).toEqual([
      ["a", "error", "retrieval_server"],
      ["b", "error", "retrieval_server"],
    ]);
    expect(scores).toBe(0);
  });

  it("retries an embedding server that fails while the collection is indexed, by the run's retry policy", async () => {
    // The first indexing request gets a 503, the retry succeeds; then one request per question.
    const { rows, server } = await runWith({ embeddingFault: (seen) => (seen === 0 ? 503 : undefined) });
    expect(server.stats.embeddingRequests).toBe(4);
    expect(rows.map((row) => row.status)).toEqual(["ok", "ok"]);
  });

  it("records every answer of a model whose collection could not be indexed as an infrastructure error, and runs the others", async () => {
    // Every embedding request fails: indexing gives up after the run's two attempts, the run goes on to its end
    // (stored as incomplete: some items lack an answer, which `--resume` asks again).
    const { rows, scores, status, server } = await runWith({ embeddingFault: () => 503 }, { withPlain: true });
    expect(status).toBe("incomplete");
    expect(server.stats.embeddingRequests).toBe(2);
    expect(rows.map((row) => [row.model_id, row.item_id, row.status, row.error_kind])).toEqual([
      ["rag", "a", "error", "retrieval_server"],
      ["rag", "b", "error", "retrieval_server"],
      ["plain", "a", "ok", null],
      ["plain", "b", "ok", null],
    ]);
    // Only the plain model's answers are scored; the failed ones are never counted as wrong.
    expect(scores).toBe(2);
  });

  it("charges the index's embedding tokens once, apart from the answers: as the server counted them, kept when a later run reuses the index, and in the knowledge-base section", async () => {
    const { dir, docs, items } = knowledgeBase();
    const server = await startMockServer({});
    servers.push(server);
    const cfg = configSchema.parse({ models: [ragModel(server, docs)], suites: [{ name: "kb", path: items, scorer: "char-f1" }], cache: false });
    // What the mock server counts for the passages it embeds (src/mock-server/embeddings.ts): the index's tokens.
    const collection = await readCollection([{ path: docs, shown: "docs" }], 800);
    const indexTokens = collection.chunks.reduce((sum, chunk) => sum + estimateTokens(passageText(chunk)), 0);
    const db = openDatabase(path.join(dir, "k.db"));
    const run = () => startRun({ db, config: cfg, env: {}, signal: new AbortController().signal, onEvent: () => undefined });
    const records = (runId: string) =>
      (db.prepare("SELECT retrieval_json, cost_usd, input_tokens, output_tokens FROM responses WHERE run_id = ? ORDER BY item_id").all(runId) as Array<{
        retrieval_json: string;
        cost_usd: number;
        input_tokens: number;
        output_tokens: number;
      }>).map((row) => ({ ...row, retrieval: JSON.parse(row.retrieval_json) as RetrievalRecord }));

    const first = await run();
    expect(server.stats.embeddingRequests).toBe(3);
    const second = await run();
    // The second run embeds only its two questions: the index is the stored one.
    expect(server.stats.embeddingRequests).toBe(5);
    for (const { runId } of [first, second]) {
      const rows = records(runId);
      for (const row of rows) {
        expect(row.retrieval.index).toEqual({ passages: 2, embeddingTokens: indexTokens, costUsd: (indexTokens * EMBEDDING_PRICE) / 1e6 });
        // The answer carries its question's embedding, never a share of the index.
        const modelCost = (row.input_tokens * PRICE.input + row.output_tokens * PRICE.output) / 1e6;
        expect(row.cost_usd).toBeCloseTo(modelCost + (row.retrieval.embeddingTokens * EMBEDDING_PRICE) / 1e6, 12);
      }
      const kb = loadReport(db, runId).knowledgeBase!.rows.find((row) => row.modelId === "rag")!;
      expect(kb.index).toEqual(rows[0]!.retrieval.index);
      const queryTokens = rows.map((row) => row.retrieval.embeddingTokens);
      expect(queryTokens).toEqual(["返品はいつまで？", "配送は何日？"].map(estimateTokens));
      expect(kb.queryEmbeddingTokens).toBe((queryTokens[0]! + queryTokens[1]!) / 2);
    }
    db.close();
  });
});
