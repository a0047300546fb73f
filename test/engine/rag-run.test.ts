import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { configSchema, type KurabeConfig } from "../../src/config/schema.js";
import { startRun } from "../../src/engine/start-run.js";
import { writeTinyLlamaGguf } from "../../src/models/gguf/tiny-llama.js";
import { startMockServer } from "../../src/mock-server/server.js";
import type { MockRequest, MockServer } from "../../src/mock-server/types.js";
import type { RetrievalRecord } from "../../src/rag/augment-messages.js";
import { openDatabase } from "../../src/store/open-store.js";
import { useTempDirs, writeJsonl } from "../support/temp-dir.js";

const tempDir = useTempDirs();
const servers: MockServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** Answers with the first passage id it was shown, so a test can see what retrieval put in the prompt. */
const citeFirst = (request: MockRequest) => {
  const id = /\[([\w.-]+#\d+)\]/.exec(request.prompt)?.[1];
  return id ? `The documents say so [${id}].` : "I do not know.";
};

function writeDocs(dir: string): string {
  const docs = path.join(dir, "docs");
  mkdirSync(docs);
  writeFileSync(path.join(docs, "returns.md"), "# 返品\n\n商品の返品は購入日から30日以内に受け付けます。レシートをお持ちください。\n");
  writeFileSync(path.join(docs, "leave.md"), "# 休暇\n\n有給休暇は入社6か月後に10日付与されます。申請は勤怠システムから行います。\n");
  writeFileSync(path.join(docs, "shipping.md"), "# 配送\n\n通常配送は3〜5営業日でお届けします。\n");
  return docs;
}

interface ResponseRow {
  model_id: string;
  item_id: string;
  status: string;
  error_kind: string | null;
  request_json: string;
  retrieval_json: string | null;
  total_ms: number;
  input_tokens: number | null;
  output_tokens: number | null;
  cost_usd: number | null;
}

async function runAndRead(cfg: KurabeConfig, dbFile: string): Promise<ResponseRow[]> {
  const db = openDatabase(dbFile);
  try {
    await startRun({ db, config: cfg, env: {}, signal: new AbortController().signal, onEvent: () => undefined });
  } finally {
    db.close();
  }
  const read = new Database(dbFile, { readonly: true });
  const rows = read.prepare("SELECT * FROM responses ORDER BY model_id, item_id").all() as ResponseRow[];
  read.close();
  return rows;
}

describe("a model with rag:", () => {
  it("answers from retrieved passages, stores them with the answer, and follows a conversation's topic", async () => {
    const dir = tempDir();
    const docs = writeDocs(dir);
    writeJsonl(path.join(dir, "items.jsonl"), [
      { id: "single", input: "返品はいつまでできますか？", expected: "30日以内" },
      {
        id: "conversation",
        input: [
          { role: "user", content: "有給休暇について教えてください。" },
          { role: "assistant", content: "何を知りたいですか？" },
          { role: "user", content: "申請はどこからしますか？" },
        ],
        expected: "勤怠システム",
      },
    ]);
    const server = await startMockServer({ respond: citeFirst });
    servers.push(server);
    const model = { provider: "openai-compatible", baseURL: `${server.url}/v1`, model: "m", price: { input: 1, output: 2 } };
    const cfg = configSchema.parse({
      models: [
        { ...model, id: "plain" },
        { ...model, id: "rag", rag: { folders: [docs], retriever: "bm25", topK: 2 } },
      ],
      suites: [{ name: "kb", path: path.join(dir, "items.jsonl"), scorer: "contains" }],
      cache: false,
    });
    const rows = await runAndRead(cfg, path.join(dir, "k.db"));
    const byKey = new Map(rows.map((row) => [`${row.model_id}/${row.item_id}`, row]));

    const plain = byKey.get("plain/single")!;
    expect(plain.retrieval_json).toBeNull();
    expect(plain.request_json).not.toContain("returns.md");

    const single = byKey.get("rag/single")!;
    const retrieval = JSON.parse(single.retrieval_json!) as RetrievalRecord;
    expect(retrieval.query).toBe("返品はいつまでできますか？");
    expect(retrieval.passages[0]).toMatchObject({ id: "returns.md#1", file: "returns.md" });
    expect(retrieval.passages.length).toBeLessThanOrEqual(2);
    const prompt = (JSON.parse(single.request_json) as { messages: Array<{ role: string; content: string }> }).messages.at(-1)!.content;
    expect(prompt).toContain("[returns.md#1] 返品\n商品の返品は購入日から30日以内に受け付けます。");
    expect(prompt).toContain("Question: 返品はいつまでできますか？");
    // Latency includes retrieval; the cost, the passages as input tokens (BM25 embeds nothing), at the model's price.
    expect(single.total_ms).toBeGreaterThanOrEqual(retrieval.ms);
    expect(retrieval.embeddingTokens).toBe(0);
    expect(single.input_tokens).toBeGreaterThan(plain.input_tokens! + 20);
    expect(single.cost_usd).toBeCloseTo((single.input_tokens! * 1 + single.output_tokens! * 2) / 1e6, 15);

    const conversation = byKey.get("rag/conversation")!;
    const turns = (JSON.parse(conversation.request_json) as { messages: Array<{ role: string; content: string }> }).messages;
    expect(turns.map((turn) => turn.role)).toEqual(["user", "assistant", "user"]);
    expect(turns[0]!.content).toBe("有給休暇について教えてください。");
    // The follow-up names no topic; the conversation's first turn does, and retrieval reads it.
    const found = JSON.parse(conversation.retrieval_json!) as RetrievalRecord;
    expect(found.query).toBe("有給休暇について教えてください。\n申請はどこからしますか？");
    expect(found.passages[0]!.file).toBe("leave.md");
    expect(turns[2]!.content).toContain("Question: 申請はどこからしますか？");
  });

  it("uses a GGUF embedding model in process for the hybrid retriever, and refuses a chat GGUF as embedder", async () => {
    const dir = tempDir();
    const docs = writeDocs(dir);
    writeJsonl(path.join(dir, "items.jsonl"), [{ id: "q", input: "配送は何日かかりますか？", expected: "3〜5営業日" }]);
    await writeTinyLlamaGguf(path.join(dir, "embed.gguf"), { seed: 2, embedding: true });
    await writeTinyLlamaGguf(path.join(dir, "chat.gguf"), { seed: 2 });
    const server = await startMockServer({ respond: citeFirst });
    servers.push(server);
    const cfg = (embedder: string) =>
      configSchema.parse({
        models: [
          {
            id: "hybrid",
            provider: "openai-compatible",
            baseURL: `${server.url}/v1`,
            model: "m",
            rag: { folders: [docs], retriever: "hybrid", topK: 3, embedding: { provider: "llamacpp", model: embedder, threads: 1 } },
          },
        ],
        suites: [{ name: "kb", path: path.join(dir, "items.jsonl"), scorer: "contains" }],
      });
    const rows = await runAndRead(cfg(path.join(dir, "embed.gguf")), path.join(dir, "k.db"));
    const retrieval = JSON.parse(rows[0]!.retrieval_json!) as RetrievalRecord;
    expect(retrieval.passages.map((passage) => passage.file)).toContain("shipping.md");
    expect(retrieval.embeddingTokens).toBeGreaterThan(0);

    const db = openDatabase(path.join(dir, "other.db"));
    try {
      await expect(
        startRun({ db, config: cfg(path.join(dir, "chat.gguf")), env: {}, signal: new AbortController().signal, onEvent: () => undefined }),
      ).rejects.toMatchObject({ code: "config", location: { field: "models[0].rag.embedding.model" } });
      expect(db.prepare("SELECT COUNT(*) AS n FROM runs").get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});
