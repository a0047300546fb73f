import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { configSchema } from "../../src/config/schema.js";
import { startRun } from "../../src/engine/start-run.js";
import { startMockServer } from "../../src/mock-server/server.js";
import type { MockServer, MockServerOptions } from "../../src/mock-server/types.js";
import type { RetrievalRecord } from "../../src/rag/augment-messages.js";
import { openDatabase } from "../../src/store/open-store.js";
import { useTempDirs, writeJsonl } from "../support/temp-dir.js";

const tempDir = useTempDirs();
const servers: MockServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

const PRICE = { input: 1, output: 2 };
const EMBEDDING_PRICE = 100; // USD per million embedding tokens: large, so the share is visible in the cost.

async function runWith(serverOptions: MockServerOptions) {
  const dir = tempDir();
  const docs = path.join(dir, "docs");
  mkdirSync(docs);
  writeFileSync(path.join(docs, "returns.md"), "# 返品\n\n返品は購入日から30日以内に受け付けます。\n");
  writeFileSync(path.join(docs, "shipping.md"), "# 配送\n\n通常配送は3〜5営業日でお届けします。\n");
  writeJsonl(path.join(dir, "items.jsonl"), [
    { id: "a", input: "返品はいつまで？", expected: "30日" },
    { id: "b", input: "配送は何日？", expected: "3〜5営業日" },
  ]);
  const server = await startMockServer(serverOptions);
  servers.push(server);
  const cfg = configSchema.parse({
    models: [
      {
        id: "rag",
        provider: "openai-compatible",
        baseURL: `${server.url}/v1`,
        model: "m",
        price: PRICE,
        rag: {
          folders: [docs],
          retriever: "embedding",
          topK: 1,
          embedding: { provider: "openai-compatible", baseURL: `${server.url}/v1`, model: "embed", price: { input: EMBEDDING_PRICE } },
        },
      },
    ],
    suites: [{ name: "kb", path: path.join(dir, "items.jsonl"), scorer: "contains" }],
    retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5 },
    cache: false,
  });
  const dbFile = path.join(dir, "k.db");
  const db = openDatabase(dbFile);
  try {
    await startRun({ db, config: cfg, env: {}, signal: new AbortController().signal, onEvent: () => undefined });
  } finally {
    db.close();
  }
  const read = new Database(dbFile, { readonly: true });
  const rows = read.prepare("SELECT item_id, status, error_kind, input_tokens, output_tokens, cost_usd, retrieval_json FROM responses ORDER BY item_id").all() as Array<{
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
  return { rows, scores: scores.n, server };
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
});
